/** See scripts/pack.mjs: the path of a tarball of the checkout as `npm publish` would pack it, packed once per build. */
export function packedTarball(): string;

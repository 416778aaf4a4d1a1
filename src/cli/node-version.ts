/**
 * The oldest Node.js the command runs on: `engines.node` of package.json (a test keeps the two
 * equal). Older Nodes lack what the start-up uses (`process.getBuiltinModule`, `import.meta.dirname`)
 * and would stop with a stack trace; they get a plain message instead.
 */
export const NODE_MINIMUM = [20, 19] as const;

/** The message for a Node older than {@link NODE_MINIMUM}, or undefined when `version` (e.g. "20.19.2") is new enough. */
export function tooOldNode(version: string): string | undefined {
  const [major = 0, minor = 0] = version.split(".").map((part) => Number.parseInt(part, 10));
  const [needMajor, needMinor] = NODE_MINIMUM;
  if (major > needMajor || (major === needMajor && minor >= needMinor)) return undefined;
  const need = `${needMajor}.${needMinor}`;
  return (
    `secpolicy: error[node-too-old]: Node.js ${need} 以上が必要（この Node.js は ${version}） / ` +
    `Node.js ${need} or later is needed (this is ${version})\n` +
    `  hint: Node.js を更新すること（例：最新の LTS） / Update Node.js (e.g. to the current LTS)\n`
  );
}

/**
 * Keys that would reach an object's prototype in careless consumers; never meaningful in a
 * description. The shape check of `parse.ts` refuses them, and the block YAML reader leaves any
 * text holding one to the full reader, so both routes refuse them alike.
 */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

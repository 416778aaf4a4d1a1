/** Reading JSON and YAML input safely, with source positions (node-only; used by the CLI). */
export { decodeUtf8, positionOf } from "./decode.js";
export { type Diagnostic, formatDiagnostic, formatDiagnostics, InputError } from "./diagnostic.js";
export { locatePointer, type Position } from "./locate.js";
export { DEFAULT_LIMITS, detectFormat, type ParsedSource, parseSource, type ReadLimits } from "./parse.js";
export { readSource, STDIN_NAME } from "./read.js";
export { issuesToDiagnostics, locateFindings } from "./issues.js";
export { locateJsonPointers } from "./json-locate.js";

/**
 * hitoyoshi-secpolicy/node: the parts that read files, for Node.js only. The package entry
 * (`hitoyoshi-secpolicy`) imports no Node built-in and bundles for a browser; reading profile
 * files and waivers files from disk lives here and in the `secpolicy` command.
 *
 * Runtime values shared with the package entry (errors, the engine) come from that entry, so an
 * error thrown here is an `instanceof SecpolicyError` of the entry a program imports.
 *
 * @packageDocumentation
 */

export { loadProfileFile, ProfileFileError } from "../io/profile-file.js";
export { loadWaiversFile } from "./waivers-file.js";
export { formatDiagnostic, formatDiagnostics, InputError } from "../io/diagnostic.js";
export type { Diagnostic } from "../io/diagnostic.js";

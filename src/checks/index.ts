import type { AnyCheck } from "./define-check.js";
import internetViaSecurityCloud from "./zones/internet-via-security-cloud.js";
import lgwanInternetSanitised from "./zones/lgwan-internet-sanitised.js";
import mynumberConnectionsRestricted from "./zones/mynumber-connections-restricted.js";
import mynumberDataInMynumberZone from "./zones/mynumber-data-in-mynumber-zone.js";
import mynumberTerminalExportBlocked from "./zones/mynumber-terminal-export-blocked.js";
import mynumberTerminalMfa from "./zones/mynumber-terminal-mfa.js";
import zoneDeclared from "./zones/zone-declared.js";

/**
 * Every built-in check, sorted by id. Explicit on purpose: nothing registers itself on import,
 * and a meta-test keeps this list sorted and complete.
 */
export const builtinChecks: readonly AnyCheck[] = Object.freeze([
  internetViaSecurityCloud,
  lgwanInternetSanitised,
  mynumberConnectionsRestricted,
  mynumberDataInMynumberZone,
  mynumberTerminalExportBlocked,
  mynumberTerminalMfa,
  zoneDeclared,
]);

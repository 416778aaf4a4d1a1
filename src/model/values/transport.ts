/** The transports without zod; `../transport.ts` builds the schema and re-exports these. */
import type { Transport } from "../transport.js";

/**
 * How a connection travels, and whether that crosses the public internet. A transport that does
 * counts as the public internet in every zone rule, whatever the encryption: an internet VPN still
 * puts an internet path into the zone it reaches.
 */
export const TRANSPORTS = {
  lan: { ja: "庁内LAN", en: "LAN", crossesInternet: false },
  lgwan: { ja: "LGWAN", en: "LGWAN", crossesInternet: false },
  "closed-line": { ja: "閉域網", en: "closed network", crossesInternet: false },
  "dedicated-line": { ja: "専用線", en: "dedicated line", crossesInternet: false },
  "internet-vpn": { ja: "インターネットVPN", en: "internet VPN", crossesInternet: true },
  internet: { ja: "インターネット", en: "internet", crossesInternet: true },
} as const satisfies Record<string, { ja: string; en: string; crossesInternet: boolean }>;

/** Whether a transport crosses the public internet; `undefined` when the transport is not stated. */
export function crossesInternet(transport: Transport | undefined): boolean | undefined {
  return transport === undefined ? undefined : TRANSPORTS[transport].crossesInternet;
}

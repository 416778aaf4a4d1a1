import { z } from "zod";
import { doc } from "./registry.js";

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

/** A transport of a connection (one of `TRANSPORTS`). */
export const Transport = doc(
  z.enum(Object.keys(TRANSPORTS) as [keyof typeof TRANSPORTS, ...(keyof typeof TRANSPORTS)[]]),
  "通信手段：lan（庁内LAN）、lgwan、closed-line（閉域網）、dedicated-line（専用線）、internet-vpn（インターネットVPN）、internet。internet-vpn と internet はインターネットを経由する",
  "Transport: lan, lgwan, closed-line, dedicated-line, internet-vpn or internet; internet-vpn and internet cross the public internet",
  "Transport",
);
export type Transport = z.infer<typeof Transport>;

/** Whether a transport crosses the public internet; `undefined` when the transport is not stated. */
export function crossesInternet(transport: Transport | undefined): boolean | undefined {
  return transport === undefined ? undefined : TRANSPORTS[transport].crossesInternet;
}

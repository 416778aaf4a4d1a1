import { z } from "zod";
import { doc } from "./registry.js";
import { TRANSPORTS } from "./values/transport.js";

export { crossesInternet, TRANSPORTS } from "./values/transport.js";

/** A transport of a connection (one of `TRANSPORTS`). */
export const Transport = doc(
  z.enum(Object.keys(TRANSPORTS) as [keyof typeof TRANSPORTS, ...(keyof typeof TRANSPORTS)[]]),
  "通信手段：lan（庁内LAN）、lgwan、closed-line（閉域網）、dedicated-line（専用線）、internet-vpn（インターネットVPN）、internet。internet-vpn と internet はインターネットを経由する",
  "Transport: lan, lgwan, closed-line, dedicated-line, internet-vpn or internet; internet-vpn and internet cross the public internet",
  "Transport",
);
export type Transport = z.infer<typeof Transport>;

import { z } from "zod";
import { doc } from "./registry.js";
import { ZONE_IDS } from "./values/zone.js";

export { ZONE_IDS, ZONES } from "./values/zone.js";
export type { ZoneInfo } from "./values/zone.js";

/** A network zone: `mynumber` (マイナンバー利用事務系), `lgwan` (LGWAN接続系) or `internet` (インターネット接続系). */
export const Zone = doc(
  z.enum(ZONE_IDS),
  "ネットワークの領域：mynumber（マイナンバー利用事務系）、lgwan（LGWAN接続系）、internet（インターネット接続系）",
  "Network zone: mynumber (My Number zone), lgwan (LGWAN zone) or internet (internet zone)",
  "Zone",
);
export type Zone = z.infer<typeof Zone>;

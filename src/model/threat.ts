import { z } from "zod";
import { doc } from "./registry.js";
import { THREAT_IDS } from "./values/threat.js";

export { THREAT_IDS, THREATS } from "./values/threat.js";
export type { ThreatInfo } from "./values/threat.js";

/** A threat category of clause 3: T1 intentional, T2 unintentional, T3 disaster, T4 staff shortage, T5 infrastructure outage. */
export const ThreatId = doc(
  z.enum(THREAT_IDS),
  "脅威の区分（基本方針 3）：T1 意図的要因、T2 非意図的要因、T3 災害、T4 疾病による要員不足、T5 インフラの障害",
  "Threat category (policy clause 3): T1 intentional, T2 unintentional, T3 disaster, T4 staff shortage, T5 infrastructure outage",
  "ThreatId",
);
export type ThreatId = z.infer<typeof ThreatId>;

/** ICT-BCP scenario labels without zod; `../municipality.ts` builds the schemas and re-exports these. */
import type { BcpScenario } from "../municipality.js";

/** Labels of the ICT-BCP scenarios, with the threat clause each answers. */
export const BCP_SCENARIO_LABELS: Readonly<Record<BcpScenario, { readonly ja: string; readonly en: string; readonly clause: string }>> = {
  disaster: { ja: "災害", en: "disaster", clause: "3(3)" },
  "staff-shortage": { ja: "要員不足", en: "staff shortage", clause: "3(4)" },
  "infrastructure-outage": { ja: "インフラの障害", en: "infrastructure outage", clause: "3(5)" },
  "cyber-attack": { ja: "サイバー攻撃", en: "cyber attack", clause: "3(1)" },
};

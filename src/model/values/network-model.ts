/** Network model and guideline revision labels without zod; `../network-model.ts` builds the schemas and re-exports these. */
import type { GuidelineBaseline, NetworkModel } from "../network-model.js";
import type { Bilingual } from "./common.js";

/** Labels of the network models, as people write them. */
export const NETWORK_MODELS: Readonly<Record<NetworkModel, Bilingual>> = {
  alpha: { ja: "αモデル", en: "the α model" },
  "alpha-prime": { ja: "α'モデル", en: "the α' model" },
  beta: { ja: "βモデル", en: "the β model" },
  "beta-prime": { ja: "β'モデル", en: "the β' model" },
};

/** The guideline revisions a profile can follow, oldest first. */
export const GUIDELINE_BASELINE_IDS = ["2020-12", "2022-03", "2023-03", "2024-10", "2025-03"] as const;

/** Labels of the guideline revisions, for messages. */
export const GUIDELINE_BASELINES: Readonly<Record<GuidelineBaseline, Bilingual>> = {
  "2020-12": { ja: "令和2年12月版", en: "December 2020" },
  "2022-03": { ja: "令和4年3月版", en: "March 2022" },
  "2023-03": { ja: "令和5年3月版", en: "March 2023" },
  "2024-10": { ja: "令和6年10月版", en: "October 2024" },
  "2025-03": { ja: "令和7年3月版", en: "March 2025" },
};

import { z } from "zod";
import { doc } from "./registry.js";

/** The guideline's network models: α (classic), α' (local breakout), β and β' (staff terminals in the internet zone). */
export const NetworkModel = doc(
  z.enum(["alpha", "alpha-prime", "beta", "beta-prime"]),
  "ネットワークモデル：alpha（αモデル）、alpha-prime（α'モデル、ローカルブレイクアウト）、beta（βモデル）、beta-prime（β'モデル）",
  "Network model: alpha (α), alpha-prime (α', local breakout), beta (β) or beta-prime (β')",
  "NetworkModel",
);
export type NetworkModel = z.infer<typeof NetworkModel>;

/** Labels of the network models, as people write them. */
export const NETWORK_MODELS: Readonly<Record<NetworkModel, { readonly ja: string; readonly en: string }>> = {
  alpha: { ja: "αモデル", en: "the α model" },
  "alpha-prime": { ja: "α'モデル", en: "the α' model" },
  beta: { ja: "βモデル", en: "the β model" },
  "beta-prime": { ja: "β'モデル", en: "the β' model" },
};

/** Guideline revisions whose rules a profile can follow. */
export const GuidelineBaseline = doc(
  z.enum(["2020-12", "2022-03", "2023-03", "2024-10", "2025-03"]),
  "準拠するガイドラインの改定（例：2025-03 は令和7年3月版）。無線LANの規定等が変わる",
  "Guideline revision whose rules apply (e.g. 2025-03 = March 2025); changes e.g. the wireless LAN rules",
  "GuidelineBaseline",
);
export type GuidelineBaseline = z.infer<typeof GuidelineBaseline>;

/** Labels of the guideline revisions, for messages. */
export const GUIDELINE_BASELINES: Readonly<Record<GuidelineBaseline, { readonly ja: string; readonly en: string }>> = {
  "2020-12": { ja: "令和2年12月版", en: "December 2020" },
  "2022-03": { ja: "令和4年3月版", en: "March 2022" },
  "2023-03": { ja: "令和5年3月版", en: "March 2023" },
  "2024-10": { ja: "令和6年10月版", en: "October 2024" },
  "2025-03": { ja: "令和7年3月版", en: "March 2025" },
};

import { z } from "zod";
import { doc } from "./registry.js";
import { GUIDELINE_BASELINE_IDS } from "./values/network-model.js";

export { GUIDELINE_BASELINES, NETWORK_MODELS } from "./values/network-model.js";

/** The guideline's network models: α (classic), α' (local breakout), β and β' (staff terminals in the internet zone). */
export const NetworkModel = doc(
  z.enum(["alpha", "alpha-prime", "beta", "beta-prime"]),
  "ネットワークモデル：alpha（αモデル）、alpha-prime（α'モデル、ローカルブレイクアウト）、beta（βモデル）、beta-prime（β'モデル）",
  "Network model: alpha (α), alpha-prime (α', local breakout), beta (β) or beta-prime (β')",
  "NetworkModel",
);
export type NetworkModel = z.infer<typeof NetworkModel>;

/** Guideline revisions whose rules a profile can follow. */
export const GuidelineBaseline = doc(
  z.enum(GUIDELINE_BASELINE_IDS),
  "準拠するガイドラインの改定（例：2025-03 は令和7年3月版）。無線LANの規定等が変わる",
  "Guideline revision whose rules apply (e.g. 2025-03 = March 2025); changes e.g. the wireless LAN rules",
  "GuidelineBaseline",
);
export type GuidelineBaseline = z.infer<typeof GuidelineBaseline>;

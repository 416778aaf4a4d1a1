/** Outcomes, severities and labels of findings without zod; `../finding.ts` builds the schemas and re-exports these. */
import type { Outcome, Severity, TargetKind } from "../finding.js";
import type { Bilingual } from "./common.js";

/** The outcomes, in report order: what the `Outcome` schema accepts. */
export const OUTCOME_IDS = ["fail", "needs-evidence", "waived", "pass", "not-applicable", "error"] as const;
/** Every outcome, in report order. */
export const OUTCOMES: Outcome[] = [...OUTCOME_IDS];

/** The severities, most severe first: what the `Severity` schema accepts. */
export const SEVERITY_IDS = ["critical", "high", "medium", "low"] as const;
/** Every severity, most severe first. */
export const SEVERITIES: Severity[] = [...SEVERITY_IDS];

/** Labels of the severities (see docs/severity.md for what each means). */
export const SEVERITY_LABELS: Readonly<Record<Severity, Bilingual>> = {
  critical: { ja: "重大", en: "critical" },
  high: { ja: "高", en: "high" },
  medium: { ja: "中", en: "medium" },
  low: { ja: "低", en: "low" },
};

/** Labels of the target kinds: what a check evaluates, one result each. */
export const TARGET_KIND_LABELS: Readonly<Record<TargetKind, Bilingual>> = {
  description: { ja: "記述全体", en: "the whole description" },
  municipality: { ja: "団体", en: "the municipality" },
  system: { ja: "情報システムごと", en: "each information system" },
  connection: { ja: "通信経路ごと", en: "each connection" },
  vendor: { ja: "委託事業者ごと", en: "each contractor" },
  cloudService: { ja: "外部サービスごと", en: "each external (cloud) service" },
  socialMediaAccount: { ja: "ソーシャルメディアのアカウントごと", en: "each social media account" },
};

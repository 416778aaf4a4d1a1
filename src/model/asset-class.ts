import { z } from "zod";
import { doc } from "./registry.js";
import { LEGACY_CONFIDENTIALITY, R6_CONFIDENTIALITY } from "./values/asset-class.js";

export {
  AVAILABILITY_RANK,
  CLASSIFICATION_SCHEMES,
  CONFIDENTIALITY_RANK,
  confidentialityAtLeast,
  INTEGRITY_RANK,
  LEGACY_CONFIDENTIALITY,
  R6_CONFIDENTIALITY,
  schemeOf,
} from "./values/asset-class.js";

/** Classification schemes: `legacy` (C3/C2/C1, I2/I1, A2/A1) and `r6` (令和6年10月: 3A/3B/3C/2/1). */
export const ClassificationScheme = doc(
  z.enum(["legacy", "r6"]),
  "分類体系：legacy（機密性3/2/1・完全性2/1・可用性2/1）、r6（令和6年10月ガイドライン：機密性3A/3B/3C/2/1）",
  "Classification scheme: legacy (C3/C2/C1, I2/I1, A2/A1) or r6 (guideline of October 2024: 3A/3B/3C/2/1)",
  "ClassificationScheme",
);
export type ClassificationScheme = z.infer<typeof ClassificationScheme>;

/** A confidentiality class in either scheme. */
export const ConfidentialityClass = doc(
  z.enum([...LEGACY_CONFIDENTIALITY, ...R6_CONFIDENTIALITY]),
  '機密性の分類。従来体系は C3/C2/C1、令和6年体系は 3A/3B/3C/2/1（"2" のように文字列で書く）',
  'Confidentiality class. Legacy scheme: C3/C2/C1; r6 scheme: 3A/3B/3C/2/1 (write them as strings, e.g. "2")',
  "ConfidentialityClass",
);
export type ConfidentialityClass = z.infer<typeof ConfidentialityClass>;

/** Integrity class: I2 or I1. */
export const IntegrityClass = doc(
  z.enum(["I2", "I1"]),
  "完全性の分類：I2（改ざん等により住民の権利侵害や行政事務の適確な遂行に支障のおそれ）、I1（それ以外）",
  "Integrity class: I2 (tampering could infringe residents' rights or hinder administration) or I1 (the rest)",
  "IntegrityClass",
);
export type IntegrityClass = z.infer<typeof IntegrityClass>;

/** Availability class: A2 or A1. */
export const AvailabilityClass = doc(
  z.enum(["A2", "A1"]),
  "可用性の分類：A2（滅失・利用不能により住民の権利侵害や行政事務の安定的な遂行に支障のおそれ）、A1（それ以外）",
  "Availability class: A2 (loss or unavailability could infringe residents' rights or hinder administration) or A1 (the rest)",
  "AvailabilityClass",
);
export type AvailabilityClass = z.infer<typeof AvailabilityClass>;

/** The asset scopes of clause 4(2): ① systems, facilities and media; ② information (incl. printouts); ③ system documents. */
export const AssetScope = doc(
  z.enum(["systems-and-media", "information", "documents"]),
  "情報資産の範囲（基本方針 4(2)）：systems-and-media（①ネットワーク・情報システム・設備・電磁的記録媒体）、information（②取り扱う情報、印刷物を含む）、documents（③仕様書・ネットワーク図等）",
  "Asset scope (policy 4(2)): systems-and-media (① networks, systems, facilities, media), information (② information handled, incl. printouts), documents (③ specifications, network diagrams)",
  "AssetScope",
);
export type AssetScope = z.infer<typeof AssetScope>;

/** Classification constants and rankings without zod; `../asset-class.ts` builds the schemas and re-exports these. */
import type { AvailabilityClass, ClassificationScheme, ConfidentialityClass, IntegrityClass } from "../asset-class.js";
import type { Bilingual } from "./common.js";

/** Labels of the classification schemes, for messages and reports. */
export const CLASSIFICATION_SCHEMES: Readonly<Record<ClassificationScheme, Bilingual>> = {
  legacy: { ja: "従来の分類（機密性3・2・1）", en: "legacy scheme (C3, C2, C1)" },
  r6: { ja: "令和6年10月改定の分類（機密性3A・3B・3C・2・1）", en: "October 2024 scheme (3A, 3B, 3C, 2, 1)" },
};

export const LEGACY_CONFIDENTIALITY = ["C3", "C2", "C1"] as const;
export const R6_CONFIDENTIALITY = ["3A", "3B", "3C", "2", "1"] as const;

/**
 * Position of each confidentiality class on one ordered scale (1 = public … 5 = secret-document
 * level), so rules can say "C2 or above" whatever the scheme. Legacy C3 maps onto the top tier.
 */
export const CONFIDENTIALITY_RANK: Readonly<Record<ConfidentialityClass, number>> = {
  "1": 1,
  C1: 1,
  "2": 2,
  C2: 2,
  "3C": 3,
  "3B": 4,
  "3A": 5,
  C3: 5,
};

/** The scheme a confidentiality class belongs to. */
export function schemeOf(cls: ConfidentialityClass): ClassificationScheme {
  return (LEGACY_CONFIDENTIALITY as readonly string[]).includes(cls) ? "legacy" : "r6";
}

/** Whether `cls` is at or above `threshold` on the ordered scale. */
export function confidentialityAtLeast(cls: ConfidentialityClass, threshold: ConfidentialityClass): boolean {
  return CONFIDENTIALITY_RANK[cls] >= CONFIDENTIALITY_RANK[threshold];
}

/** Ranks of integrity and availability classes (1 or 2). */
export const INTEGRITY_RANK: Readonly<Record<IntegrityClass, number>> = { I1: 1, I2: 2 };
/** Ranks of availability classes (1 or 2). */
export const AVAILABILITY_RANK: Readonly<Record<AvailabilityClass, number>> = { A1: 1, A2: 2 };

import { HITOYOSHI_COVERED_BODIES } from "../model/organisation.js";
import type { Profile } from "../model/profile.js";

/**
 * The default profile: 人吉市 under its basic policy of March 2026.
 *
 * Where each value comes from (see docs/profiles.md):
 * - policy: municipality, prefecture and security cloud (6(3)③), covered bodies (4(1)), network
 *   model α (6(3)② describes the α split).
 * - guideline: classification scheme (legacy until the municipality adopts 令和6), guideline
 *   baseline 令和7年3月, approved specific communications, handling thresholds, cloud assurance,
 *   contract clauses.
 * - practice: every interval, the training rate, patch SLA, log retention, screen lock and
 *   de-provisioning limits. These are recommended defaults, not the policy's words.
 */
export const hitoyoshiProfile: Profile = {
  id: "hitoyoshi-2026-03",
  title: "人吉市（情報セキュリティ基本方針 令和8年3月改定）",
  municipality: "人吉市",
  prefecture: "熊本県",
  securityCloud: "熊本県自治体情報セキュリティクラウド",
  coveredBodies: [...HITOYOSHI_COVERED_BODIES],
  networkModel: "alpha",
  classificationScheme: "legacy",
  guidelineBaseline: "2025-03",
  approvedSpecificCommunications: ["eltax", "pittari-service", "intermediate-server", "juki-net"],
  intervals: {
    auditMonths: 12,
    selfInspectionMonths: 12,
    trainingMonths: 12,
    drillMonths: 12,
    policyReviewMonths: 12,
    incidentPlanReviewMonths: 12,
    bcpReviewMonths: 12,
    vendorVerificationMonths: 12,
    accessReviewMonths: 6,
    restoreTestMonths: 12,
    acknowledgementMonths: 12,
  },
  trainingCompletionRatePercent: 100,
  patchSlaDays: { default: 30, critical: 14 },
  logRetentionDays: 365,
  screenLockMinutes: 10,
  deprovisioningDays: 5,
  requiredContractClauses: [
    "policy-compliance",
    "confidentiality",
    "purpose-limitation",
    "subcontracting-approval",
    "incident-reporting",
    "audit-right",
    "return-deletion",
    "staff-list",
    "training",
    "processing-location",
  ],
  cloud: {
    assuranceRequiredFrom: "C2",
    clickThroughMaxConfidentiality: "C1",
    allowedDataLocations: ["japan"],
  },
  handling: {
    protectFrom: "C2",
    municipalTerminalsFrom: "C3",
    myNumberMinimum: "C3",
    personalInformationMinimum: "C2",
  },
  checks: {},
};

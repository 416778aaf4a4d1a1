import { defineIntervalCheck, intervalPractice } from "../interval.js";
import { VENDOR_AT_WORK } from "../shared.js";

const PRACTICE = intervalPractice("vendorVerificationMonths", {
  ja: "基本方針 6(8) は委託事業者の対策が確保されていることの確認を求める。契約期間中の体制や再委託先の変化を把握できるよう、年1回程度の確認を推奨する",
  en: "Clause 6(8) asks the municipality to confirm the vendor's measures; about once a year is recommended so that changes in the vendor's staff and subcontractors during the contract come to light",
});

/**
 * 6(8) asks the municipality to confirm that the vendor's measures are in place
 * (確保されていることを確認し). How often is recommended practice (profile
 * `intervals.vendorVerificationMonths`), not the policy's words.
 */
export default defineIntervalCheck({
  interval: "vendorVerificationMonths",
  activity: { ja: "委託事業者 {{vendor}} の対策の確認", en: "the check of vendor {{vendor}}'s measures" },
  select: (vendor) => [{ date: vendor.lastVerified, path: ["lastVerified"], subject: vendor.id, names: { vendor: vendor.id } }],
  meta: {
    id: "vendor-verified",
    area: "outsourcing",
    title: {
      ja: "委託事業者の情報セキュリティ対策の実施状況を定期的に確認すること",
      en: "Each vendor's security measures must be verified periodically",
    },
    clauses: ["6(8)"],
    threats: ["T2"],
    basis: "practice",
    severity: "medium",
    target: "vendor",
    applicability: VENDOR_AT_WORK,
    messages: {
      overdue: {
        ...PRACTICE,
        ja: "委託事業者 {{vendor}} の対策の実施状況の前回の確認（{{lastJa}}）から{{months}}か月を超えている（期限：{{dueJa}}。推奨される運用。プロファイルの間隔：{{months}}か月ごと）",
        en: "Vendor {{vendor}}'s measures were last verified on {{lastEn}}, more than {{months}} months ago (due {{dueEn}}; recommended practice; the profile's interval: every {{months}} months)",
      },
      missing: {
        ...PRACTICE,
        ja: "委託事業者 {{vendor}} の対策の実施状況を前回確認した日（lastVerified）の記載がない（推奨される運用。プロファイルの間隔：{{months}}か月ごと）",
        en: "Vendor {{vendor}} does not state when its measures were last verified (lastVerified) (recommended practice; the profile's interval: every {{months}} months)",
      },
    },
    remediation: {
      ja: "報告書の提出、立入検査、チェックシート等で委託事業者の対策を確認し、確認した日を記録すること",
      en: "Verify the vendor's measures (reports, on-site inspection, checklists) and record the date",
    },
  },
});

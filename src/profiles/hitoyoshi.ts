import { HITOYOSHI_COVERED_BODIES } from "../model/values/organisation.js";
import type { Profile, ProfileParameter, ProfileSource } from "../model/profile.js";

/**
 * The default profile: 人吉市 under its basic policy of March 2026. Where each value comes from
 * is in {@link hitoyoshiProfileSources} (rendered in docs/profiles.md).
 */
export const hitoyoshiProfile: Profile = {
  id: "hitoyoshi-2026-03",
  version: "1.0.0",
  title: "人吉市（情報セキュリティ基本方針 令和8年3月改定）",
  municipality: "人吉市",
  prefecture: "熊本県",
  securityCloud: "熊本県自治体情報セキュリティクラウド",
  coveredBodies: [...HITOYOSHI_COVERED_BODIES],
  networkModel: "alpha",
  classificationScheme: "legacy",
  guidelineBaseline: "2025-03",
  approvedSpecificCommunications: [
    "juki-net",
    "intermediate-server",
    "family-register-network",
    "kokuho-federation",
    "jlis-services",
    "eltax",
    "pittari-service",
  ],
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
  trainingCompletionRatePercent: 95,
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
  exceptions: {
    approverRoles: ["head", "ciso"],
    maxTermMonths: 12,
    myNumberPolicyMaxTermMonths: 6,
  },
  checks: {},
};

const policy = (ja: string, en: string): ProfileSource => ({ basis: "policy", source: { ja, en } });
const guideline = (ja: string, en: string): ProfileSource => ({ basis: "guideline", source: { ja, en } });
const practice = (ja: string, en: string): ProfileSource => ({ basis: "practice", source: { ja, en } });

/** A "periodically" of the policy turned into a number of months by recommended practice. */
const periodic = (clause: string, what: { ja: string; en: string }): ProfileSource =>
  practice(
    `${clause} は「定期的に」とだけ定める。${what.ja}を年1回とするのは推奨される運用`,
    `${clause} only says "periodically"; ${what.en} once a year is recommended practice`,
  );

/**
 * Where each value of {@link hitoyoshiProfile} comes from. `policy` values are the basic policy's
 * own; `guideline` values follow the national guideline the policy is built on; `practice` values
 * are recommended defaults that the policy does not state and a municipality may change.
 */
export const hitoyoshiProfileSources: Readonly<Record<ProfileParameter, ProfileSource>> = {
  municipality: policy("基本方針の表題と 1 目的（人吉市の情報資産）", "The policy's title and clause 1 (Hitoyoshi's information assets)"),
  prefecture: policy(
    "基本方針 6(3)③（熊本県及び本市のインターネットとの通信を集約）",
    "Policy 6(3)③ (Kumamoto Prefecture's and the city's internet traffic is aggregated)",
  ),
  securityCloud: policy("基本方針 6(3)③（自治体情報セキュリティクラウドの導入）", "Policy 6(3)③ (use of the prefectural security cloud)"),
  coveredBodies: policy("基本方針 4(1)（適用される行政機関の列挙）", "Policy 4(1) (the bodies the policy covers)"),
  networkModel: practice(
    "α は市が現在採用しているモデルで、既定値とするのは推奨される運用（市の現在の選択）。基本方針 6(3)② は通信経路の分割と無害化通信を定めるが、これは β・β' でも保たれ、基本方針の文言はモデルを特定しない。モデルの区分（α・α'・β・β'）はガイドラインによる",
    "α is the model the city uses today; making it the default is recommended practice (the city's current choice). Policy 6(3)② requires the split of communication paths and sanitised traffic, which β and β' keep too, so the policy's words do not fix a model. The models themselves (α, α', β, β') are the guideline's",
  ),
  classificationScheme: guideline(
    "基本方針 6(2) は分類の体系を定めない。ガイドライン（令和5年3月版まで）の機密性3/2/1・完全性2/1・可用性2/1 を、令和6年10月版の体系を採用するまで使う",
    "Policy 6(2) does not fix a scheme; the guideline's legacy scheme (up to March 2023: C3/2/1, I2/1, A2/1) applies until the city adopts the October 2024 scheme",
  ),
  guidelineBaseline: guideline(
    "令和8年3月改定の基本方針が準拠する最新のガイドライン（令和7年3月版）",
    "The latest guideline revision (March 2025) that the March 2026 policy follows",
  ),
  approvedSpecificCommunications: guideline(
    "ガイドライン（マイナンバー利用事務系と外部との通信）：個人番号利用事務のための国等のシステム（住基ネット、中間サーバー、戸籍情報連携システム、国保総合システム、J-LIS のサービス）と、令和2年12月以降に国が認めた特定通信（eLTAX、ぴったりサービス）",
    "Guideline (communication of the My Number zone): national systems for My Number affairs (Juki-net, intermediate server, family register exchange, Kokuho-ren, J-LIS services) and the specific communications approved since December 2020 (eLTAX, Pittari service)",
  ),
  "intervals.auditMonths": periodic("基本方針 6(9)・7", { ja: "情報セキュリティ監査", en: "a security audit" }),
  "intervals.selfInspectionMonths": periodic("基本方針 6(9)・7", { ja: "自己点検", en: "a self-inspection" }),
  "intervals.trainingMonths": practice(
    "基本方針 6(5) は「十分な教育及び啓発」を求めるが間隔は定めない。年1回の研修は推奨される運用",
    "Policy 6(5) asks for sufficient education but sets no interval; yearly training is recommended practice",
  ),
  "intervals.drillMonths": practice(
    "標的型メール訓練等を年1回とするのは推奨される運用（基本方針・ガイドラインに回数の定めはない）",
    "A yearly drill (e.g. a targeted-mail exercise) is recommended practice; neither the policy nor the guideline sets a count",
  ),
  "intervals.policyReviewMonths": practice(
    "基本方針 8 は監査結果や状況の変化に応じた見直しを求める。年1回の見直しは推奨される運用",
    "Policy 8 asks for a review after audits and changes; a yearly review is recommended practice",
  ),
  "intervals.incidentPlanReviewMonths": practice(
    "基本方針 6(7) は緊急時対応計画の策定を求める。年1回の見直しは推奨される運用",
    "Policy 6(7) asks for an emergency response plan; reviewing it yearly is recommended practice",
  ),
  "intervals.bcpReviewMonths": practice("ICT-BCP を年1回見直すのは推奨される運用", "Reviewing the ICT-BCP yearly is recommended practice"),
  "intervals.vendorVerificationMonths": practice(
    "基本方針 6(8) は委託事業者の対策の確認を求めるが間隔は定めない。年1回は推奨される運用",
    "Policy 6(8) asks that vendors' measures be verified but sets no interval; yearly is recommended practice",
  ),
  "intervals.accessReviewMonths": practice(
    "アクセス権の棚卸しを半年ごとに行うのは推奨される運用",
    "Reviewing access rights every six months is recommended practice",
  ),
  "intervals.restoreTestMonths": practice(
    "バックアップの復元テストを年1回行うのは推奨される運用",
    "A yearly restore test of backups is recommended practice",
  ),
  "intervals.acknowledgementMonths": practice(
    "基本方針 5 は職員等の遵守義務を定める。年1回の周知・誓約は推奨される運用",
    "Policy 5 binds all staff; a yearly acknowledgement round is recommended practice",
  ),
  trainingCompletionRatePercent: practice(
    "受講率95%以上は推奨される運用。育児休業・病気休暇等で受講できない職員がいるため、100%は通年では達成できない。休業者を分母から除いて数える団体は、プロファイルで100%に上げてよい",
    "A completion rate of at least 95 % is recommended practice: staff on parental or sick leave cannot attend, so 100 % is out of reach over a year. A municipality that counts without staff on leave may raise it to 100 % in its profile",
  ),
  "patchSlaDays.default": practice(
    "更新プログラムを公開から30日以内に適用するのは推奨される運用",
    "Applying updates within 30 days of release is recommended practice",
  ),
  "patchSlaDays.critical": practice(
    "緊急の更新を14日以内に適用するのは推奨される運用",
    "Applying critical updates within 14 days is recommended practice",
  ),
  logRetentionDays: practice("ログを1年（365日）保存するのは推奨される運用", "Keeping logs for a year (365 days) is recommended practice"),
  screenLockMinutes: practice("10分で自動画面ロックするのは推奨される運用", "Locking the screen after 10 minutes is recommended practice"),
  deprovisioningDays: practice(
    "異動・退職から5日以内にIDを削除するのは推奨される運用",
    "Removing a leaver's id within 5 days is recommended practice",
  ),
  requiredContractClauses: guideline(
    "基本方針 6(8) は「情報セキュリティ要件を明記した契約」を求める。条項の一覧はガイドライン（令和7年3月版）「業務委託と外部サービスの利用」の業務委託の対策基準例による",
    'Policy 6(8) asks for contracts stating security requirements; the clause list follows the model standards for outsourcing in the guideline (March 2025), "Outsourcing and external services"',
  ),
  "cloud.assuranceRequiredFrom": guideline(
    "ガイドライン（外部サービスの利用）：機密性2以上の情報を扱うクラウドサービスは ISMAP 登録等で安全性を確認する",
    "Guideline (external services): cloud services that handle confidentiality 2 or above are assured, e.g. by ISMAP registration",
  ),
  "cloud.clickThroughMaxConfidentiality": guideline(
    "ガイドライン：約款による外部サービスで機密性2以上の情報を扱うのは、安全性を確認したもの（ISMAP 登録等）に限る。既定の値では assuranceRequiredFrom（C2）と同じ区分から保証を求めるため、このパラメータが単独で判定を変えることはない",
    "Guideline: a click-through (terms-of-service) service handles confidentiality 2 or above only when its security is confirmed (e.g. ISMAP registration). With the default values assuranceRequiredFrom (C2) already asks for assurance from the same class, so this parameter changes no verdict on its own",
  ),
  "cloud.allowedDataLocations": guideline(
    "ガイドライン：住民情報は日本の法令が適用される国内に保存する",
    "Guideline: resident data is kept in Japan, under Japanese law",
  ),
  "handling.protectFrom": guideline(
    "ガイドラインの対策基準例：機密性2以上の情報に複製制限・暗号化・施錠保管等の取扱制限を課す",
    "The guideline's model standards: handling restrictions (copying, encryption, locked storage) apply from confidentiality 2",
  ),
  "handling.municipalTerminalsFrom": guideline(
    "ガイドラインの対策基準例：機密性3の情報は市が支給した端末でのみ取り扱う",
    "The guideline's model standards: confidentiality 3 information is handled only on municipality-issued terminals",
  ),
  "handling.myNumberMinimum": practice(
    "推奨される運用：従来の分類では機密性3（多くの団体が対策基準で定める運用。ガイドラインにこれを定める文は確認できていない）。令和6年10月改定の分類では 3B（漏えいにより個人の権利利益を重大に侵害するおそれのある情報。3A は秘密文書相当）",
    "As recommended practice — legacy scheme C3 (what most municipalities set in their own standards; no guideline sentence fixing it was found). October 2024 scheme: 3B (information whose leakage could seriously infringe individuals' rights; 3A is secret-document level)",
  ),
  "exceptions.approverRoles": guideline(
    "ガイドラインの対策基準例（例外措置）は例外措置の許可を最高情報セキュリティ責任者に求める。団体の長は CISO より上位にあり、常に承認できる。統括情報セキュリティ責任者等に委ねる団体はプロファイルで加える",
    "The guideline's model standards on exceptions have the CISO permit them; the head of the municipality stands above the CISO and may always approve. A municipality that delegates (e.g. to the chief security manager) adds that role in its profile",
  ),
  "exceptions.maxTermMonths": practice(
    "例外措置を12か月以内に限り、期限ごとに見直すのは推奨される運用（基本方針・ガイドラインに上限の定めはない）",
    "Limiting an exception to 12 months and reviewing it at each expiry is recommended practice; neither the policy nor the guideline sets a limit",
  ),
  "exceptions.myNumberPolicyMaxTermMonths": practice(
    "基本方針 6(3)① の対策への例外は住民情報の流出に直結するため、6か月以内とし代替措置を必須とするのは推奨される運用",
    "An exception to a 6(3)① control exposes resident data directly, so limiting it to 6 months with a stated compensating control is recommended practice",
  ),
  "handling.personalInformationMinimum": guideline(
    "ガイドライン：個人情報は少なくとも機密性2とする",
    "Guideline: personal information is at least confidentiality 2",
  ),
};

import { z } from "zod";
import { ClassificationScheme, ConfidentialityClass } from "./asset-class.js";
import { Id, Text } from "./common.js";
import { Severity } from "./finding.js";
import { GuidelineBaseline, NetworkModel } from "./network-model.js";
import { NationalSystemEntry } from "./national-system.js";
import { doc } from "./registry.js";
import { SecurityRole } from "./organisation.js";
import { ContractClause } from "./vendor.js";
import type { Bilingual } from "./values/common.js";

const months = (ja: string, en: string) => doc(z.number().positive(), `${ja}（月）`, `${en} (months)`);

/** Intervals for recurring activities; values are recommended practice unless a municipality sets its own. */
export const Intervals = doc(
  z.strictObject({
    auditMonths: months("情報セキュリティ監査の間隔", "Interval between security audits"),
    selfInspectionMonths: months("自己点検の間隔", "Interval between self-inspections"),
    trainingMonths: months("研修の間隔", "Interval between training rounds"),
    drillMonths: months("訓練の間隔", "Interval between drills"),
    policyReviewMonths: months("ポリシー見直しの間隔", "Interval between policy reviews"),
    incidentPlanReviewMonths: months("緊急時対応計画の見直しの間隔", "Interval between reviews of the emergency response plan"),
    bcpReviewMonths: months("ICT-BCP の見直しの間隔", "Interval between reviews of the ICT-BCP"),
    vendorVerificationMonths: months("委託先の確認の間隔", "Interval between verifications of vendors"),
    accessReviewMonths: months("アクセス権の棚卸しの間隔", "Interval between access reviews"),
    restoreTestMonths: months("復元テストの間隔", "Interval between restore tests"),
    acknowledgementMonths: months("ポリシー周知の間隔", "Interval between policy acknowledgement rounds"),
  }),
  "定期的な活動の間隔",
  "Intervals of recurring activities",
  "Intervals",
);
export type Intervals = z.infer<typeof Intervals>;

/** The rules an exception (例外措置) must meet: who may approve it and for how long. */
export const ExceptionRules = doc(
  z.strictObject({
    approverRoles: doc(
      z.array(SecurityRole).min(1),
      "例外措置を承認できる役割（municipality.roles の役割。承認者はその担当者と完全に一致すること）",
      "Roles that may approve an exception (roles of municipality.roles; the approver must be exactly that role's holder)",
    ),
    maxTermMonths: doc(
      z.int().positive().max(60),
      "例外措置の最長の期間（承認日から有効期限まで、月）",
      "Longest term of an exception, from approval to expiry (months)",
    ),
    myNumberPolicyMaxTermMonths: doc(
      z.int().positive().max(60),
      "マイナンバー利用事務系の基本方針上の対策（6(3)①）への例外措置の最長の期間（月）。代替措置（compensatingControl）の記載も必須",
      "Longest term of an exception to a policy-level My Number control (6(3)①), in months; such an exception must also state its compensating control",
    ),
  }),
  "例外措置の規則",
  "Rules for exceptions (waivers)",
  "ExceptionRules",
);
export type ExceptionRules = z.infer<typeof ExceptionRules>;

/** Per-check overrides. */
export const CheckOverride = doc(
  z.strictObject({
    enabled: doc(z.boolean().optional(), "false でチェックを無効にする", "false disables the check"),
    severity: doc(Severity.optional(), "重大度を変更する", "Changes the severity"),
  }),
  "チェックごとの設定",
  "Per-check setting",
  "CheckOverride",
);
export type CheckOverride = z.infer<typeof CheckOverride>;

/** The parameters that differ between municipalities (domain §7). */
export const Profile = doc(
  z.strictObject({
    $schema: doc(z.string().optional(), "JSON Schema の場所", "Location of the JSON Schema"),
    id: doc(Id, "プロファイルの id", "Profile id"),
    version: doc(
      Text,
      "プロファイルの版（値を変えたら上げる。例：1.0.0）",
      "Version of the profile (raise it whenever a value changes, e.g. 1.0.0)",
    ),
    title: doc(Text.optional(), "表題", "Title"),
    municipality: doc(Text, "団体名", "Municipality"),
    prefecture: doc(Text, "都道府県", "Prefecture"),
    securityCloud: doc(Text, "自治体情報セキュリティクラウドの名称", "Name of the prefectural security cloud"),
    coveredBodies: doc(z.array(Text).min(1), "基本方針の適用を受ける行政機関（4(1)）", "Bodies the policy covers (4(1))"),
    networkModel: NetworkModel,
    classificationScheme: ClassificationScheme,
    guidelineBaseline: GuidelineBaseline,
    approvedSpecificCommunications: doc(
      z.array(Text),
      "マイナンバー利用事務系との通信が認められた国のシステム・特定通信（id または名称。例：juki-net、中間サーバー、eltax）",
      "National systems and specific communications approved for the My Number zone (ids or names, e.g. juki-net, 中間サーバー, eltax)",
    ),
    nationalSystems: doc(
      z.array(NationalSystemEntry).optional(),
      "組込みの一覧（住基ネット、中間サーバー、戸籍情報連携システム、国保総合システム、J-LIS のサービス、eLTAX、ぴったりサービス）に加える国のシステム",
      "National systems added to the built-in vocabulary (Juki-net, intermediate server, family register exchange, Kokuho-ren, J-LIS services, eLTAX, Pittari service)",
    ),
    intervals: Intervals,
    trainingCompletionRatePercent: doc(z.number().min(0).max(100), "研修の目標受講率（%）", "Target training completion rate (%)"),
    patchSlaDays: doc(
      z.strictObject({ default: z.number().positive(), critical: z.number().positive() }),
      "更新プログラムを適用するまでの期限（日）",
      "Days allowed until updates are applied",
    ),
    logRetentionDays: doc(z.number().positive(), "ログの最低保存日数", "Minimum days logs are kept"),
    screenLockMinutes: doc(z.number().positive(), "自動画面ロックまでの最大分数", "Maximum minutes until the screen locks"),
    deprovisioningDays: doc(z.number().nonnegative(), "異動・退職からID削除までの最大日数", "Maximum days until leavers' ids are removed"),
    requiredContractClauses: doc(
      z.array(ContractClause),
      "委託契約に必須の情報セキュリティ条項",
      "Security clauses every outsourcing contract must state",
    ),
    cloud: doc(
      z.strictObject({
        assuranceRequiredFrom: doc(
          ConfidentialityClass,
          "ISMAP 等の保証を求める機密性の下限",
          "Lowest confidentiality class that needs ISMAP or equivalent assurance",
        ),
        clickThroughMaxConfidentiality: doc(
          ConfidentialityClass,
          "約款による外部サービスで、安全性の確認（ISMAP 登録等）なしに扱える機密性の上限。これより上の区分は、assuranceRequiredFrom に達しない区分でも安全性の確認を求める（click-through-low-confidentiality）",
          "Highest confidentiality class a click-through service may handle without confirmed security (ISMAP registration or the like); above it, assurance is asked for even below assuranceRequiredFrom (click-through-low-confidentiality)",
        ),
        allowedDataLocations: doc(z.array(Text).min(1), "住民情報の保存を認める国", "Countries where resident data may be stored"),
      }),
      "クラウドサービスの要件",
      "Cloud service requirements",
    ),
    handling: doc(
      z.strictObject({
        protectFrom: doc(
          ConfidentialityClass,
          "暗号化・施錠保管等の取扱制限を課す機密性の下限（例：C2）",
          "Lowest confidentiality class with handling restrictions such as encryption (e.g. C2)",
        ),
        municipalTerminalsFrom: doc(
          ConfidentialityClass,
          "市支給端末でのみ扱う機密性の下限（例：C3）",
          "Lowest confidentiality class handled only on municipality-issued terminals (e.g. C3)",
        ),
        myNumberMinimum: doc(
          ConfidentialityClass,
          "特定個人情報に求める機密性の下限",
          "Lowest confidentiality class acceptable for My Number data",
        ),
        personalInformationMinimum: doc(
          ConfidentialityClass,
          "個人情報に求める機密性の下限",
          "Lowest confidentiality class acceptable for personal information",
        ),
      }),
      "分類に応じた取扱いのしきい値",
      "Thresholds for class-based handling",
    ),
    exceptions: ExceptionRules,
    checks: doc(
      z.record(z.string(), CheckOverride),
      "チェックごとの設定（無効化・重大度の変更）",
      "Per-check overrides (disable, change severity)",
    ),
  }),
  "団体ごとに異なるパラメータ（プロファイル）",
  "The parameters that differ between municipalities (a profile)",
  "Profile",
);
export type Profile = z.infer<typeof Profile>;

/** The dotted paths of the leaves of an object type (arrays count as leaves). */
type Leaves<T, P extends string = ""> = {
  [K in keyof T & string]-?: T[K] extends readonly unknown[] ? `${P}${K}` : T[K] extends object ? Leaves<T[K], `${P}${K}.`> : `${P}${K}`;
}[keyof T & string];
/** A profile parameter by its dotted path (`intervals.auditMonths`): every key except identity and per-check overrides. */
export type ProfileParameter = Leaves<Omit<Profile, "$schema" | "id" | "version" | "title" | "checks" | "nationalSystems">>;

const shape = Profile.shape;

/**
 * A profile as written in a JSON or YAML file: any subset of a profile's values plus `extends`,
 * the built-in profile id (e.g. `hitoyoshi-2026-03`) or the relative file path it builds on.
 * Objects merge key by key; arrays replace the base's. `id` and `version` name the result.
 */
export const ProfileDocument = doc(
  z.strictObject({
    $schema: shape.$schema,
    extends: doc(
      z.string().min(1).optional(),
      "継承元：組込みプロファイルの id（例：hitoyoshi-2026-03）またはこのファイルからの相対パス（例：./base.yaml）",
      "What this profile builds on: a built-in profile id (e.g. hitoyoshi-2026-03) or a path relative to this file (e.g. ./base.yaml)",
    ),
    id: shape.id,
    version: shape.version,
    title: shape.title,
    municipality: shape.municipality.optional(),
    prefecture: shape.prefecture.optional(),
    securityCloud: shape.securityCloud.optional(),
    coveredBodies: shape.coveredBodies.optional(),
    networkModel: shape.networkModel.optional(),
    classificationScheme: shape.classificationScheme.optional(),
    guidelineBaseline: shape.guidelineBaseline.optional(),
    approvedSpecificCommunications: shape.approvedSpecificCommunications.optional(),
    nationalSystems: shape.nationalSystems,
    intervals: shape.intervals.partial().optional(),
    trainingCompletionRatePercent: shape.trainingCompletionRatePercent.optional(),
    patchSlaDays: shape.patchSlaDays.partial().optional(),
    logRetentionDays: shape.logRetentionDays.optional(),
    screenLockMinutes: shape.screenLockMinutes.optional(),
    deprovisioningDays: shape.deprovisioningDays.optional(),
    requiredContractClauses: shape.requiredContractClauses.optional(),
    cloud: shape.cloud.partial().optional(),
    handling: shape.handling.partial().optional(),
    exceptions: shape.exceptions.partial().optional(),
    checks: shape.checks.optional(),
  }),
  "プロファイルの文書（JSON・YAML）。extends で継承元を指定し、変える値だけを書く。オブジェクトは項目ごとに、配列は丸ごと置き換える。未知のチェック id や分類体系と合わない分類は resolveProfile が検出する",
  "A profile document (JSON or YAML): name what it builds on in extends and write only the values that change. Objects merge key by key; arrays replace. Unknown check ids and classes outside the scheme are reported by resolveProfile (JSON Schema cannot express them)",
  "ProfileDocument",
);
export type ProfileDocument = z.infer<typeof ProfileDocument>;

/** Where one value of a profile comes from: the policy itself, the national guideline, or recommended practice. */
export interface ProfileSource {
  readonly basis: "policy" | "guideline" | "practice";
  /** The clause, guideline section or reasoning behind the value. */
  readonly source: Bilingual;
}

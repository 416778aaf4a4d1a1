import { z } from "zod";
import { EvidenceRefs, fact, IsoDate, Text } from "./common.js";
import { GuidelineBaseline, NetworkModel } from "./network-model.js";
import { ClassificationScheme } from "./asset-class.js";
import { StaffCategory, SecurityRole } from "./organisation.js";
import { doc } from "./registry.js";

export { BCP_SCENARIO_LABELS } from "./values/municipality.js";

const dated = (ja: string, en: string) => fact(IsoDate, ja, en);

/** A scenario an ICT-BCP plans for. */
export const BcpScenario = doc(
  z.enum(["disaster", "staff-shortage", "infrastructure-outage", "cyber-attack"]),
  "ICT-BCP が想定する事象：disaster（災害）、staff-shortage（要員不足）、infrastructure-outage（インフラの障害）、cyber-attack（サイバー攻撃）",
  "Scenario of an ICT-BCP: disaster, staff-shortage, infrastructure-outage, cyber-attack",
  "BcpScenario",
);
export type BcpScenario = z.infer<typeof BcpScenario>;

/** One finding of an audit or self-inspection, with the date the municipality set for fixing it. */
export const AuditFinding = doc(
  z.strictObject({
    summary: fact(Text, "指摘の要旨", "What was found"),
    dueOn: fact(IsoDate, "改善の期限（改善計画で定めた日）", "Date by which it is to be fixed (from the remediation plan)"),
    closedOn: fact(IsoDate, "改善を完了した日（未完了なら省略）", "Date it was fixed (omit while open)"),
  }),
  "監査・自己点検の指摘事項",
  "A finding of an audit or self-inspection",
  "AuditFinding",
);
export type AuditFinding = z.infer<typeof AuditFinding>;

/** A dated activity (audit, self-inspection, drill…). */
export const Activity = doc(
  z.strictObject({
    date: doc(IsoDate, "実施日", "Date carried out"),
    kind: fact(Text, "種別（例：internal、external、targeted-mail）", "Kind (e.g. internal, external, targeted-mail)"),
    scope: fact(Text, "対象範囲", "Scope"),
    openFindings: fact(z.int().nonnegative(), "未対応の指摘事項の数", "Number of findings not yet followed up"),
    findings: fact(
      z.array(AuditFinding),
      "指摘事項ごとの改善期限と完了日（あれば openFindings より優先して判定する）",
      "Each finding with its due date and closing date (judged in preference to openFindings)",
    ),
    policyReviewNeeded: fact(
      z.boolean(),
      "監査・自己点検の結果、ポリシーの見直しが必要とされたか（8）",
      "Whether the audit or self-inspection found that the policy needs review (8)",
    ),
    evidence: EvidenceRefs,
  }),
  "実施した活動（監査・自己点検・訓練等）",
  "An activity carried out (audit, self-inspection, drill…)",
  "Activity",
);
export type Activity = z.infer<typeof Activity>;

/** Facts about the municipality as a whole; omitted in a vendor's delivery spec. */
export const Municipality = doc(
  z.strictObject({
    name: doc(Text, "団体名", "Name of the municipality"),
    prefecture: fact(Text, "都道府県", "Prefecture"),
    standardsEstablishedOn: dated(
      "情報セキュリティ対策基準を策定（最後に改定）した日（9）。内容は非公開のままでよい",
      "Date the security standards were established or last revised (9); their content may stay non-public",
    ),
    externalServiceRules: fact(
      Text,
      "外部サービス（クラウドサービス）の利用にかかる規定の参照（6(8)）。内容は非公開のままでよい",
      "Reference to the rules on using external (cloud) services (6(8)); their content may stay non-public",
    ),
    staffCategoriesAbsent: fact(
      z.array(StaffCategory),
      "在籍していない職員等の区分（例：非常勤職員がいない → [part-time]）。周知・研修の対象に含めなくてよい",
      "Staff categories the municipality has no one in (e.g. no part-time staff → [part-time]); acknowledgement and training need not cover them",
    ),
    roles: fact(
      z.array(
        z.strictObject({
          role: SecurityRole,
          person: doc(Text, "担当者（職名・氏名）", "Holder (post or name)"),
          department: fact(Text, "所属", "Department"),
        }),
      ),
      "情報セキュリティの体制（役割と担当者）",
      "Security organisation: roles and who holds them",
    ),
    csirt: fact(
      z.strictObject({
        established: fact(z.boolean(), "CSIRTを設置しているか", "Whether a CSIRT is established"),
        contact: fact(Text, "連絡先", "Contact"),
      }),
      "CSIRT",
      "CSIRT",
    ),
    policyAcknowledgement: fact(
      z.strictObject({
        staffCategories: fact(
          z.array(StaffCategory),
          "ポリシーの周知・誓約を得た職員等の区分",
          "Staff categories that acknowledged the policy",
        ),
        lastDate: dated("最後に周知した日", "Date of the last acknowledgement round"),
      }),
      "ポリシーの周知と遵守の誓約（5）",
      "Policy acknowledgement by staff (5)",
    ),
    training: fact(
      z.strictObject({
        lastDate: dated("最後に研修を実施した日", "Date of the last training"),
        completionRate: fact(z.number().min(0).max(100), "受講率（%）", "Completion rate (%)"),
        staffCategories: fact(z.array(StaffCategory), "対象とした職員等の区分", "Staff categories covered"),
      }),
      "情報セキュリティ研修",
      "Security training",
    ),
    drills: fact(
      z.array(Activity),
      "訓練（標的型メール訓練、インシデント対応訓練等）",
      "Drills (targeted-mail exercises, incident response drills…)",
    ),
    audits: fact(z.array(Activity), "情報セキュリティ監査（kind: internal / external）", "Security audits (kind: internal / external)"),
    selfInspections: fact(z.array(Activity), "自己点検", "Self-inspections"),
    incidentResponsePlan: fact(
      z.strictObject({
        exists: fact(z.boolean(), "緊急時対応計画を策定しているか", "Whether an emergency response plan exists"),
        lastReviewed: dated("最後に見直した日", "Date last reviewed"),
        reportingRoutes: fact(z.boolean(), "報告経路を定めているか", "Whether reporting routes are defined"),
      }),
      "緊急時対応計画（6(7)）",
      "Emergency response plan (6(7))",
    ),
    policyReview: fact(
      z.strictObject({
        lastReviewed: dated("最後にポリシーを見直した日", "Date the policy was last reviewed"),
        riskAnalysis: fact(z.boolean(), "脅威の発生可能性と損失を分析したか", "Whether likelihood and loss were analysed"),
        reviewedUnder: fact(
          z.strictObject({
            networkModel: fact(NetworkModel, "見直し時のネットワークモデル", "Network model at the review"),
            classificationScheme: fact(ClassificationScheme, "見直し時の分類体系", "Classification scheme at the review"),
            guidelineBaseline: fact(GuidelineBaseline, "見直し時に準拠したガイドラインの版", "Guideline revision followed at the review"),
          }),
          "最後の見直しの前提（状況の変化を判定するため、8）",
          "What the last review assumed, to tell a change of circumstances (8)",
        ),
      }),
      "ポリシーの見直し（8）",
      "Policy review (8)",
    ),
    bcp: fact(
      z.strictObject({
        exists: fact(z.boolean(), "情報システムの業務継続計画（ICT-BCP）があるか", "Whether an ICT business continuity plan exists"),
        lastReviewed: dated("最後に見直した日", "Date last reviewed"),
        scenarios: fact(z.array(BcpScenario), "想定する事象", "Scenarios covered"),
        coveredSystems: fact(z.array(Text), "計画が対象とするシステム（systems の id）", "Systems the plan covers (ids from systems)"),
      }),
      "ICT-BCP",
      "ICT business continuity plan",
    ),
    evidence: EvidenceRefs,
  }),
  "団体全体の事実（事業者の納品仕様書では省略）",
  "Facts about the municipality as a whole (omitted in a vendor's delivery spec)",
  "Municipality",
);
export type Municipality = z.infer<typeof Municipality>;

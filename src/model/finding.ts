import { z } from "zod";
import { CLAUSE_IDS } from "../policy/clauses.js";
import { IsoDate, Text } from "./common.js";
import { MeasureArea } from "./measure-area.js";
import { doc } from "./registry.js";
import { OUTCOME_IDS, SEVERITY_IDS } from "./values/finding.js";
import { ThreatId } from "./threat.js";
import { Zone } from "./zone.js";
import type { Bilingual } from "./values/common.js";

export { OUTCOMES, SEVERITIES, SEVERITY_LABELS, TARGET_KIND_LABELS } from "./values/finding.js";

export const ClauseIdSchema = doc(
  z.enum(CLAUSE_IDS),
  "基本方針の条項番号（例：6(3)①）",
  "Clause number of the basic policy (e.g. 6(3)①)",
  "ClauseId",
);

/** Outcome of a check for one target. */
export const Outcome = doc(
  z.enum(OUTCOME_IDS),
  "結果：fail（不適合）、needs-evidence（証跡不足）、waived（例外措置により免除）、pass（適合）、not-applicable（対象外）、error（チェック自体が失敗し、判定できなかった）",
  "Outcome: fail, needs-evidence (a required fact is missing), waived (covered by an approved exception), pass, not-applicable, error (the check itself failed, so nothing was judged)",
  "Outcome",
);
export type Outcome = z.infer<typeof Outcome>;

/** Severity of a finding: critical, high, medium or low. */
export const Severity = doc(
  z.enum(SEVERITY_IDS),
  "重大度：critical、high、medium、low",
  "Severity: critical, high, medium or low",
  "Severity",
);
export type Severity = z.infer<typeof Severity>;

/** Where a requirement comes from: the policy itself, the national guideline, or recommended practice. */
export const Basis = doc(
  z.enum(["policy", "guideline", "practice"]),
  "根拠：policy（基本方針そのもの）、guideline（総務省ガイドライン）、practice（推奨される運用。基本方針の文言ではない）",
  "Basis: policy (the basic policy itself), guideline (the national guideline), practice (recommended practice, not the policy's words)",
  "Basis",
);
export type Basis = z.infer<typeof Basis>;
/**
 * What each severity means for the 課長 who signs the report (docs/severity.md). Every built-in
 * check's severity follows this rubric; the check pages quote the line of their severity.
 */
export const SEVERITY_RUBRIC: Readonly<Record<Severity, Bilingual>> = {
  critical: {
    ja: "三層の分離（マイナンバー利用事務系の分離、LGWAN接続系とインターネット接続系の通信経路の分割）が破れており、住民情報が今まさに流出しうる。直ちに止めるか塞ぐ",
    en: "The three-zone separation (the isolation of the My Number zone, or the split between the LGWAN and internet zones) is broken and resident data is exposed now. Stop or close it at once",
  },
  high: {
    ja: "住民情報や重要な情報資産を守る対策が欠けており、事故が起きれば漏えい・改ざん・長時間の停止に直結する。次の点検までに是正する",
    en: "A measure that protects resident data or important assets is missing; an incident would lead directly to leakage, tampering or a long outage. Fix it before the next inspection",
  },
  medium: {
    ja: "対策はあるが不十分、または管理（記録・定期的な実施・確認）が欠けている。単独では直ちに事故につながらないが、計画的に是正する",
    en: "A measure exists but falls short, or its management (records, periodic activity, verification) is missing. Not an incident by itself; fix it on a plan",
  },
  low: {
    ja: "推奨される運用からのずれ、記載の整合、または他の対策で補われる小さな不足。次の見直しで扱う",
    en: "A departure from recommended practice, a consistency issue in the records, or a small gap other measures cover. Handle it at the next review",
  },
};
/** Labels of the bases. */
export const BASIS_LABELS: Readonly<Record<Basis, Bilingual>> = {
  policy: { ja: "基本方針", en: "policy" },
  guideline: { ja: "ガイドライン", en: "guideline" },
  practice: { ja: "推奨される運用", en: "recommended practice" },
};

/** Text in both languages. */
export const LocalizedText = doc(
  z.strictObject({ ja: z.string(), en: z.string() }),
  "日本語と英語の文",
  "Text in Japanese and English",
  "LocalizedText",
);
export type LocalizedText = z.infer<typeof LocalizedText>;

/**
 * A message template of a check: text in both languages with `{{placeholders}}`, and, where the
 * requirement behind this message rests on something other than the check's basis, its own basis
 * and reference (e.g. "no link in principle" is policy, the exception's port restriction guideline).
 */
export const MessageTemplate = doc(
  z.strictObject({
    ja: z.string(),
    en: z.string(),
    basis: doc(
      Basis.optional(),
      "このメッセージの根拠（チェックの根拠と異なる場合）",
      "Basis of this message, where it differs from the check's",
    ),
    reference: doc(
      LocalizedText.optional(),
      "根拠の出典（ガイドラインの節の名称、または推奨の理由）",
      "Where the requirement comes from (the guideline section by title, or the reason for the recommendation)",
    ),
    severity: doc(
      z.enum(SEVERITY_IDS).optional(),
      "このメッセージの既定の重大度（チェックの重大度と異なる場合。プロファイルの指定が優先）",
      "Default severity of this message where it differs from the check's (a profile's override still wins)",
    ),
    clauses: doc(
      z.array(ClauseIdSchema).min(1).optional(),
      "このメッセージの結果が引用する条項（チェックの条項の一部である場合。チェックの条項にないものは引用しない）",
      "Clauses the findings of this message cite, where they are some of the check's (one the check does not list is not cited)",
    ),
    remediation: doc(
      LocalizedText.optional(),
      "このメッセージの結果に対する対応（チェックの対応と異なる場合）",
      "What to do about this message's findings, where it differs from the check's remediation",
    ),
    askedBy: doc(
      z
        .strictObject({
          check: doc(z.string().min(1), "同じ事実を問うチェックの id", "Id of the check that asks for the same fact"),
          what: doc(
            LocalizedText,
            "問われる事実（例：機密性の分類（confidentiality））",
            "The fact asked for (e.g. the confidentiality class)",
          ),
        })
        .optional(),
      "この証跡不足と同じ事実を、同じ対象で別のチェックが問う場合のそのチェック。そのチェックが実行され当てはまるときは、この証跡不足を報告しない（一つの記載漏れに一つの指摘）",
      "Where another check asks for the same missing fact of the same target: while that check runs and applies there, this needs-evidence is not reported (one gap, one finding)",
    ),
  }),
  "メッセージのひな形",
  "Message template",
  "MessageTemplate",
);
export type MessageTemplate = z.infer<typeof MessageTemplate>;

/** Kinds of thing a check evaluates, one result per target. */
export const TargetKind = doc(
  z.enum(["description", "municipality", "system", "connection", "vendor", "cloudService", "socialMediaAccount"]),
  "評価の対象の種類",
  "Kind of target a check evaluates",
  "TargetKind",
);
export type TargetKind = z.infer<typeof TargetKind>;

/** The thing a result is about. */
export const Target = doc(
  z.strictObject({
    kind: TargetKind,
    id: doc(z.string().optional(), "対象の id", "Id of the target"),
    name: doc(
      z.string().optional(),
      "対象の名称（システム・事業者・クラウドサービスなど名称のあるもの）",
      "Name of the target (systems, vendors, cloud services and others that have one)",
    ),
    path: doc(z.string(), "対象の JSON ポインタ", "JSON pointer of the target"),
  }),
  "評価の対象",
  "The target evaluated",
  "Target",
);
export type Target = z.infer<typeof Target>;

/** One hop of a path through the network, for findings about paths. */
export const Hop = doc(
  z.strictObject({
    node: doc(z.string(), "ノード（システム id または external:名前）", "Node (system id or external:name)"),
    zone: doc(Zone.optional(), "ノードの領域", "Zone of the node"),
    connection: doc(z.string().optional(), "次のノードへの接続の id", "Connection id to the next node"),
    mustChange: doc(z.boolean().optional(), "この接続を変更する必要がある", "This hop must change"),
  }),
  "経路の1ホップ",
  "One hop of a network path",
  "Hop",
);
export type Hop = z.infer<typeof Hop>;

/** Where in a source file a finding points. */
export const SourceLocation = doc(
  z.strictObject({
    file: z.string(),
    line: z.int().positive(),
    column: z.int().positive(),
    sheet: doc(z.string().optional(), "ワークシート名（Excel ブックから読んだとき）", "Worksheet (when read from an Excel workbook)"),
    cell: doc(
      z.string().optional(),
      "セル番地（例：D12。表計算ファイルから読んだとき）",
      "Cell address (e.g. D12, when read from a spreadsheet)",
    ),
  }),
  "ファイル上の位置（1始まり）。表計算ファイルでは line が行、column が列",
  "Position in a source file (1-based); for spreadsheets line is the row and column the column",
  "SourceLocation",
);
export type SourceLocation = z.infer<typeof SourceLocation>;

/** The exception that waived a failure. */
export const AppliedWaiver = doc(
  z.strictObject({
    reference: Text,
    reason: Text,
    approvedBy: Text,
    expiresOn: IsoDate,
    compensatingControl: doc(Text.optional(), "代替措置", "Compensating control"),
    myNumberPolicyControl: doc(
      z.literal(true).optional(),
      "マイナンバー利用事務系の基本方針上の対策（6(3)①）への例外措置（常に報告に示す）",
      "An exception to a policy-level My Number control (6(3)①), always shown in reports",
    ),
  }),
  "適用した例外措置",
  "The exception applied",
  "AppliedWaiver",
);

/** One result: a check's outcome for one target, with the message, path and clauses behind it. */
export const Finding = doc(
  z.strictObject({
    checkId: doc(z.string(), "チェックの id", "Check id"),
    outcome: Outcome,
    severity: Severity,
    area: MeasureArea,
    basis: doc(Basis, "この指摘の根拠（発したメッセージの根拠）", "Basis of this finding (that of the message that fired)"),
    reference: doc(
      LocalizedText.optional(),
      "根拠の出典（ガイドライン・推奨される運用の場合）",
      "Where the requirement comes from (for guideline and practice)",
    ),
    messageId: doc(z.string(), "メッセージの id", "Message id"),
    message: LocalizedText,
    path: doc(z.string(), "記述の中の位置（JSON ポインタ、RFC 6901）", "Position in the description (JSON pointer, RFC 6901)"),
    target: Target,
    clauses: doc(
      z.array(ClauseIdSchema),
      "この結果の根拠条項（チェックの条項のうち、この結果に当たるもの。例：接続が越える領域の境界の条項）",
      "Clauses this result derives from: those of its check's clauses that apply to it (e.g. the clause of the zone boundary a link crosses)",
    ),
    threats: z.array(ThreatId),
    remediation: doc(LocalizedText.optional(), "対応方法（fail・needs-evidence のとき）", "What to do (for fail and needs-evidence)"),
    data: doc(
      z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
      "メッセージに埋め込んだ値",
      "Values filled into the message",
    ),
    trace: doc(z.array(Hop).optional(), "ネットワーク上の経路（ホップ順）", "Network path, hop by hop"),
    waiver: doc(AppliedWaiver.optional(), "適用した例外措置", "Exception applied"),
    location: doc(SourceLocation.optional(), "ファイル上の位置（CLI が付与）", "Position in the source file (added by the CLI)"),
    fingerprint: doc(
      z.string().optional(),
      "指摘の指紋（ファイル・チェック・対象・メッセージ・値から計算。行の移動や並べ替えでは変わらない。ベースラインの照合に使う）",
      "Fingerprint of the finding (from file, check, target, message and values; unchanged by moved lines or reordering; used to match a baseline)",
    ),
    baselineState: doc(
      z.enum(["new", "unchanged"]).optional(),
      "ベースラインとの比較：new（ベースラインにない）、unchanged（ベースラインにある）",
      "Against the baseline: new (not in the baseline) or unchanged (in the baseline)",
    ),
  }),
  "評価結果の1件",
  "One result of the evaluation",
  "Finding",
);
export type Finding = z.infer<typeof Finding>;

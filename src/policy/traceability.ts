/**
 * Traceability of the basic policy: every clause is cited by a check, implemented by an element of
 * the model, structural (a heading whose content lives in its sub-clauses), or marked
 * "organisational, not machine-checkable" with the reason. docs/traceability.md is generated from
 * this file and the checks; a meta-test fails when a clause has no trace.
 */
import { CLAUSES, type ClauseData, type ClauseId, isClauseId } from "./clauses.js";

/** Text in both languages (kept local so the policy layer does not depend on the zod models). */
export interface TraceText {
  readonly ja: string;
  readonly en: string;
}

/** A named export of the library that implements (part of) a clause. */
export interface ModelElement {
  /** The exported name, e.g. `Zone`. */
  readonly name: string;
  /** The module that exports it, relative to `src/` and with the `.ts` suffix, e.g. `model/zone.ts`. */
  readonly module: string;
  /** How the element carries the clause. */
  readonly role: TraceText;
}

const t = (ja: string, en: string): TraceText => ({ ja, en });
const el = (name: string, module: string, ja: string, en: string): ModelElement => ({ name, module, role: t(ja, en) });

const zone = el("Zone", "model/zone.ts", "システムの領域（mynumber・lgwan・internet）", "The zone of a system (mynumber, lgwan, internet)");
const zones = el("ZONES", "model/zone.ts", "各領域の名称と定義条項", "Labels and defining clauses of each zone");
const threatId = el(
  "ThreatId",
  "model/threat.ts",
  "チェックが軽減する脅威の区分（T1〜T5）",
  "The threat category a check mitigates (T1–T5)",
);
const threats = el(
  "THREATS",
  "model/threat.ts",
  "脅威の区分と条項に列挙された個別の脅威",
  "Threat categories with the threats the clause lists",
);
const assetScope = el(
  "AssetScope",
  "model/asset-class.ts",
  "情報資産の範囲（dataAssets[].scope）",
  "The asset scope of a data asset (dataAssets[].scope)",
);
const measureArea = el(
  "MeasureArea",
  "model/measure-area.ts",
  "チェックの対策区分（フォルダ名）",
  "The measure area of a check (its folder)",
);
const flowPolicy = el(
  "FLOW_POLICY",
  "policy/flow-policy.ts",
  "ネットワークモデルごとの領域間の通信の可否",
  "Allowed flows between zones per network model",
);

/**
 * Model elements that implement clauses. A clause may also be cited by checks; both are shown.
 * Only elements that really carry the clause are listed: a definition becomes the type that
 * encodes it, a measure the facts its checks read.
 */
export const MODEL_ELEMENTS: Readonly<Partial<Record<ClauseId, readonly ModelElement[]>>> = {
  "2(1)": [
    el(
      "Connection",
      "model/connection.ts",
      "システム間・外部ネットワークとの通信経路",
      "Communication paths between systems and to external networks",
    ),
    el(
      "ExternalEndpoint",
      "model/endpoint.ts",
      "外部のネットワーク（インターネット、LGWAN、セキュリティクラウド等）",
      "External networks (internet, LGWAN, security cloud …)",
    ),
  ],
  "2(2)": [el("System", "model/system.ts", "記述の単位となる情報システム", "The information system, the unit of a description")],
  "2(3)": [
    el(
      "DataAsset",
      "model/data-asset.ts",
      "システムが扱う情報資産とその分類",
      "The information assets a system handles, with their classes",
    ),
  ],
  "2(4)": [
    el(
      "DataAsset",
      "model/data-asset.ts",
      "機密性・完全性・可用性の3つの分類を持つ情報資産",
      "Information assets carry one class for each of confidentiality, integrity and availability",
    ),
  ],
  "2(5)": [
    el("CLAUSES", "policy/clauses.ts", "基本方針の条項（データ）", "The clauses of the basic policy, as data"),
    el(
      "Profile",
      "model/profile.ts",
      "非公開の対策基準が定める具体的な値（間隔・しきい値等）の代わりに団体が設定するパラメータ。対策基準そのものは扱わない（9 を参照）",
      "Parameters a municipality sets in place of the concrete values its non-public standards fix (intervals, thresholds); the standards themselves are not modelled (see 9)",
    ),
  ],
  "2(6)": [el("ConfidentialityClass", "model/asset-class.ts", "機密性の分類", "Confidentiality class")],
  "2(7)": [el("IntegrityClass", "model/asset-class.ts", "完全性の分類", "Integrity class")],
  "2(8)": [el("AvailabilityClass", "model/asset-class.ts", "可用性の分類", "Availability class")],
  "2(9)": [zone, zones],
  "2(10)": [zone, zones],
  "2(11)": [zone, zones],
  "2(12)": [flowPolicy],
  "2(13)": [
    el(
      "SanitisationMethod",
      "model/connection.ts",
      "無害化の方式（テキスト化、画面転送、ファイル無害化）",
      "Sanitisation methods (text conversion, screen transfer, file sanitisation)",
    ),
  ],
  "3": [threatId, threats],
  "3(1)": [threatId, threats],
  "3(2)": [threatId, threats],
  "3(3)": [threatId, threats],
  "3(4)": [threatId, threats],
  "3(5)": [threatId, threats],
  "4(1)": [
    el(
      "HITOYOSHI_COVERED_BODIES",
      "model/organisation.ts",
      "人吉市の適用対象の行政機関（プロファイルの coveredBodies の既定値）",
      "Hitoyoshi's covered bodies (the default of the profile's coveredBodies)",
    ),
  ],
  "4(2)": [assetScope],
  "4(2)①": [
    el(
      "AssetScope",
      "model/asset-class.ts",
      "scope: systems-and-media（機器・設備・媒体）",
      "scope: systems-and-media (equipment, facilities, media)",
    ),
  ],
  "4(2)②": [
    el(
      "AssetScope",
      "model/asset-class.ts",
      "scope: information（省略時の既定。印刷物を含む）",
      "scope: information (the default; printouts included)",
    ),
  ],
  "4(2)③": [
    el(
      "AssetScope",
      "model/asset-class.ts",
      "scope: documents。仕様書・ネットワーク図等を情報資産として記述すると、分類と取扱いのチェックが他の情報資産と同じく適用される（文書に固有のチェックはない）",
      "scope: documents. Specifications and network diagrams listed as data assets get the same classification and handling checks as other assets (no check is specific to documents)",
    ),
  ],
  "5": [
    el(
      "StaffCategory",
      "model/organisation.ts",
      "職員等の区分（職員・非常勤職員・会計年度任用職員）",
      "Staff categories (regular, part-time, fiscal-year appointees)",
    ),
  ],
  "6": [measureArea],
  "6(1)": [el("SecurityRole", "model/organisation.ts", "情報セキュリティの役割", "Roles of the security organisation")],
  "6(2)": [el("ClassificationScheme", "model/asset-class.ts", "分類体系（legacy・r6）", "Classification scheme (legacy, r6)")],
  "6(3)": [el("NetworkModel", "model/network-model.ts", "ネットワークモデル（α・α'・β・β'）", "Network model (α, α', β, β')"), flowPolicy],
  "6(3)①": [zone],
  "6(3)②": [zone, flowPolicy],
  "6(3)③": [zone, flowPolicy],
  "6(7)": [el("Waiver", "model/waiver.ts", "例外措置", "Exceptions (waivers)")],
  "6(8)": [
    el("Vendor", "model/vendor.ts", "委託事業者と契約", "Contractors and their contracts"),
    el("CloudService", "model/cloud-service.ts", "外部サービス（クラウドサービス）", "External (cloud) services"),
    el("SocialMediaAccount", "model/social-media-account.ts", "ソーシャルメディアアカウント", "Social media accounts"),
  ],
  "6(9)": [
    el("Activity", "model/municipality.ts", "監査・自己点検等の実施記録", "Records of audits, self-inspections and other activities"),
  ],
  "7": [el("Activity", "model/municipality.ts", "監査・自己点検の実施記録", "Records of audits and self-inspections")],
  "9": [
    el(
      "Municipality",
      "model/municipality.ts",
      "standardsEstablishedOn：対策基準を策定した日（内容は扱わない）",
      "standardsEstablishedOn: the date the standards were established (their content is not modelled)",
    ),
  ],
  "10": [
    el(
      "System",
      "model/system.ts",
      "procedureRef：システムごとの実施手順の参照（内容は扱わない）",
      "procedureRef: a reference to each system's operating procedure (its content is not modelled)",
    ),
  ],
};

/**
 * Clauses no check can verify from a system description, with the reason. A clause listed here
 * must not be cited by a check (the meta-test says which entry to drop when one starts to be).
 */
export const ORGANISATIONAL_CLAUSES: Readonly<Partial<Record<ClauseId, TraceText>>> = {
  序: t(
    "ポリシーの構成（基本方針と対策基準の2階層、システムごとの実施手順）を説明する条項で、システムの記述が満たしたり破ったりできる要件を定めていない。対策基準と実施手順は非公開の文書であり、このライブラリはその内容を読まない。",
    "Explains how the policy is built (the basic policy and the standards, plus per-system procedures); it sets no requirement a system description could meet or break. The standards and procedures are non-public documents this library does not read.",
  ),
  "1": t(
    "目的を述べる条項で、それ自体の要件はない。目的である情報資産の機密性・完全性・可用性の維持は、6 の対策を通じてチェックに現れる。",
    "States the purpose and sets no requirement of its own. Its aim, keeping the confidentiality, integrity and availability of information assets, reaches the checks through the measures of clause 6.",
  ),
};

/** One duty within a clause: the words that impose it, and what traces it. */
export interface Duty {
  /** The clause that imposes the duty. */
  readonly clause: ClauseId;
  /** The duty: the policy's words (ja) and their meaning (en). */
  readonly duty: TraceText;
  /** Checks that judge the duty, in whole or in part. */
  readonly checks?: readonly string[];
  /** Model elements that carry it. */
  readonly models?: readonly ModelElement[];
  /** Why it is not (or only partly, or only indirectly) checked: "not modelled, by choice" and the reason. */
  readonly reason?: TraceText;
}

const duty = (clause: ClauseId, ja: string, en: string, trace: Omit<Duty, "clause" | "duty">): Duty => ({
  clause,
  duty: t(ja, en),
  ...trace,
});

/**
 * The duties within clauses that impose more than one (review §6): each is mapped to the checks
 * that judge it, the model elements that carry it, or the reason it is not checked. Clauses not
 * listed here impose one duty, traced at the clause level.
 */
export const DUTIES: readonly Duty[] = [
  duty("4(2)②", "ネットワーク及び情報システムで取り扱う情報（これらを印刷した文書を含む。）", "Information handled, printouts included", {
    checks: ["disposal-irrecoverable"],
    models: [el("AssetScope", "model/asset-class.ts", "scope: information（印刷物を含む）", "scope: information (printouts included)")],
    reason: t(
      "印刷物は廃棄だけを確かめている。機密性2以上の印刷物の施錠保管と持ち出しの制限（同じ取扱制限の一部）は記述に項目がなく、確かめていない（選択によりモデル化していない）。",
      "Printouts are checked at disposal only. Locked storage and take-out limits for printouts of confidentiality 2 or above (part of the same handling restrictions) have no field and are not checked (not modelled, by choice).",
    ),
  }),
  duty("5", "情報セキュリティの重要性について共通の認識を持ち", "Share an understanding of why security matters", {
    checks: ["training-current", "training-covers-all-staff", "training-completion-rate"],
    reason: t(
      "一部は間接的に追跡：研修の時期と受講率のチェックは 6(5) を引用する。",
      "Partly traced indirectly: the training date and rate checks cite 6(5).",
    ),
  }),
  duty("5", "情報セキュリティポリシー…を遵守しなければならない", "Comply with the security policy", {
    checks: ["policy-acknowledged", "policy-acknowledgement-current"],
    reason: t(
      "一人ひとりの遵守は監査・自己点検で確かめる事柄であり、記述からは判定しない。周知と誓約（ガイドラインによる方法）がされていることを確かめる。",
      "Each person's compliance is for audits and self-inspections to establish; a description cannot show it. The checks confirm the policy was made known and pledged to (the guideline's way).",
    ),
  }),
  duty("5", "情報セキュリティ実施手順を遵守しなければならない", "Comply with the operating procedures", {
    checks: ["system-procedure-established"],
    reason: t(
      "遵守の前提である実施手順の有無を確かめる。遵守そのものは監査・自己点検の事柄。",
      "The checks confirm the procedures exist, the precondition of compliance; compliance itself is for audits and self-inspections.",
    ),
  }),
  duty("6(1)", "情報セキュリティ対策を推進する全庁的な組織体制を確立する", "Establish an organisation-wide security organisation", {
    checks: ["security-roles-assigned", "csirt-established", "roles-not-combined", "system-owner-and-administrator"],
  }),
  duty("6(5)", "職員等が遵守すべき事項を定める", "Set what staff must observe", {
    checks: ["standards-established"],
    reason: t(
      "遵守事項は非公開の対策基準（9）に定める。対策基準が策定されていることを確かめ、遵守事項の内容は選択によりモデル化していない。",
      "What staff must observe is set in the non-public standards (9). The check confirms the standards exist; their content is not modelled, by choice.",
    ),
  }),
  duty("6(5)", "十分な教育及び啓発を行う", "Educate and raise awareness sufficiently", {
    checks: ["training-current", "training-covers-all-staff", "training-completion-rate", "drills-current"],
  }),
  duty("6(7)", "情報システムの監視", "Monitor information systems", { checks: ["availability-monitoring", "security-monitoring"] }),
  duty("6(7)", "情報セキュリティポリシーの遵守状況の確認", "Confirm compliance with the policy", {
    checks: ["self-inspection-current", "audit-current"],
    reason: t(
      "間接的に追跡：遵守状況の確認は自己点検・監査（7、6(9)）のチェックで確かめ、それらは 6(7) ではなく 7 と 6(9) を引用する。",
      "Traced indirectly: compliance is confirmed through the self-inspection and audit checks, which cite 7 and 6(9) rather than 6(7).",
    ),
  }),
  duty("6(7)", "業務委託を行う際のセキュリティ確保", "Secure outsourcing", {
    checks: ["vendor-contract-security-clauses", "vendor-verified", "subcontractors-approved"],
    reason: t("間接的に追跡：業務委託のチェックは 6(8) を引用する。", "Traced indirectly: the outsourcing checks cite 6(8)."),
  }),
  duty("6(7)", "緊急時対応計画を策定する", "Establish an emergency response plan", {
    checks: ["incident-response-plan", "incident-response-plan-reviewed"],
    models: [el("Waiver", "model/waiver.ts", "例外措置（運用の対策基準例による）", "Exceptions (per the model standards on operations)")],
  }),
  duty("6(8)", "委託事業者を選定し", "Select the contractor", { checks: ["vendor-selected-with-security-criteria"] }),
  duty("6(8)", "情報セキュリティ要件を明記した契約を締結し", "Sign a contract stating security requirements", {
    checks: ["vendor-contract-security-clauses", "system-vendors-contracted", "subcontractors-approved", "cloud-contract-in-force"],
  }),
  duty("6(8)", "委託事業者において必要なセキュリティ対策が確保されていることを確認し", "Confirm the contractor's measures are in place", {
    checks: ["vendor-verified"],
  }),
  duty("6(8)", "必要に応じて契約に基づき措置を講じる", "Take measures under the contract where needed", {
    reason: t(
      "選択によりモデル化していない：措置の要否は確認（vendor-verified）で見つかった不備に対する団体の判断であり、記述の事実から判定できない。不備とその措置を記録する項目は設けていない。",
      "Not modelled, by choice: whether to act depends on the municipality's judgement of a shortfall found at verification (vendor-verified), which description facts cannot decide. There is no field for shortfalls and measures taken.",
    ),
  }),
  duty(
    "6(8)",
    "外部サービス（クラウドサービス）を利用する場合には、利用にかかる規定を整備し対策を講じる",
    "Set rules on external services and take measures",
    {
      checks: [
        "cloud-usage-rules-established",
        "cloud-service-registered",
        "cloud-assurance",
        "click-through-low-confidentiality",
        "cloud-data-location",
        "cloud-exit-plan",
        "cloud-admin-mfa",
        "provider-held-data-encrypted",
      ],
    },
  ),
  duty(
    "6(8)",
    "ソーシャルメディアサービスの運用手順を定め、発信できる情報を規定し、サービスごとの責任者を定める",
    "For social media: an operating procedure, what may be published, a responsible person per service",
    { checks: ["social-media-operating-procedure", "social-media-publishable-content", "social-media-responsible-person"] },
  ),
  duty("6(9)", "定期的又は必要に応じて情報セキュリティ監査及び自己点検を実施し", "Audit and self-inspect periodically or as needed", {
    checks: ["audit-current", "self-inspection-current"],
  }),
  duty("6(9)", "運用改善を行い", "Improve operations", { checks: ["audit-findings-followed-up"] }),
  duty("6(9)", "見直しが必要な場合は、適宜情報セキュリティポリシーの見直しを行う", "Review the policy when needed", {
    checks: ["policy-reviewed-after-audit", "policy-review-current"],
  }),
  duty("7", "情報セキュリティ監査…を実施する", "Carry out security audits", { checks: ["audit-current"] }),
  duty("7", "自己点検を実施する", "Carry out self-inspections", { checks: ["self-inspection-current"] }),
  duty("8", "監査及び自己点検の結果、見直しが必要となった場合", "Review after audit or self-inspection results call for it", {
    checks: ["policy-reviewed-after-audit"],
  }),
  duty("8", "状況の変化に対応するため新たに対策が必要になった場合", "Review when a change of circumstances calls for new measures", {
    checks: ["policy-reviewed-after-change", "policy-review-current"],
    reason: t(
      "ネットワークモデル・分類体系・準拠するガイドラインの版の変更を状況の変化として判定する。それ以外の変化（新たな脅威等）は定期的な見直し（推奨される運用）で拾う。",
      "A change of network model, classification scheme or guideline revision is judged as a change of circumstances; other changes (new threats) are caught by the periodic review (recommended practice).",
    ),
  }),
  duty("8", "脅威の発生の可能性及び発生時の損失等を分析し、リスクを検討した上で", "Analyse likelihood and loss, then consider the risk", {
    checks: ["policy-review-risk-analysis"],
  }),
  duty("9", "情報セキュリティ対策基準を策定する", "Establish the security standards", {
    checks: ["standards-established"],
    models: [el("Municipality", "model/municipality.ts", "standardsEstablishedOn", "standardsEstablishedOn")],
    reason: t(
      "対策基準は非公開であり、策定の有無（日付）だけを記録する。内容は選択によりモデル化していない。",
      "The standards are non-public; only that they exist (their date) is recorded. Their content is not modelled, by choice.",
    ),
  }),
  duty("10", "情報セキュリティ実施手順を策定する", "Establish the operating procedures", {
    checks: ["system-procedure-established"],
    models: [el("System", "model/system.ts", "procedureRef", "procedureRef")],
    reason: t(
      "実施手順は非公開であり、システムごとの参照だけを記録する。内容は選択によりモデル化していない。",
      "Procedures are non-public; only a reference per system is recorded. Their content is not modelled, by choice.",
    ),
  }),
];

/** Problems with the duty table: a duty with no trace, or naming a check that does not exist or does not cite its clause. */
export function dutyProblems(checks: readonly TracedCheck[]): string[] {
  const byId = new Map(checks.map((check) => [check.meta.id, check]));
  const problems: string[] = [];
  for (const d of DUTIES) {
    const where = `Duty "${d.duty.en}" of ${d.clause}`;
    if ((d.checks?.length ?? 0) + (d.models?.length ?? 0) === 0 && d.reason === undefined)
      problems.push(`${where} maps to no check, model element or reason (src/policy/traceability.ts DUTIES).`);
    for (const id of d.checks ?? []) {
      const check = byId.get(id);
      if (check === undefined) problems.push(`${where} names check ${id}, which does not exist.`);
      else if (!check.meta.clauses.includes(d.clause) && d.reason === undefined)
        problems.push(`${where} names check ${id}, which does not cite ${d.clause}; cite it, or give the reason it is traced indirectly.`);
    }
  }
  return problems;
}

/** How one clause is traced. */
export interface ClauseTrace {
  readonly clause: ClauseData;
  /** Ids of the checks citing the clause, sorted. */
  readonly checks: readonly string[];
  readonly models: readonly ModelElement[];
  /** Why the clause is organisational, when it is. */
  readonly organisational?: TraceText;
  /** Sub-clauses; a clause with sub-clauses is structural and traced through them. */
  readonly children: readonly ClauseId[];
  /** Whether the clause has any trace at all. */
  readonly traced: boolean;
}

/** The part of a check traceability reads. */
export interface TracedCheck {
  readonly meta: { readonly id: string; readonly clauses: readonly string[] };
}

/** Traces every clause of the policy, in document order, against the given checks. */
export function traceClauses(checks: readonly TracedCheck[]): ClauseTrace[] {
  const citing = new Map<string, string[]>();
  for (const check of checks) {
    for (const clause of new Set(check.meta.clauses)) citing.set(clause, [...(citing.get(clause) ?? []), check.meta.id]);
  }
  return CLAUSES.map((clause) => {
    const id = clause.id as ClauseId;
    const cited = [...(citing.get(id) ?? [])].sort();
    const models = MODEL_ELEMENTS[id] ?? [];
    const organisational = ORGANISATIONAL_CLAUSES[id];
    const children = CLAUSES.filter((other: ClauseData) => other.parent === id).map((other) => other.id as ClauseId);
    return {
      clause,
      checks: cited,
      models,
      ...(organisational === undefined ? {} : { organisational }),
      children,
      traced: cited.length > 0 || models.length > 0 || organisational !== undefined || children.length > 0,
    };
  });
}

/**
 * What breaks traceability, one message per problem saying how to fix it: clauses without a
 * trace, checks citing clauses the policy does not have, organisational entries for clauses a
 * check cites. Empty when everything is traced.
 */
export function traceabilityProblems(checks: readonly TracedCheck[]): string[] {
  const problems: string[] = [];
  const file = "src/policy/traceability.ts";
  for (const check of checks) {
    for (const clause of check.meta.clauses) {
      if (!isClauseId(clause)) {
        problems.push(
          `Check ${check.meta.id} cites clause "${clause}", which the policy does not have. Use an id from src/policy/clauses.ts in its meta.clauses. / チェック ${check.meta.id} が存在しない条項 "${clause}" を引用している。src/policy/clauses.ts の条項番号にすること。`,
        );
      }
    }
  }
  for (const trace of traceClauses(checks)) {
    const id = trace.clause.id;
    if (!trace.traced) {
      problems.push(
        `Clause ${id} (${trace.clause.title.en}) has no trace. Cite it in a check's meta.clauses, list the model element that implements it in MODEL_ELEMENTS, or add it to ORGANISATIONAL_CLAUSES with the reason (${file}). / 条項 ${id} が追跡できない。チェックの meta.clauses で引用するか、${file} の MODEL_ELEMENTS か ORGANISATIONAL_CLAUSES（理由を添えて）に加えること。`,
      );
    }
    if (trace.organisational !== undefined && trace.checks.length > 0) {
      problems.push(
        `Clause ${id} is marked organisational, but checks cite it (${trace.checks.join(", ")}). Remove it from ORGANISATIONAL_CLAUSES in ${file}, or correct the checks' meta.clauses. / 条項 ${id} は組織的（機械的に確かめられない）とされているが、チェック（${trace.checks.join("、")}）が引用している。${file} の ORGANISATIONAL_CLAUSES から外すか、チェックの meta.clauses を直すこと。`,
      );
    }
  }
  return problems;
}

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
  "9": t(
    "対策基準の策定を定める。対策基準は公にすると行政運営に重大な支障を及ぼすおそれがあるとして非公開とされており、このライブラリはその有無も内容も確かめない（記述にもその項目はない）。対策基準で定めるような具体的な値（間隔・しきい値等）は、プロファイルで推奨値を与え、団体が変更できる。",
    "Requires the security standards to be established. The standards are non-public (publishing them could seriously hinder the city's administration), so this library verifies neither that they exist nor what they say, and a description has no field for them. Concrete values such standards fix (intervals, thresholds) are profile values with recommended defaults that a municipality can change.",
  ),
  "10": t(
    "実施手順（システムごとの運用マニュアル）の策定を定める。実施手順も非公開とされており、このライブラリはその有無も内容も確かめない（記述にもその項目はない）。",
    "Requires the operating procedures (per-system manuals) to be established. They are non-public as well; this library verifies neither that they exist nor what they say, and a description has no field for them.",
  ),
};

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

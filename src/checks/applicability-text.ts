/** A check's applicability in words, for `explain` and the check pages (never raw JSON or ids). */
import type { LocalizedText } from "../model/finding.js";
import { TARGET_KIND_LABELS, type TargetKind } from "../model/finding.js";
import { NETWORK_MODELS } from "../model/network-model.js";
import type { Profile } from "../model/profile.js";
import { ZONES } from "../model/zone.js";
import type { Applicability } from "./define-check.js";

const HANDLING_LABELS: Readonly<Record<string, LocalizedText>> = {
  protectFrom: { ja: "取扱制限を課す機密性の下限", en: "the lowest class with handling restrictions" },
  municipalTerminalsFrom: { ja: "市支給端末でのみ扱う機密性の下限", en: "the lowest class handled only on municipality-issued terminals" },
  myNumberMinimum: { ja: "特定個人情報の機密性の下限", en: "the minimum class of My Number data" },
  personalInformationMinimum: { ja: "個人情報の機密性の下限", en: "the minimum class of personal information" },
};

const joinJa = (items: readonly string[]) => items.join("・");
const joinEn = (items: readonly string[]) =>
  items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1] ?? ""}`;

/**
 * The conditions under which a check applies, one line per condition, in both languages:
 * 「LGWAN接続系のシステム」「αモデルまたはα'モデル」. The field behind a threshold follows in
 * parentheses. A `when` predicate without words says so rather than printing code.
 */
export function describeApplicability(
  target: TargetKind,
  rules: Applicability | undefined,
  profile?: Pick<Profile, "handling">,
): { ja: string[]; en: string[] } {
  const targetLabel = TARGET_KIND_LABELS[target];
  const ja = [`対象：${targetLabel.ja}`];
  const en = [`Target: ${targetLabel.en}`];
  if (rules?.zones !== undefined) {
    ja.push(`領域：${joinJa(rules.zones.map((z) => ZONES[z].label.ja))}のもの`);
    en.push(`Zone: ${joinEn(rules.zones.map((z) => ZONES[z].label.en))}`);
  }
  if (rules?.networkModels !== undefined) {
    ja.push(`ネットワークモデル：${rules.networkModels.map((m) => NETWORK_MODELS[m].ja).join("または")}を採る場合`);
    en.push(`Network model: ${joinEn(rules.networkModels.map((m) => NETWORK_MODELS[m].en))}`);
  }
  if (rules?.confidentialityFrom !== undefined) {
    const key = rules.confidentialityFrom;
    const label = HANDLING_LABELS[key] ?? { ja: key, en: key };
    const value = profile?.handling[key];
    const shown = value === undefined ? "" : `、既定 ${value}`;
    ja.push(`機密性：${label.ja}（handling.${key}${shown}）以上の情報資産を持つもの`);
    en.push(`Confidentiality: holds data at or above ${label.en} (handling.${key}${value === undefined ? "" : `, default ${value}`})`);
  }
  if (rules?.integrity !== undefined) {
    ja.push(`完全性：${rules.integrity} 以上の情報資産を持つもの`);
    en.push(`Integrity: holds data of ${rules.integrity} or higher`);
  }
  if (rules?.availability !== undefined) {
    ja.push(`可用性：${rules.availability} 以上の情報資産を持つもの`);
    en.push(`Availability: holds data of ${rules.availability} or higher`);
  }
  if (rules?.condition !== undefined) {
    ja.push(`条件：${rules.condition.ja}`);
    en.push(`Condition: ${rules.condition.en}`);
  } else if (rules?.when !== undefined) {
    ja.push("条件：チェック固有の条件あり（ソースを参照）");
    en.push("Condition: a further condition of its own (see the source)");
  }
  return { ja, en };
}

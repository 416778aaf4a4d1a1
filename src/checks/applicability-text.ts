/** A check's applicability in words, for `explain` and the check pages (never raw JSON or ids). */
import type { TargetKind } from "../model/finding.js";
import { TARGET_KIND_LABELS } from "../model/values/finding.js";
import { NETWORK_MODELS } from "../model/values/network-model.js";
import type { Profile } from "../model/profile.js";
import { ZONES } from "../model/values/zone.js";
import { HANDLING_LABELS, listLabels } from "../engine/applicability.js";
import type { Applicability } from "./define-check.js";

const joinJa = (items: readonly string[]) => items.join("・");
const joinEn = (items: readonly string[]) => listLabels(items.map((en) => ({ ja: en, en }))).en;

/**
 * The conditions under which a check applies, one line per condition, in both languages:
 * 「LGWAN接続系のシステム」「αモデルまたはα'モデル」. The field behind a threshold follows in
 * parentheses. A check's own `when` condition is shown by its reason text (`condition`), which
 * the type requires; a check built without one (plain JavaScript) says so rather than printing code.
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
    const label = HANDLING_LABELS[key];
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
    ja.push("条件：チェック固有の条件あり（理由の記載がない）");
    en.push("Condition: a further condition of its own (its reason is not given)");
  }
  if (target === "system" && rules?.outsideScopeToo !== true) {
    ja.push(
      "適用範囲：基本方針 4(1) の範囲外の機関（病院、消防組合等。プロファイルの coveredBodies にないもの）が所管するシステムと、別の記述に記載するシステム（describedElsewhere）を除く",
    );
    en.push(
      "Scope: all systems but those of a body outside clause 4(1) (a hospital, a joint fire service…, not in the profile's coveredBodies) and those described elsewhere (describedElsewhere)",
    );
  }
  if (rules?.askedElsewhere !== undefined) {
    const { what, by } = rules.askedElsewhere;
    ja.push(`記載の確認：${what.ja}の記載がないときは ${by} が記載を求める（このチェックは対象外とする）`);
    en.push(`Missing facts: when ${what.en} is not written, ${by} asks for it (this check does not apply)`);
  }
  if (rules?.judgedElsewhere !== undefined) {
    const { what, by, networkModels } = rules.judgedElsewhere;
    const models = networkModels === undefined ? undefined : listLabels(networkModels.map((m) => NETWORK_MODELS[m]));
    ja.push(
      `判定の分担：${models === undefined ? "" : `${models.ja}で`}${what.ja}と記載されたときは ${by} が判定する（このチェックは対象外とする）`,
    );
    en.push(
      `Shared judgement: where the description says ${what.en}${models === undefined ? "" : ` under ${models.en}`}, ${by} judges it (this check does not apply)`,
    );
  }
  return { ja, en };
}

import { defineCheck } from "../define-check.js";
import type { ClauseId } from "../../policy/clauses.js";
import { assetsFrom, onPaperOnly } from "../handling.js";

/** Protected information is disposed of irrecoverably, and the disposal is recorded (6(2)). */
export default defineCheck({
  meta: {
    id: "disposal-irrecoverable",
    area: "classification",
    title: {
      ja: "取扱制限のある情報は復元できない方法で廃棄し、記録を残すこと",
      en: "Protected information must be disposed of irrecoverably, with a record",
    },
    description: {
      ja: "ガイドラインの取扱制限では、機密性2以上（プロファイルの handling.protectFrom 以上）の情報を記録した媒体・印刷物は復元不可能な処理をして廃棄し、その記録を残す。4(2) により印刷物も対象。",
      en: "The guideline's handling restrictions require media and printouts holding information at confidentiality 2 or above (the profile's handling.protectFrom) to be destroyed irrecoverably, and the disposal recorded. Clause 4(2) brings printouts into scope.",
    },
    clauses: ["6(2)", "4(2)①", "4(2)②"],
    threats: ["T1", "T2"],
    basis: "guideline",
    guideline: "ガイドライン（令和7年3月版）対策基準例「情報資産の分類と管理」（情報資産の分類、取扱制限）",
    severity: "medium",
    target: "system",
    applicability: { confidentialityFrom: "protectFrom" },
    messages: {
      ordinaryDisposal: {
        ja: "機密性 {{class}} の情報資産 {{asset}} を通常の方法で廃棄している",
        en: "Information asset {{asset}} (confidentiality {{class}}) is disposed of in the ordinary way",
      },
      // Fiftieth review: ordinary disposal of My Number data was rated as for C2. Disposal that cannot be recovered is a
      // safeguard the My Number Act's security measures require of specific personal information, not only the model
      // standard's handling rule: high for data marked myNumber. (Other data of the same class keeps the check's medium:
      // the Act does not reach it.)
      ordinaryDisposalMyNumber: {
        ja: "特定個人情報を含む情報資産 {{asset}}（機密性 {{class}}）を通常の方法で廃棄している。特定個人情報の廃棄は、番号法の安全管理措置として復元できない方法で行うものである",
        en: "Information asset {{asset}} (confidentiality {{class}}), which holds specific personal information, is disposed of in the ordinary way; the My Number Act's safeguards have specific personal information disposed of so that it cannot be recovered",
        severity: "high",
      },
      notRecorded: {
        ja: "機密性 {{class}} の情報資産 {{asset}} の廃棄を記録していない",
        en: "Disposal of information asset {{asset}} (confidentiality {{class}}) is not recorded",
      },
      disposalUnknown: {
        ja: "情報資産 {{asset}} の廃棄について、{{missingJa}}の記載がない（{{missing}}）",
        en: "Information asset {{asset}} does not state {{missing}} for its disposal",
      },
    },
    remediation: {
      ja: "物理的破壊・データ消去ソフト・溶解処理等で復元できないようにして廃棄し（disposal.method: irrecoverable）、日時・担当者・方法を記録すること（disposal.recorded: true）",
      en: "Destroy media and printouts so they cannot be recovered (physical destruction, certified erasure, pulping; disposal.method: irrecoverable) and record when, who and how (disposal.recorded: true)",
    },
  },
  *evaluate(system, ctx) {
    for (const { asset, index } of assetsFrom(system, ctx.profile, "protectFrom")) {
      const data = { asset: asset.id, class: asset.confidentiality ?? "" };
      // Paper is the information of 4(2)② (printed documents included); electronic records also sit on the media of ①.
      const clauses: ClauseId[] = onPaperOnly(asset) ? ["6(2)", "4(2)②"] : ["6(2)", "4(2)①", "4(2)②"];
      const disposal = asset.disposal;
      const missing = (["method", "recorded"] as const).filter((fact) => disposal?.[fact] === undefined);
      if (disposal?.method === "ordinary") {
        const path = ["dataAssets", index, "disposal", "method"];
        yield asset.myNumber === true
          ? { ...ctx.fail("ordinaryDisposalMyNumber", path, data), clauses }
          : { ...ctx.fail("ordinaryDisposal", path, data), clauses };
      }
      if (disposal?.recorded === false) yield { ...ctx.fail("notRecorded", ["dataAssets", index, "disposal", "recorded"], data), clauses };
      if (missing.length > 0) {
        const path = disposal === undefined ? ["dataAssets", index] : ["dataAssets", index, "disposal"];
        yield {
          ...ctx.needsEvidence("disposalUnknown", path, {
            ...data,
            missing: missing.map((fact) => `disposal.${fact}`).join(", "),
            missingJa: missing.map((fact) => (fact === "method" ? "廃棄の方法" : "廃棄の記録")).join("・"),
            missingEn: missing.map((fact) => (fact === "method" ? "the disposal method" : "the disposal record")).join(" and "),
          }),
          clauses,
        };
      }
    }
  },
});

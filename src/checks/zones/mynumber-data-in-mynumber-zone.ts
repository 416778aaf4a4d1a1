import { ZONES } from "../../model/values/zone.js";
import { defineCheck } from "../define-check.js";
import { BUSINESS_FUNCTIONS } from "../../model/values/business-function.js";

/**
 * My Number data and My Number affairs live only in the My Number zone (2(9), 6(3)①). 2(9) defines
 * the zone by 個人番号利用事務 and 戸籍事務: My Numbers an employer handles (個人番号関係事務, e.g.
 * withholding tax in payroll, `myNumberUse: related`) are not placed there by the policy.
 */
/** Business functions whose My Number data is often an employer's (個人番号関係事務: staff withholding tax). */
const EMPLOYER_FUNCTIONS: ReadonlySet<string> = new Set(["payroll"]);
/** Affairs whose system is the register itself (住民記録, 戸籍): never a front end. */
const REGISTERS: ReadonlySet<string> = new Set(["resident-records", "family-register"]);

export default defineCheck({
  meta: {
    id: "mynumber-data-in-mynumber-zone",
    area: "zones",
    title: {
      ja: "個人番号利用事務の特定個人情報とシステムはマイナンバー利用事務系に置き、個人番号関係事務（職員の源泉徴収等）の特定個人情報はインターネット接続系に置かないこと",
      en: "My Number data and systems of My Number affairs must stay in the My Number zone, and an employer's My Number data (staff withholding tax…) out of the internet zone",
    },
    clauses: ["6(3)①", "2(9)"],
    threats: ["T1", "T2"],
    basis: "policy",
    severity: "critical",
    target: "system",
    applicability: { zones: ["lgwan", "internet"] },
    messages: {
      myNumberData: {
        ja: "特定個人情報 {{asset}} が{{zoneJa}}のシステムに置かれている",
        en: "My Number data {{asset}} is held by a system in the {{zoneEn}}",
      },
      myNumberAffairs: {
        ja: "個人番号利用事務・戸籍事務（{{functionsJa}}）のシステムが{{zoneJa}}に置かれている",
        en: "A system serving My Number or family-register affairs ({{functionsEn}}) is in the {{zoneEn}}",
        remediation: {
          ja: "個人番号利用事務・戸籍事務のシステムはマイナンバー利用事務系に移すこと。LGWAN-ASP・クラウドサービスの申請の受付など特定個人情報を扱わない仕組みなら、設置形態（hosting）と情報資産を記載し、すべて myNumber: false とすること（住民記録・戸籍のシステムは除く）",
          en: "Move systems serving My Number or family-register affairs to the My Number zone; for a front end on an LGWAN-ASP or cloud service, such as an application form that holds no My Number data, state its hosting and list its data assets, each with myNumber: false (not for resident-record or family-register systems)",
        },
      },
      // Thirty-second review: an employer's My Numbers (個人番号関係事務) are no My Number affairs, so 2(9) and 6(3)①
      // do not place them; keeping them off the internet side is the safe handling the law asks for, in practice.
      relatedDataOnInternet: {
        ja: "個人番号関係事務（職員の源泉徴収等）の特定個人情報 {{asset}} が{{zoneJa}}のシステムに置かれている",
        en: "My Number data {{asset}} handled as an employer (個人番号関係事務, e.g. staff withholding tax) is held by a system in the {{zoneEn}}",
        basis: "practice",
        reference: {
          ja: "個人番号関係事務の特定個人情報は 2(9) のマイナンバー利用事務系に置くものではないが、番号法の安全管理措置として、インターネットから分割された LGWAN接続系（またはマイナンバー利用事務系）で扱うことを推奨する",
          en: "An employer's My Number data is not placed in the My Number zone by 2(9), but as the safe handling the My Number Act requires, it is recommended to keep it in the LGWAN zone, split from the internet (or in the My Number zone)",
        },
        severity: "high",
        clauses: ["2(9)"],
        remediation: {
          ja: "個人番号関係事務の特定個人情報は LGWAN接続系（またはマイナンバー利用事務系）のシステムで扱い、インターネット接続系のシステムやクラウドサービスには置かないこと",
          en: "Handle an employer's My Number data in an LGWAN zone system (or the My Number zone), not in an internet-zone system or cloud service",
        },
      },
      myNumberUseUnknown: {
        ja: "特定個人情報 {{asset}} を扱うシステムの業務（{{functionsJa}}）は、職員の源泉徴収など個人番号関係事務のこともある。個人番号利用事務か関係事務か（myNumberUse）の記載がない",
        en: "My Number data {{asset}} is held for {{functionsEn}}, which may be an employer's My Number handling (個人番号関係事務, e.g. staff withholding tax); whether it serves My Number affairs or that (myNumberUse) is not stated",
      },
      // A blank flag on a mailbox or school records of a system serving no My Number affairs is a
      // missing record, not a suspected breach (nineteenth review: fifteen criticals on a first inventory).
      // A system serving My Number affairs already fails on its business functions.
      myNumberFlagAndBusinessMissing: {
        ja: "個人情報 {{asset}} が特定個人情報か（myNumber）の記載がなく、システムの業務（businessFunctions）の記載もない",
        en: "Personal information {{asset}} does not say whether it is My Number data (myNumber), and the system does not state its business (businessFunctions)",
      },
      myNumberFlagMissing: {
        ja: "個人情報 {{asset}} が特定個人情報か（myNumber）の記載がない",
        en: "Personal information {{asset}} does not say whether it is My Number data (myNumber)",
        severity: "medium",
        remediation: {
          ja: "特定個人情報でなければ myNumber: false を、職員の源泉徴収など個人番号関係事務で扱うものなら myNumber: true と myNumberUse: related を記載すること",
          en: "State myNumber: false if it is not My Number data, or myNumber: true with myNumberUse: related for an employer's use such as staff withholding tax",
        },
      },
    },
    remediation: {
      ja: "個人番号利用事務の特定個人情報を扱う処理はマイナンバー利用事務系のシステムに移すこと。特定個人情報でなければその旨（myNumber: false）を、職員の源泉徴収など個人番号関係事務で扱うものならその旨（myNumberUse: related）を明記すること",
      en: "Move processing of My Number data used for My Number affairs to a system in the My Number zone; if the data holds no My Numbers, state myNumber: false; if an employer handles them (個人番号関係事務, e.g. staff withholding tax), state myNumberUse: related",
    },
  },
  *evaluate(system, ctx) {
    const label = system.zone === undefined ? { ja: "領域不明", en: "an unknown zone" } : ZONES[system.zone].label;
    const zone = { zoneJa: label.ja, zoneEn: label.en };
    // A system of these affairs whose data is all stated to hold no My Numbers is a front end, not the
    // affairs' system: disaster mail and websites (seventh review), an internet or LGWAN-ASP application
    // form for nursery places or care insurance, whose import into the My Number zone is the specific
    // communication (twenty-seventh review). Resident records and family registers are those records
    // themselves, whatever their assets are said to hold.
    const assets = system.dataAssets ?? [];
    const noMyNumbers = assets.length > 0 && assets.every((asset) => asset.myNumber === false);
    // Sorted, so the finding does not depend on the order the functions are listed in.
    // Only a provider's service (LGWAN-ASP, a cloud service) is taken for a front end on its data alone: a
    // tax or NHI system of the city's own, on its premises, is the affairs' system (thirtieth review).
    const frontEnd = system.hosting?.kind === "lgwan-asp" || system.hosting?.kind === "cloud-service";
    const affairs = (system.businessFunctions ?? [])
      .filter(
        (fn) =>
          BUSINESS_FUNCTIONS[fn].myNumberAffairs && !(noMyNumbers && (fn === "disaster-response" || (frontEnd && !REGISTERS.has(fn)))),
      )
      .sort();
    if (affairs.length > 0) {
      yield ctx.fail("myNumberAffairs", ["businessFunctions"], {
        functions: affairs.join(", "),
        functionsJa: affairs.map((fn) => BUSINESS_FUNCTIONS[fn].ja).join("・"),
        functionsEn: affairs.map((fn) => BUSINESS_FUNCTIONS[fn].en).join(", "),
        ...zone,
      });
    }
    // Functions whose My Number data is often an employer's (個人番号関係事務): unstated, the use is asked, not
    // taken as My Number affairs (twelfth review: a payroll system's staff numbers failed at critical).
    const related = affairs.length === 0 ? (system.businessFunctions ?? []).filter((fn) => EMPLOYER_FUNCTIONS.has(fn)).sort() : [];
    for (const [i, asset] of (system.dataAssets ?? []).entries()) {
      // An employer's My Numbers (個人番号関係事務) may stay with LGWAN-zone payroll, never on the internet side (fourteenth review).
      if (asset.myNumber === true && asset.myNumberUse === "related") {
        // A system of My Number affairs has failed on its business already: its data is no employer's (thirty-third review).
        if (system.zone === "internet" && affairs.length === 0)
          yield ctx.fail("relatedDataOnInternet", ["dataAssets", i, "myNumberUse"], { asset: asset.id, ...zone });
        continue;
      }
      if (asset.myNumber === true && asset.myNumberUse === undefined && related.length > 0) {
        yield ctx.needsEvidence("myNumberUseUnknown", ["dataAssets", i], {
          asset: asset.id,
          functionsJa: related.map((fn) => BUSINESS_FUNCTIONS[fn].ja).join("・"),
          functionsEn: related.map((fn) => BUSINESS_FUNCTIONS[fn].en).join(", "),
        });
      } else if (asset.myNumber === true) {
        // A system of My Number affairs in the wrong zone has failed on its business already; its My Number data moves
        // with it, one gap and one change (fifty-second review: two criticals for one misplaced system).
        if (affairs.length === 0) yield ctx.fail("myNumberData", ["dataAssets", i, "myNumber"], { asset: asset.id, ...zone });
      } else if (asset.myNumber === undefined && asset.personalInformation === true) {
        // Medium only where the system's business is written and is no My Number affairs; with the
        // business unknown too, nothing says it is not (twentieth review).
        const messageId = (system.businessFunctions ?? []).length === 0 ? "myNumberFlagAndBusinessMissing" : "myNumberFlagMissing";
        yield ctx.needsEvidence(messageId, ["dataAssets", i], { asset: asset.id });
      }
    }
  },
});

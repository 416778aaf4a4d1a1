import { isOtherBody, isVendorBody, ownNames, vendorNamesOf } from "../../engine/applicability.js";
import { coveredBodyOf } from "../../model/values/organisation.js";
import { defineCheck } from "../define-check.js";
import { isUnassigned } from "../holders.js";

const coveredBody = (ownerBody: string, covered: readonly string[], municipality: string) =>
  coveredBodyOf(ownerBody, covered, municipality) !== undefined;

/**
 * A system belongs to a body the policy covers (4(1)). Owner bodies are read through the profile's
 * `coveredBodies` and their aliases (COVERED_BODY_ALIASES: 教育委員会事務局 is the 教育委員会's
 * office, 市長事務部局 is 市長部局; the municipality's name may come first). A system of a body
 * outside the list is not a violation of this policy but outside its scope: the check reports it
 * as not applicable, with a notice to confirm which policy applies.
 */
export default defineCheck({
  meta: {
    id: "system-owner-body-covered",
    area: "organisation",
    title: {
      ja: "情報システムを所管する行政機関を記載すること（基本方針 4(1) の適用範囲の確認）",
      en: "Every system must state its owning body (to confirm it is within the scope of clause 4(1))",
    },
    description: {
      ja: "基本方針 4(1) は適用される行政機関を列挙している（プロファイルの coveredBodies）。所管の書き方の違い（教育委員会事務局、市長事務部局、団体名を冠した名称等）は同じ機関として読む。一覧にない機関が所管するシステムは、この基本方針の違反ではなく適用範囲外であり、「対象外」として示す。どのポリシーが適用されるかを確認すること。",
      en: "Clause 4(1) lists the bodies the policy covers (the profile's coveredBodies). Other ways of writing a body (its office, 市長事務部局, the name with the municipality in front) are read as that body. A system of a body outside the list does not break this policy but lies outside its scope; it is shown as not applicable, and someone has to confirm which policy applies to it.",
    },
    clauses: ["4(1)"],
    threats: ["T2"],
    basis: "policy",
    severity: "low",
    target: "system",
    applicability: {
      // The one system check that judges systems outside the scope too: it is the one that says so.
      outsideScopeToo: true,
      when: (system, ctx) =>
        system.ownerBody === undefined ||
        isUnassigned(system.ownerBody) ||
        coveredBody(system.ownerBody, ctx.profile.coveredBodies, ctx.profile.municipality) ||
        !(
          isOtherBody(system.ownerBody, ctx.profile.coveredBodies, ownNames(ctx.profile, ctx.description.municipality?.name)) ||
          isVendorBody(system.ownerBody, vendorNamesOf(ctx.description))
        ),
      notice: {
        ja: "所管する行政機関（ownerBody）が基本方針 4(1) の適用範囲（プロファイルの coveredBodies）にない。この基本方針の対象外として扱う。どのポリシーが適用されるかを確認すること",
        en: "The owning body (ownerBody) is not among the bodies clause 4(1) covers (the profile's coveredBodies); the system is treated as outside this policy. Confirm which policy applies to it",
      },
      condition: {
        ja: "所管する行政機関（ownerBody）が基本方針 4(1) の適用範囲（プロファイルの coveredBodies）にあるシステム、または所管の記載がない・未定のもの",
        en: "systems whose owning body (ownerBody) is one clause 4(1) covers (the profile's coveredBodies), or is not stated or not yet decided",
      },
    },
    messages: {
      ownerBodyUnassigned: {
        ja: "システム {{system}} を所管する行政機関が「{{body}}」となっており、決まっていない",
        en: 'System {{system}} gives its owning body as "{{body}}", so no body is responsible for it',
      },
      ownerBodyNotNamed: {
        ja: "システム {{system}} の所管「{{body}}」は基本方針 4(1) の行政機関の名称ではない。部課の名称なら、それが属する行政機関（例：市長部局）を書くこと。他の団体・国の機関・事業者のシステムなら、その正式な名称（例：○○組合、総務省、株式会社○○）を書くこと（それまではこの基本方針の対象として判定した）",
        en: "System {{system}} gives its owner as \"{{body}}\", which is none of the bodies clause 4(1) names; if it is a division, write the body it belongs to (e.g. 市長部局); if the system is another body's, a national body's or a company's, write that body's full name (e.g. ○○組合, 総務省, 株式会社○○) (until then it is judged as within this policy)",
      },
      ownerBodyMissing: {
        ja: "システム {{system}} を所管する行政機関（ownerBody）の記載がない",
        en: "System {{system}} does not state its owning body (ownerBody)",
      },
    },
    remediation: {
      ja: "所管する行政機関（ownerBody）に基本方針 4(1) の行政機関名を記載すること（例：市長部局、教育委員会）",
      en: "Write one of the bodies of clause 4(1) in ownerBody (e.g. 市長部局, 教育委員会)",
    },
  },
  *evaluate(system, ctx) {
    if (system.ownerBody === undefined) yield ctx.needsEvidence("ownerBodyMissing", ["ownerBody"], { system: system.id });
    else if (isUnassigned(system.ownerBody))
      yield ctx.fail("ownerBodyUnassigned", ["ownerBody"], { system: system.id, body: system.ownerBody });
    // A division's or the municipality's own name: judged as within the policy, and asked to be written as its body.
    else if (!coveredBody(system.ownerBody, ctx.profile.coveredBodies, ctx.profile.municipality)) {
      yield ctx.needsEvidence("ownerBodyNotNamed", ["ownerBody"], { system: system.id, body: system.ownerBody });
    }
  },
});

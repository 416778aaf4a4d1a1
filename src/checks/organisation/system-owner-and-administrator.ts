import { guidelineCitation } from "../../policy/guideline.js";
import { defineCheck } from "../define-check.js";
import { contractorHolding, isUnassigned } from "../holders.js";

const POSTS = [
  // The guideline's terms: the 情報システム管理者 is the head of the owning division (所管課室長);
  // the 情報システム担当者 runs the system under them.
  { field: "owner", role: "情報システム管理者（所管課室長）", roleEn: "system owner (head of the owning division)" },
  { field: "administrator", role: "情報システム担当者", roleEn: "system operator" },
] as const;

/** Each system has a named owner and a named system administrator (6(1)). */
export default defineCheck({
  meta: {
    id: "system-owner-and-administrator",
    area: "organisation",
    title: {
      ja: "情報システムごとに情報システム管理者（所管課室長）と情報システム担当者を定めること",
      en: "Every system must name its owner (head of the owning division) and its operator",
    },
    description: {
      ja: "ガイドラインの対策基準例は、情報システムごとに情報システム管理者（所管課室長、記述の owner）と情報システム担当者（記述の administrator）を置くことを求める。同じ職が両方を務めることは禁じていない（小規模な団体では通例）ため、ここでは問わない。「未定」「TBD」等は未選任として扱う。",
      en: "The guideline's model standards give every system an owner (情報システム管理者, the head of the owning division; owner in the description) and an operator (情報システム担当者; administrator in the description). They do not forbid one post holding both (usual in small municipalities), so that is not judged. Placeholders such as 未定 or TBD count as nobody assigned.",
    },
    clauses: ["6(1)"],
    threats: ["T2"],
    basis: "guideline",
    guideline: guidelineCitation("organisation"),
    severity: "medium",
    target: "system",
    messages: {
      unassigned: {
        ja: "システム {{system}} の{{role}}（{{field}}）が「{{holder}}」となっており、決まっていない",
        en: 'System {{system}} gives its {{roleEn}} ({{field}}) as "{{holder}}", so nobody holds the post',
      },
      // Fiftieth review: a vendor written as the system's owner passed. The 情報システム管理者 is the head of the owning
      // division; a contractor's staff work under the contract. (A contractor's engineer as the operator is usual, and not asked.)
      ownerIsContractor: {
        ja: "システム {{system}} の{{role}}（{{field}}）が「{{holder}}」と、委託事業者として書かれている。情報システム管理者は所管課の課室長が務め、委託事業者は契約の下で作業する。所管課室長の職名を示すこと",
        en: 'System {{system}} gives its {{roleEn}} ({{field}}) as "{{holder}}", a contractor: the head of the owning division holds that post, and a contractor works under its contract. Show the post of the head of the owning division',
        remediation: {
          ja: "情報システム管理者（owner）には所管課室長の職名（例：市民課長）を記載し、委託事業者の作業は契約（6(8)）で定めること",
          en: "Give the post of the head of the owning division in owner (e.g. head of the citizens' division), and set the contractor's work in its contract (6(8))",
        },
      },
      missing: {
        ja: "システム {{system}} の{{role}}（{{field}}）の記載がない",
        en: "System {{system}} does not name its {{roleEn}} ({{field}})",
      },
    },
    remediation: {
      ja: "情報システム管理者（owner）に所管課室長の職名（例：市民課長）を、情報システム担当者（administrator）にその職名（例：情報政策係長）を記載すること",
      en: "State the head of the owning division in owner (e.g. head of the citizens' division) and the operator's post in administrator (e.g. head of the IT unit)",
    },
  },
  *evaluate(system, ctx) {
    for (const post of POSTS) {
      const holder = system[post.field];
      const data = { system: system.id, field: post.field, role: post.role, roleEn: post.roleEn };
      if (holder === undefined) yield ctx.needsEvidence("missing", [post.field], data);
      else if (isUnassigned(holder)) yield ctx.fail("unassigned", [post.field], { ...data, holder });
      else if (post.field === "owner" && contractorHolding(holder, ctx.description.vendors ?? []) !== undefined)
        yield ctx.needsEvidence("ownerIsContractor", [post.field], { ...data, holder });
    }
  },
});

import { defineCheck } from "../define-check.js";
import { isUnassigned } from "../holders.js";

const POSTS = [
  { field: "owner", role: "情報システムの責任者", roleEn: "owner" },
  { field: "administrator", role: "情報システム管理者", roleEn: "system administrator" },
] as const;

/** Each system has a named owner and a named system administrator (6(1)). */
export default defineCheck({
  meta: {
    id: "system-owner-and-administrator",
    area: "organisation",
    title: {
      ja: "情報システムごとに責任者と情報システム管理者を定めること",
      en: "Every system must name its owner and its system administrator",
    },
    description: {
      ja: "ガイドラインの対策基準例は、情報システムごとに責任者と管理者を置くことを求める。同じ職が両方を務めることは禁じていない（小規模な団体では通例）ため、ここでは問わない。「未定」「TBD」等は未選任として扱う。",
      en: "The guideline's model standards give every system an owner and an administrator. They do not forbid one post holding both (usual in small municipalities), so that is not judged. Placeholders such as 未定 or TBD count as nobody assigned.",
    },
    clauses: ["6(1)"],
    threats: ["T2"],
    basis: "guideline",
    guideline: "令和7年3月版 第3編 組織体制",
    severity: "medium",
    target: "system",
    messages: {
      unassigned: {
        ja: "システム {{system}} の{{role}}（{{field}}）が「{{holder}}」となっており、決まっていない",
        en: 'System {{system}} gives its {{roleEn}} ({{field}}) as "{{holder}}", so nobody holds the post',
      },
      missing: {
        ja: "システム {{system}} の{{role}}（{{field}}）の記載がない",
        en: "System {{system}} does not name its {{roleEn}} ({{field}})",
      },
    },
    remediation: {
      ja: "owner と administrator に、責任を負う職名（例：市民課長、情報政策係長）を記載すること",
      en: "State the accountable posts in owner and administrator (e.g. head of the citizens' division, head of the IT unit)",
    },
  },
  *evaluate(system, ctx) {
    for (const post of POSTS) {
      const holder = system[post.field];
      const data = { system: system.id, field: post.field, role: post.role, roleEn: post.roleEn };
      if (holder === undefined) yield ctx.needsEvidence("missing", [post.field], data);
      else if (isUnassigned(holder)) yield ctx.fail("unassigned", [post.field], { ...data, holder });
    }
  },
});

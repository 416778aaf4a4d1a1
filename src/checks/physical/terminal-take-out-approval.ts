import { PORTABILITY_ASKED_BY_ENCRYPTION } from "../asked-elsewhere.js";
import { defineCheck } from "../define-check.js";

/**
 * Taking assets out without permission is a threat the policy names (3(2) 無断持ち出し). In the
 * model standards the take-out approval is one of the rules staff must follow (6(5) 職員等が遵守すべき
 * 事項), applied to the terminals that 6(4) protects. Systems that list no terminal groups are not applicable.
 */
export default defineCheck({
  meta: {
    id: "terminal-take-out-approval",
    area: "physical",
    title: {
      ja: "持ち運び可能な端末の庁外への持ち出しは許可制とすること",
      en: "Taking portable terminals out of the office must require approval",
    },
    clauses: ["6(5)", "6(4)"],
    threats: ["T2"],
    basis: "guideline",
    guideline: "ガイドライン（令和7年3月版）対策基準例「人的セキュリティ」（職員等の遵守事項：端末等の持ち出し）",
    severity: "medium",
    target: "system",
    applicability: {
      when: (system) => (system.terminalGroups?.length ?? 0) > 0,
      condition: { ja: "端末群を記載したシステム", en: "systems that list terminal groups" },
    },
    messages: {
      noApproval: {
        ja: "持ち運び可能な端末群 {{group}} は許可なく庁外へ持ち出せる",
        en: "Portable terminal group {{group}} can be taken out without approval",
      },
      approvalUnknown: {
        ja: "持ち運び可能な端末群 {{group}} の持ち出しに許可が必要か（takeOutApproval）の記載がない",
        en: "Portable terminal group {{group}} does not state whether taking it out needs approval (takeOutApproval)",
      },
      portabilityUnknown: {
        ja: "端末群 {{group}} が持ち運び可能か（portable）の記載がない",
        en: "Terminal group {{group}} does not state whether it is portable (portable)",
        askedBy: PORTABILITY_ASKED_BY_ENCRYPTION,
      },
    },
    remediation: {
      ja: "端末の持ち出しは情報セキュリティ管理者の許可を得て、持ち出し・返却を記録すること",
      en: "Let terminals leave the office only with the security administrator's approval, and record when they leave and return",
    },
  },
  *evaluate(system, ctx) {
    for (const [i, group] of (system.terminalGroups ?? []).entries()) {
      const data = { group: group.id };
      if (group.portable === undefined) yield ctx.needsEvidence("portabilityUnknown", ["terminalGroups", i, "portable"], data);
      else if (group.portable) {
        if (group.takeOutApproval === undefined) yield ctx.needsEvidence("approvalUnknown", ["terminalGroups", i, "takeOutApproval"], data);
        else if (!group.takeOutApproval) yield ctx.fail("noApproval", ["terminalGroups", i, "takeOutApproval"], data);
      }
    }
  },
});

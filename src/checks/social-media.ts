import type { LocalizedText } from "../model/finding.js";
import type { SocialMediaAccount } from "../model/social-media-account.js";
import { type Check, defineCheck } from "./define-check.js";
import { isPlaceholder } from "./holders.js";

/** The three things 6(8)'s third paragraph requires of every social media account. */
type RequiredField = "operatingProcedure" | "publishableContent" | "responsiblePerson";

/**
 * One of the policy's three social media requirements (6(8), third paragraph): a reference
 * passes, `false` ("none defined") fails, and a missing field needs evidence.
 */
export function defineSocialMediaRequirement(spec: {
  id: string;
  title: LocalizedText;
  field: RequiredField;
  messages: { notDefined: LocalizedText; unknown: LocalizedText };
  remediation: LocalizedText;
}): Check<"socialMediaAccount", "notDefined" | "unknown"> {
  return defineCheck({
    meta: {
      id: spec.id,
      area: "outsourcing",
      title: spec.title,
      clauses: ["6(8)"],
      threats: ["T1", "T2"],
      basis: "policy",
      severity: "medium",
      target: "socialMediaAccount",
      messages: spec.messages,
      remediation: spec.remediation,
    },
    *evaluate(account: SocialMediaAccount, ctx) {
      const value = account[spec.field];
      const data = { account: account.id, service: account.service };
      if (value === undefined) yield ctx.needsEvidence("unknown", [spec.field], data);
      // false, or a placeholder (なし, 未定, 検討中) where a reference or a name belongs: none defined.
      else if (value === false || (typeof value === "string" && isPlaceholder(value))) yield ctx.fail("notDefined", [spec.field], data);
    },
  });
}

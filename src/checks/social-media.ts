import type { LocalizedText } from "../model/finding.js";
import type { SocialMediaAccount } from "../model/social-media-account.js";
import { type Check, defineCheck } from "./define-check.js";
import { contractorHolding, isPlaceholder } from "./holders.js";

/** The three things 6(8)'s third paragraph requires of every social media account. */
type RequiredField = "operatingProcedure" | "publishableContent" | "responsiblePerson";

/**
 * One of the policy's three social media requirements (6(8), third paragraph): a reference
 * passes, `false` ("none defined") fails, and a missing field needs evidence.
 */
export function defineSocialMediaRequirement<M extends "notDefined" | "unknown" | "heldByVendor" = "notDefined" | "unknown">(spec: {
  id: string;
  title: LocalizedText;
  field: RequiredField;
  /** `heldByVendor`, where given, fails a value naming one of the description's contractors. */
  messages: Record<M, LocalizedText>;
  remediation: LocalizedText;
}): Check<"socialMediaAccount", M> {
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
      if (value === undefined) yield ctx.needsEvidence("unknown" as M, [spec.field], data);
      // false, or a placeholder (なし, 未定, 検討中) where a reference or a name belongs: none defined.
      else if (value === false || (typeof value === "string" && isPlaceholder(value)))
        yield ctx.fail("notDefined" as M, [spec.field], data);
      else if (typeof value === "string" && "heldByVendor" in spec.messages) {
        // A contractor's staff named as the one responsible (fiftieth review): the policy has the municipality name its
        // own. A contractor named in a note (「企画課長（委託先の監督）」) is not the holder.
        // A note after 「※」 is a note too (fifty-third review: 「広報係長 ※運用は委託先の…」 failed).
        // The holder is what comes first: a sentence after it says who does the work (「秘書広報課長。投稿作業は運用委託先
        // に一任」: sixty-third review).
        const held = contractorHolding(value, ctx.description.vendors ?? []);
        if (held?.vendor !== undefined)
          yield ctx.fail("heldByVendor" as M, [spec.field], { ...data, vendor: held.vendor.id, person: value });
        // The contractor named by its role, not its name (「委託先」, 「受託事業者の業務責任者」, 「運用委託先に一任」): nobody
        // of the municipality is named (sixty-second review: only a contractor's registered name failed).
        else if (held !== undefined) yield ctx.fail("notDefined" as M, [spec.field], data);
      }
    },
  });
}

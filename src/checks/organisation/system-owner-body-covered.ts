import { defineCheck } from "../define-check.js";

/** The same text whatever the width or spacing it was typed with. */
const normalise = (body: string) => body.normalize("NFKC").replace(/\s+/gu, "");

/** A system belongs to a body the policy covers (4(1)). */
export default defineCheck({
  meta: {
    id: "system-owner-body-covered",
    area: "organisation",
    title: {
      ja: "情報システムは基本方針が適用される行政機関が所管すること",
      en: "Every system must be owned by a body the policy covers",
    },
    description: {
      ja: "基本方針 4(1) は適用される行政機関を列挙している（プロファイルの coveredBodies）。一覧にない機関が所管するシステムは、この基本方針の対象外であり、どのポリシーが適用されるかの確認が必要になる。",
      en: "Clause 4(1) lists the bodies the policy covers (the profile's coveredBodies). A system owned by a body outside the list is out of this policy's scope; someone has to confirm which policy applies to it.",
    },
    clauses: ["4(1)"],
    threats: ["T2"],
    basis: "policy",
    severity: "medium",
    target: "system",
    messages: {
      outOfScope: {
        ja: "システム {{system}} の所管「{{body}}」は基本方針 4(1) の適用範囲（{{covered}}）にない。この基本方針の対象外であり、どのポリシーが適用されるかを確認すること",
        en: 'System {{system}} is owned by "{{body}}", which clause 4(1) does not cover ({{covered}}). It is out of scope of this policy: confirm which policy applies',
      },
      ownerBodyMissing: {
        ja: "システム {{system}} を所管する行政機関（ownerBody）の記載がない",
        en: "System {{system}} does not state its owning body (ownerBody)",
      },
    },
    remediation: {
      ja: "ownerBody に基本方針 4(1) の行政機関名をそのまま記載すること。一覧にない機関（一部事務組合等）のシステムであれば、その機関のポリシーで評価すること",
      en: "Write one of the bodies of clause 4(1) in ownerBody, as listed. For a system of a body outside the list (e.g. a joint authority), evaluate it under that body's own policy",
    },
  },
  *evaluate(system, ctx) {
    const covered = ctx.profile.coveredBodies;
    if (system.ownerBody === undefined) yield ctx.needsEvidence("ownerBodyMissing", ["ownerBody"], { system: system.id });
    else if (!covered.some((body) => normalise(body) === normalise(system.ownerBody!))) {
      yield ctx.fail("outOfScope", ["ownerBody"], { system: system.id, body: system.ownerBody, covered: covered.join("、") });
    }
  },
});

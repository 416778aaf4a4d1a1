import { SECURITY_ROLES } from "../../model/values/organisation.js";
import { guidelineCitation } from "../../policy/guideline.js";
import { dateData } from "../../engine/dates.js";
import {
  approvedByHolder,
  approverInOtherScript,
  roleHolders,
  conflictingVersions,
  DEFAULT_APPROVER_ROLES,
  exceptionApprovers,
  isSelfApprovedIn,
  isWaiverInForce,
} from "../../engine/waivers.js";

/** A target's fields in one order, for comparing two exceptions' targets. */
const sortedTarget = (waiver: { readonly target: Readonly<Record<string, unknown>> }) =>
  Object.entries(waiver.target)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
import { MY_NUMBER_POLICY_CONTROL_IDS, strictException, waiverTermProblems } from "../../input/waiver-rules.js";
import { defineCheck } from "../define-check.js";
import { shown } from "../../engine/text.js";

/**
 * Exceptions (例外措置) are approved by the holder of a role the profile allows
 * (`exceptions.approverRoles`: the head of the municipality and the CISO by default), and in force
 * on the evaluation date. The approver is matched as a role holder, whole and exactly (engine/names.ts):
 * 「課長」 is not 「総務課長」. An expired exception hides nothing: the engine keeps the failure it
 * covered, and this check reports the exception itself. Where the evaluation date is the
 * description's own, the check says so: a description must not decide for itself whether its
 * exceptions are still in force. This check cannot itself be waived.
 */
export default defineCheck({
  meta: {
    id: "exceptions-valid",
    area: "operations",
    title: {
      ja: "例外措置は権限者の承認を得て、有効期限内に限ること",
      en: "Exceptions must be approved by the authority and used only while in force",
    },
    description: {
      ja: "承認者は、プロファイルの exceptions.approverRoles（既定：団体の長と最高情報セキュリティ責任者）の担当者として municipality.roles に書いた名前と、正規化（NFKC、空白の除去）のうえ完全に一致しなければならない。役割の名前（「CISO」「市長」等）で書いた承認者、担当者の名前を括弧や空白で添えた承認者（「CISO（副市長）」）も認める。名前の一部の一致は認めない（「副市長補佐」は「副市長」ではない）。評価の基準日が記述自身の evaluationDate であることは、指摘ではなくレポートの見出し（評価基準日）と evaluationDateSource が示す。",
      en: "The approver must equal, after normalisation (NFKC, white space removed), the name written in municipality.roles for a role of the profile's exceptions.approverRoles (by default the head of the municipality and the CISO). An approver written as the role (「CISO」, 「市長」) or with the holder's name beside it in brackets or after a space (「CISO（副市長）」) counts too; a part of a name does not (「副市長補佐」 is not 「副市長」). That the evaluation date is the description's own is a notice of the run, shown in the report's heading (evaluation date) and its evaluationDateSource, not a finding.",
    },
    clauses: ["6(7)"],
    threats: ["T2"],
    basis: "guideline",
    guideline: guidelineCitation("operations", "例外措置"),
    severity: "medium",
    target: "description",
    messages: {
      expired: {
        ja: "例外措置 {{reference}}（チェック {{checkId}}）は{{expiresOnJa}}に期限が切れた。対象の不適合は免除されない",
        en: "Exception {{reference}} (check {{checkId}}) expired on {{expiresOnEn}}; the failures it covered count again",
      },
      notYetInForce: {
        ja: "例外措置 {{reference}}（チェック {{checkId}}）の承認日（{{approvedOnJa}}）が評価の基準日（{{evaluationDateJa}}）より後になっている",
        en: "Exception {{reference}} (check {{checkId}}) was approved on {{approvedOnEn}}, after the evaluation date ({{evaluationDateEn}})",
      },
      approverNotAuthorised: {
        ja: "例外措置 {{reference}} の承認者「{{approvedBy}}」は、例外措置を承認できる役割（{{rolesJa}}）の担当者として体制に記載された者（{{holders}}）のいずれとも一致しないため、この例外措置は適用していない",
        en: 'Exception {{reference}} is approved by "{{approvedBy}}", who is none of the holders ({{holdersEn}}) of the roles that may approve exceptions ({{rolesEn}}), so it is not applied',
        remediation: {
          ja: "例外措置を承認できる役割（既定：団体の長または最高情報セキュリティ責任者）の担当者の承認を得て、体制に記載した名前のとおりに承認者を書くこと",
          en: "Have the exception approved by a holder of a role that may approve exceptions (by default the head of the municipality or the CISO), and write the approver as the security organisation names them",
        },
      },
      approverNotComparable: {
        ja: "例外措置 {{reference}} の承認者「{{approvedBy}}」はローマ字で書かれており、例外措置を承認できる役割（{{rolesJa}}）の担当者として体制に記載された者（{{holders}}）と照合できないため、この例外措置は適用していない",
        en: 'Exception {{reference}} is approved by "{{approvedBy}}", a name in Latin letters that cannot be compared with the holders ({{holdersEn}}) of the roles that may approve exceptions ({{rolesEn}}), so it is not applied',
        severity: "medium",
        remediation: {
          ja: "承認者を体制に記載した名前のとおりに書くこと",
          en: "Write the approver as the security organisation names them",
        },
      },
      selfApproved: {
        ja: "例外措置 {{reference}}（チェック {{checkId}}）は申請者「{{requestedBy}}」自身が承認している。申請者とは別の権限者の承認がないため、この例外措置は適用していない",
        en: 'Exception {{reference}} (check {{checkId}}) is approved by its own requester "{{requestedBy}}"; without the approval of someone else with the authority, it is not applied',
        remediation: {
          ja: "申請者とは別の、例外措置を承認できる者（既定：団体の長または最高情報セキュリティ責任者）の承認を得ること",
          en: "Have the exception approved by someone other than the requester who may approve exceptions (by default the head of the municipality or the CISO)",
        },
      },
      twoVersions: {
        ja: "例外措置 {{reference}}（チェック {{checkId}}）は、同じ決裁番号で内容の食い違う記載（承認日・有効期限・承認者、または同じ対象への別の内容）がほかにもあり、いずれも適用していない",
        en: "Exception {{reference}} (check {{checkId}}) shares its approval number with another entry whose terms differ (approval date, expiry, approver, or what it says of the same target); none of them is applied",
        remediation: {
          ja: "決裁の内容どおりの記載を一つだけ残すこと。期限の延長は新しい決裁番号で承認を受けること",
          en: "Keep the one entry that matches the approval; an extension needs an approval of its own, with its own reference",
        },
      },
      termTooLong: {
        basis: "practice",
        reference: {
          ja: "例外措置を期限で区切り、期限ごとに是正の状況を確かめて承認し直すための上限（プロファイルの exceptions.maxTermMonths、6(3)① の対策は exceptions.myNumberPolicyMaxTermMonths）。基本方針・ガイドラインに上限の定めはない",
          en: "A limit that makes exceptions end and be approved again after progress is checked (the profile's exceptions.maxTermMonths; exceptions.myNumberPolicyMaxTermMonths for 6(3)① controls); neither the policy nor the guideline sets one",
        },
        ja: "例外措置 {{reference}}（チェック {{checkId}}）の期間が{{months}}か月を超えている（承認日 {{approvedOnJa}}、有効期限 {{expiresOnJa}}。認められる期限の上限は {{latestJa}}）。この例外措置は適用していない",
        en: "Exception {{reference}} (check {{checkId}}) lasts longer than {{months}} months (approved {{approvedOnEn}}, expiring {{expiresOnEn}}; {{latestEn}} at the latest), so it is not applied",
        remediation: {
          ja: "期間をプロファイルの上限までに短くして承認し直すこと。期限が来たら是正の状況を確かめ、改めて承認を得ること",
          en: "Shorten the term to the profile's limit and have it approved again; when it ends, check progress and have it approved anew",
        },
      },
      noCompensatingControl: {
        basis: "practice",
        severity: "high",
        reference: {
          ja: "マイナンバー利用事務系の基本方針上の対策（6(3)①）への例外は住民情報の流出に直結するため、例外の間にリスクを抑える代替措置を定めることを推奨する",
          en: "An exception to a policy-level My Number control (6(3)①) exposes resident data directly, so a compensating control for its duration is recommended",
        },
        ja: "例外措置 {{reference}} はマイナンバー利用事務系の基本方針上の対策（チェック {{checkId}}）への例外だが、代替措置（compensatingControl）の記載がない。この例外措置は適用していない",
        en: "Exception {{reference}} waives a policy-level My Number control (check {{checkId}}) but states no compensating control (compensatingControl), so it is not applied",
        remediation: {
          ja: "例外の間にリスクを抑える代替措置（例：利用者を限定し操作ログを毎日確認する）を定め、compensatingControl に記載して承認し直すこと",
          en: "Set a compensating control for the exception's duration (e.g. fewer users and a daily review of the operation logs), state it in compensatingControl and have it approved again",
        },
      },
      // Fifty-seventh review: 「別紙のとおり」 or a plan was read as no control, but the message said none was written.
      controlNotInPlace: {
        basis: "practice",
        severity: "high",
        reference: {
          ja: "マイナンバー利用事務系の基本方針上の対策（6(3)①）への例外は住民情報の流出に直結するため、例外の間にリスクを抑える代替措置を定めることを推奨する",
          en: "An exception to a policy-level My Number control (6(3)①) exposes resident data directly, so a compensating control for its duration is recommended",
        },
        ja: "例外措置 {{reference}} はマイナンバー利用事務系の基本方針上の対策（チェック {{checkId}}）への例外だが、代替措置（compensatingControl）の「{{control}}」からは、例外の間に実施している措置が読み取れない（予定・検討中の措置、他の書類を指すだけの記載は代替措置と見なさない）。この例外措置は適用していない",
        en: "Exception {{reference}} waives a policy-level My Number control (check {{checkId}}), but its compensating control 「{{control}}」 names no measure in place for the exception's duration (a plan, a measure under consideration, or a pointer to another paper is not taken as one), so it is not applied",
        remediation: {
          ja: "例外の間に実施している代替措置（例：利用者を限定し操作ログを毎日確認する）を compensatingControl に具体的に書き（別紙にある場合もその内容を書く）、承認し直すこと",
          en: "Write the compensating control in place for the exception's duration in compensatingControl itself (e.g. fewer users and a daily review of the operation logs; where it is in another paper, write what it is), and have it approved again",
        },
      },
      approverUnverified: {
        ja: "例外措置 {{reference}} の承認者の権限を確かめるため、例外措置を承認できる役割（{{rolesJa}}）の担当者の記載が体制（municipality.roles）に必要。確かめられるまで、この例外措置は適用していない",
        en: "To verify who may approve exception {{reference}}, the holders of the roles that may approve exceptions ({{rolesEn}}) must be listed in municipality.roles; until then the exception is not applied",
        remediation: {
          ja: "例外措置を承認できる役割の担当者を台帳の体制（municipality.roles）に記載すること。事業者の納品仕様書なら、書き足さずに団体の台帳と一緒に評価すること（secpolicy check 台帳/ 仕様書.yaml）",
          en: "List the holders of the roles that may approve exceptions in the inventory's security organisation (municipality.roles); for a vendor's delivery spec, do not add it there but evaluate the spec together with the municipality's inventory (secpolicy check inventory/ spec.yaml)",
        },
      },
    },
    remediation: {
      ja: "期限切れの例外措置は、不適合を是正するか、改めて承認を得て有効期限を更新すること。期間はプロファイルの上限までとし、マイナンバー利用事務系の基本方針上の対策への例外には代替措置（compensatingControl）を書くこと。承認はプロファイルで承認できるとした役割（既定：団体の長または最高情報セキュリティ責任者）の担当者から得て、体制に記載した名前のとおりに書くこと",
      en: "For an expired exception, fix the failure or have the exception approved again with a new expiry. Keep the term within the profile's limit, and state a compensating control (compensatingControl) for an exception to a policy-level My Number control. Approvals come from a holder of a role the profile allows (by default the head of the municipality or the CISO), written exactly as in the security organisation",
    },
  },
  *evaluate(description, ctx) {
    const waivers = description.waivers ?? [];
    if (waivers.length === 0) return;
    // The same approvers the engine applies exceptions with: one rule for both.
    const approverRoles = ctx.profile.exceptions?.approverRoles ?? DEFAULT_APPROVER_ROLES;
    const holders = exceptionApprovers(description, approverRoles);
    const roles = {
      rolesJa: approverRoles.map((role) => SECURITY_ROLES[role].ja).join("・"),
      rolesEn: approverRoles.map((role) => SECURITY_ROLES[role].en).join(", "),
      holders: [...new Set(holders)].join("、"),
      holdersEn: [...new Set(holders)].join(", "),
    };
    const versions = conflictingVersions(waivers);
    // Whether an exception is one the engine applies: a renewal that is not applied renews nothing (thirtieth review).
    const applicable = (w: (typeof waivers)[number]) => {
      const terms = waiverTermProblems(
        w,
        ctx.profile.exceptions,
        strictException(w, description, MY_NUMBER_POLICY_CONTROL_IDS.includes(w.checkId)),
      );
      return (
        holders.length > 0 &&
        approvedByHolder(w, holders, approverRoles, description.municipality?.name, roleHolders(description)) &&
        !isSelfApprovedIn(w, description) &&
        terms.tooLong === undefined &&
        terms.noCompensatingControl !== true
      );
    };
    for (const [i, waiver] of waivers.entries()) {
      const data = {
        reference: waiver.reference,
        checkId: waiver.checkId,
        ...dateData("expiresOn", waiver.expiresOn),
        ...dateData("approvedOn", waiver.approvedOn),
        approvedBy: waiver.approvedBy,
        ...dateData("evaluationDate", ctx.evaluationDate),
      };
      // An expired exception renewed by a later one in force for the same check and target is history, not
      // a failure (twenty-eighth review: 「免除されない」 beside the same finding waived by the renewal).
      const renewed = waivers.some(
        (other) =>
          other !== waiver &&
          !versions.has(other) &&
          other.checkId === waiver.checkId &&
          JSON.stringify(sortedTarget(other)) === JSON.stringify(sortedTarget(waiver)) &&
          isWaiverInForce(other, ctx.evaluationDate) &&
          applicable(other),
      );
      if (waiver.expiresOn < ctx.evaluationDate && !renewed) yield ctx.fail("expired", ["waivers", i, "expiresOn"], data);
      else if (waiver.approvedOn > ctx.evaluationDate) yield ctx.fail("notYetInForce", ["waivers", i, "approvedOn"], data);
      if (versions.has(waiver)) yield ctx.fail("twoVersions", ["waivers", i, "reference"], data);
      if (isSelfApprovedIn(waiver, description))
        yield ctx.fail("selfApproved", ["waivers", i, "approvedBy"], { ...data, requestedBy: waiver.requestedBy });
      const rules = ctx.profile.exceptions;
      const terms = waiverTermProblems(
        waiver,
        rules,
        strictException(waiver, description, MY_NUMBER_POLICY_CONTROL_IDS.includes(waiver.checkId)),
      );
      if (terms.tooLong !== undefined) {
        yield ctx.fail("termTooLong", ["waivers", i, "expiresOn"], {
          ...data,
          months: terms.tooLong.months,
          ...dateData("latest", terms.tooLong.latest),
        });
      }
      if (terms.noCompensatingControl === true) {
        if (waiver.compensatingControl === undefined) yield ctx.fail("noCompensatingControl", ["waivers", i], data);
        else
          yield ctx.fail("controlNotInPlace", ["waivers", i, "compensatingControl"], {
            ...data,
            control: shown(waiver.compensatingControl, 80),
          });
      }
      if (holders.length === 0) yield ctx.needsEvidence("approverUnverified", ["waivers", i, "approvedBy"], { ...data, ...roles });
      else if (!approvedByHolder(waiver, holders, approverRoles, description.municipality?.name, roleHolders(description))) {
        if (approverInOtherScript(waiver.approvedBy, holders, approverRoles, description.municipality?.name, roleHolders(description)))
          yield ctx.needsEvidence("approverNotComparable", ["waivers", i, "approvedBy"], { ...data, ...roles });
        else yield ctx.fail("approverNotAuthorised", ["waivers", i, "approvedBy"], { ...data, ...roles });
      }
    }
  },
});

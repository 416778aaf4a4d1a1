import { dateData, daysBetween } from "../../engine/dates.js";
import { defineCheck } from "../define-check.js";
import { machinesInScope, machinesOf } from "../shared.js";
import { ASKED_BY_MACHINES_CHECK } from "../asked-elsewhere.js";

/** Why this practice is recommended (the message reference; not the policy's or the guideline's words). */
const PRACTICE = {
  basis: "practice",
  reference: {
    ja: "公開された脆弱性は短期間で悪用されるため、期限を決めて更新を適用することを推奨する（期限はプロファイルの patchSlaDays）",
    en: "Published vulnerabilities are exploited quickly, so updates are applied within a set time (days: the profile's patchSlaDays)",
  },
} as const;

/**
 * Program defects and poor maintenance are threats the policy names (3(2)); known holes are closed
 * within a deadline. The deadlines (profile `patchSlaDays`, 30 days and 14 for critical updates by
 * default) are recommended practice, not the policy's words. Provider-run services that list no
 * machines are not applicable (the provider is judged under 6(8)).
 */
export default defineCheck({
  meta: {
    id: "patches-within-sla",
    area: "technical",
    title: {
      ja: "更新プログラムは期限内に適用すること",
      en: "Updates must be applied within the patch deadline",
    },
    clauses: ["6(6)"],
    threats: ["T1", "T2"],
    basis: "practice",
    severity: "high",
    target: "system",
    applicability: {
      askedElsewhere: ASKED_BY_MACHINES_CHECK,
      when: machinesInScope,
      condition: {
        ja: "端末群・サーバを記載したシステム、または市の施設で動くシステム",
        en: "systems that list terminal groups or servers, or run on the municipality's premises",
      },
    },
    messages: {
      // Fifty-eighth review: a routine update past the practice deadline is a lapse in management (medium in
      // docs/severity.md), not a missing protection; a critical update left pending stays high.
      overdue: {
        ...PRACTICE,
        severity: "medium",
        ja: "{{kindJa}} {{machine}} には{{releasedJa}}に公開された更新が{{days}}日間未適用のまま（推奨される運用：{{sla}}日以内に適用）",
        en: "An update released on {{releasedEn}} has been pending on {{kindEn}} {{machine}} for {{days}} days (recommended practice: apply within {{sla}} days)",
      },
      criticalOverdue: {
        ...PRACTICE,
        ja: "{{kindJa}} {{machine}} には{{releasedJa}}に公開された緊急の更新が{{days}}日間未適用のまま（推奨される運用：緊急の更新は {{sla}}日以内に適用）",
        en: "A critical update released on {{releasedEn}} has been pending on {{kindEn}} {{machine}} for {{days}} days (recommended practice: apply critical updates within {{sla}} days)",
      },
      patchingUnknown: {
        ...PRACTICE,
        ja: "{{kindJa}} {{machine}} の更新プログラムの適用状況（patching）の記載がない",
        en: "The patch state (patching) of {{kindEn}} {{machine}} is not stated",
      },
      pendingUndated: {
        ...PRACTICE,
        ja: "{{kindJa}} {{machine}} には未適用の更新が {{count}} 件あるが、最も古いものの公開日（oldestPendingReleasedOn）の記載がなく、期限内かを確かめられない",
        en: "The {{kindEn}} {{machine}} has {{count}} pending updates, but the release date of the oldest (oldestPendingReleasedOn) is not stated, so whether they are within the deadline cannot be confirmed",
      },
      pendingUnknown: {
        ...PRACTICE,
        ja: "{{kindJa}} {{machine}} の未適用の更新の有無の記載がない（なければ pendingUpdates: 0、あれば最も古い未適用の更新の公開日 oldestPendingReleasedOn）",
        en: "The pending updates of {{kindEn}} {{machine}} are unknown: state pendingUpdates: 0 or the release date of the oldest pending update (oldestPendingReleasedOn)",
      },
      criticalUnknown: {
        ...PRACTICE,
        ja: "{{kindJa}} {{machine}} には{{days}}日前からの未適用の更新があるが、緊急の更新かの記載がない（oldestPendingCriticalReleasedOn）（推奨される運用：緊急の更新は {{sla}}日以内）",
        en: "An update has been pending on {{kindEn}} {{machine}} for {{days}} days and it is not stated whether any pending update is critical (state oldestPendingCriticalReleasedOn; recommended practice: critical updates within {{sla}} days)",
      },
      pendingContradicts: {
        ...PRACTICE,
        ja: "{{kindJa}} {{machine}} は未適用の更新がない（pendingUpdates: 0）とするが、未適用の更新の公開日（{{field}}：{{releasedJa}}）も記載されている。どちらが正しいか確かめて記載を直すこと",
        en: "The {{kindEn}} {{machine}} states no pending updates (pendingUpdates: 0) but also the release date of a pending update ({{field}}: {{releasedEn}}); find out which is true and correct the description",
      },
      recordAfterDate: {
        ...PRACTICE,
        ja: "{{kindJa}} {{machine}} の更新の記録（{{field}}：{{recordedJa}}）が評価の基準日（{{evaluationDateJa}}）より後であり、基準日の時点の状態を確かめられない。基準日の時点の記録を示すこと",
        en: "The update record of {{kindEn}} {{machine}} ({{field}}: {{recordedEn}}) is dated after the evaluation date ({{evaluationDateEn}}), so the state on that date cannot be confirmed; give the record as of that date",
        remediation: {
          ja: "評価の基準日の時点の更新の状況（未適用の更新の有無と、最も古いものの公開日）を記載すること",
          en: "Describe the state of updates on the evaluation date (whether any are pending, and the release date of the oldest)",
        },
      },
      machinesUnknown: {
        ...PRACTICE,
        ja: "システム {{system}} の端末群（terminalGroups）とサーバ（servers）の記載がない",
        en: "System {{system}} lists neither terminal groups (terminalGroups) nor servers (servers)",
      },
    },
    remediation: {
      ja: "更新プログラムを公開後の期限内（緊急のものはより短い期限内）に適用すること。自動適用や段階的な配布の仕組みを使うこと",
      en: "Apply updates within the deadline after release (critical ones sooner); use automatic or staged deployment",
    },
  },
  *evaluate(system, ctx) {
    if (system.terminalGroups === undefined && system.servers === undefined) {
      yield ctx.needsEvidence("machinesUnknown", [], { system: system.id });
      return;
    }
    const sla = ctx.profile.patchSlaDays;
    const age = (released: string) => daysBetween(released, ctx.evaluationDate);
    for (const { path, machine, data } of machinesOf(system)) {
      const patching = machine.patching;
      const at = [...path, "patching"];
      if (patching === undefined) {
        yield ctx.needsEvidence("patchingUnknown", at, data);
        continue;
      }
      const critical = patching.oldestPendingCriticalReleasedOn;
      const oldest = patching.oldestPendingReleasedOn;
      // A record dated after the evaluation date tells the state then, not on that date (eleventh review).
      const later = (["lastAppliedOn", "oldestPendingReleasedOn", "oldestPendingCriticalReleasedOn"] as const).find(
        (field) => (patching[field] ?? "") > ctx.evaluationDate,
      );
      if (later !== undefined) {
        yield ctx.needsEvidence("recordAfterDate", [...at, later], {
          ...data,
          field: later,
          ...dateData("recorded", patching[later] as string),
          ...dateData("evaluationDate", ctx.evaluationDate),
        });
        continue;
      }
      if (patching.pendingUpdates === 0) {
        // Fourth auditor (r5): "nothing pending" beside the date of a pending update is a question, not a pass.
        const field =
          critical !== undefined ? "oldestPendingCriticalReleasedOn" : oldest !== undefined ? "oldestPendingReleasedOn" : undefined;
        const released = critical ?? oldest;
        if (field !== undefined && released !== undefined) {
          yield ctx.needsEvidence("pendingContradicts", [...at, field], { ...data, field, ...dateData("released", released) });
        }
        continue;
      }
      const criticalLate = critical !== undefined && age(critical) > sla.critical;
      if (criticalLate) {
        yield ctx.fail("criticalOverdue", [...at, "oldestPendingCriticalReleasedOn"], {
          ...data,
          ...dateData("released", critical),
          days: age(critical),
          sla: sla.critical,
        });
      }
      if (oldest === undefined) {
        if (critical === undefined) {
          // Pending updates counted but not dated, or not even counted (twelfth review: the count was said to be missing).
          const count = patching.pendingUpdates;
          if (count !== undefined && count > 0)
            yield ctx.needsEvidence("pendingUndated", [...at, "oldestPendingReleasedOn"], { ...data, count });
          else yield ctx.needsEvidence("pendingUnknown", at, data);
        }
      } else if (age(oldest) > sla.default && !(criticalLate && oldest >= (critical as string))) {
        // (When the oldest pending update is the late critical one, same date, it is one update: one finding.)
        yield ctx.fail("overdue", [...at, "oldestPendingReleasedOn"], {
          ...data,
          ...dateData("released", oldest),
          days: age(oldest),
          sla: sla.default,
        });
      } else if (critical === undefined && age(oldest) > sla.critical) {
        // Old enough to break the critical deadline if it is critical: the description must say.
        yield ctx.needsEvidence("criticalUnknown", [...at, "oldestPendingCriticalReleasedOn"], {
          ...data,
          days: age(oldest),
          sla: sla.critical,
        });
      }
    }
  },
});

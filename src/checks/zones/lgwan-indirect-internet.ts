import { flowRule, ruleStatus } from "../../policy/flow-policy.js";
import { defineCheck } from "../define-check.js";
import { flowContextOf, hopData, hopPointer, indirectInternetHops, pathData, traceOf } from "../paths.js";

/**
 * Outside α', the LGWAN zone has no route to the internet (2(12), 6(3)②) — not directly, and not
 * through a relay that belongs to no zone either. Only a sanitised hop (e.g. screen transfer to a
 * virtual browser) may leave the LGWAN zone towards such a relay.
 */
export default defineCheck({
  meta: {
    id: "lgwan-indirect-internet",
    area: "zones",
    title: {
      ja: "LGWAN接続系から領域外の中継を経由してインターネットに出る経路を作らないこと（無害化した経路を除く）",
      en: "The LGWAN zone must not reach the internet through relays outside the zones, unless the hop is sanitised",
    },
    description: {
      ja: "α、β、β'モデルで適用する。LGWAN接続系のノードから、3つの領域のどれにも属さないノード（領域の記載がないシステム、事業者のネットワーク等。セキュリティクラウドを除く）を経由してインターネットに至る経路を探し、LGWAN接続系を出る区間が無害化（画面転送等）されていなければ不適合とする。直接の接続は lgwan-no-direct-internet、α'モデルの経路は local-breakout-allow-list が判定する。",
      en: "Applies under α, β and β'. Finds paths from an LGWAN-zone node to the public internet through nodes in none of the three zones (systems without a zone, vendor networks…; not the security cloud) and fails when the hop leaving the LGWAN zone is not sanitised (e.g. screen transfer). Direct connections are judged by lgwan-no-direct-internet, and α' paths by local-breakout-allow-list.",
    },
    clauses: ["6(3)②", "2(12)", "2(13)"],
    threats: ["T1"],
    basis: "policy",
    severity: "critical",
    target: "description",
    applicability: { networkModels: ["alpha", "beta", "beta-prime"] },
    messages: {
      indirectRoute: {
        ja: "LGWAN接続系が経路 {{pathJa}} でインターネットに出ており、区間 {{hopJa}}（{{linkJa}}）が無害化されていない",
        en: "The LGWAN zone reaches the internet over {{pathEn}}, and hop {{hopEn}} ({{linkEn}}) is not sanitised",
      },
      sanitisationUnknown: {
        ja: "LGWAN接続系が経路 {{pathJa}} でインターネットに出ているが、区間 {{hopJa}}（{{linkJa}}）の無害化の方式（sanitisation）の記載がない",
        en: "The LGWAN zone reaches the internet over {{pathEn}}, but hop {{hopEn}} ({{linkEn}}) does not state its sanitisation",
      },
    },
    remediation: {
      ja: "LGWAN接続系からインターネットへの経路を廃止するか、画面転送等の無害化を経由させて無害化の方式（sanitisation）に記載すること",
      en: "Remove the route from the LGWAN zone to the internet, or pass it through sanitisation such as screen transfer and state it in sanitisation",
    },
  },
  *evaluate(_description, ctx) {
    const graph = ctx.index.graph;
    const context = flowContextOf(ctx);
    // The hop leaving the LGWAN zone is held to what a direct link to the internet zone would need.
    const rule = flowRule(context.model, "lgwan", "internet")!;
    for (const { arcId, arcs } of indirectInternetHops(graph)) {
      const status = ruleStatus(rule, graph.arcs[arcId]!.hop, context);
      if (status === "ok") continue;
      const data = { ...pathData(graph, arcs), ...hopData(graph, arcId) };
      const trace = traceOf(graph, arcs, (position) => position === 0);
      yield status === "unknown"
        ? ctx.needsEvidence("sanitisationUnknown", hopPointer(graph, arcId), data, trace)
        : ctx.fail("indirectRoute", hopPointer(graph, arcId), data, trace);
    }
  },
});

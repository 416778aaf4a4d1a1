import { type FlowContext, type FlowRule, type Hop, type LinkProblem, ruleProblems } from "../../policy/flow-policy.js";
import { defineCheck } from "../define-check.js";
import { flowContextOf, hopData, hopPointer, indirectInternetHops, pathData, traceOf } from "../paths.js";

const FACT_LABELS: Readonly<Record<string, { ja: string; en: string }>> = {
  destinationAllowList: { ja: "宛先の許可リスト", en: "a destination allow-list" },
  tenantRestriction: { ja: "テナント制限", en: "tenant restriction" },
  logged: { ja: "通信の記録", en: "logging" },
};

/** The breakout conditions named in both languages, with their field names. */
function factLabels(fields: readonly string[]) {
  return {
    facts: fields.join(", "),
    factsJa: fields.map((f) => FACT_LABELS[f]?.ja ?? f).join("・"),
    factsEn: fields.map((f) => FACT_LABELS[f]?.en ?? f).join(", "),
  };
}

const BREAKOUT: FlowRule = { kind: "allow-listed-breakout" };

/** The breakout conditions a hop does not meet, and those it does not state, as field names. */
function breakoutGaps(hop: Hop, context: FlowContext): { unmet: string[]; unstated: string[] } {
  const field = (p: LinkProblem) =>
    p.data?.fact ??
    (p.reason === "breakout-no-tenant-restriction"
      ? "tenantRestriction"
      : p.reason === "breakout-not-logged"
        ? "logged"
        : "destinationAllowList");
  const problems = ruleProblems(BREAKOUT, hop, context);
  return {
    unmet: problems.filter((p) => p.status === "violates").map(field),
    unstated: problems.filter((p) => p.status === "unknown").map(field),
  };
}

/**
 * Under α', an LGWAN-zone node may reach the internet only by an allow-listed, tenant-restricted,
 * logged local breakout — also where the breakout leaves through another node. Under the other
 * models the same paths are judged by lgwan-indirect-internet.
 */
export default defineCheck({
  meta: {
    id: "local-breakout-allow-list",
    area: "zones",
    title: {
      ja: "α'モデルで LGWAN接続系から他のノードを経由してインターネットに出る経路は、許可リスト・テナント制限・記録を備えたローカルブレイクアウトとすること",
      en: "Under α', paths from the LGWAN zone to the internet through other nodes must be allow-listed, tenant-restricted and logged local breakouts",
    },
    description: {
      ja: "α'モデルでのみ適用する。LGWAN接続系のノードから、3つの領域のどれにも属さないノード（領域の記載がないシステム、事業者のネットワーク等。セキュリティクラウドを除く）を経由してインターネットに至る経路を探し、LGWAN接続系を出る区間が destinationAllowList・tenantRestriction・logged を満たすか判定する。インターネットに直接つながる接続は lgwan-no-direct-internet が判定するため、ここでは2区間以上の経路だけを扱う。α'以外のモデルでは lgwan-indirect-internet が判定する。",
      en: "Applies under α' only. Finds paths from an LGWAN-zone node to the public internet through nodes in none of the three zones (systems without a zone, vendor networks…; not the security cloud) and judges the hop leaving the LGWAN zone: destinationAllowList, tenantRestriction and logged. A direct connection to the internet is judged by lgwan-no-direct-internet, so only paths of two or more hops are handled here. Under other models lgwan-indirect-internet judges these paths.",
    },
    clauses: ["6(3)②", "2(12)"],
    threats: ["T1"],
    basis: "guideline",
    guideline: "ガイドライン（令和6年10月版）「α'モデル」（ローカルブレイクアウトの条件）",
    severity: "high",
    target: "description",
    applicability: { networkModels: ["alpha-prime"] },
    messages: {
      breakoutNotRestricted: {
        ja: "LGWAN接続系が経路 {{pathJa}} でインターネットに出ており、区間 {{hopJa}}（{{linkJa}}）が{{factsJa}}（{{facts}}）を満たしていない",
        en: "The LGWAN zone reaches the internet over {{pathEn}}, and hop {{hopEn}} ({{linkEn}}) does not meet {{factsEn}} ({{facts}})",
      },
      breakoutUnknown: {
        ja: "LGWAN接続系が経路 {{pathJa}} でインターネットに出ているが、区間 {{hopJa}}（{{linkJa}}）の{{factsJa}}（{{facts}}）の記載がない",
        en: "The LGWAN zone reaches the internet over {{pathEn}}, but hop {{hopEn}} ({{linkEn}}) does not state {{factsEn}} ({{facts}})",
      },
    },
    remediation: {
      ja: "ローカルブレイクアウトは許可した宛先（destinationAllowList）に限り、テナント制限をかけ、通信を記録すること。経由ノードを通す必要がなければ廃止すること",
      en: "Limit the local breakout to allow-listed destinations (destinationAllowList), apply tenant restriction and log it; remove the route through the intermediate if it is not needed",
    },
  },
  *evaluate(_description, ctx) {
    const graph = ctx.index.graph;
    const flow = flowContextOf(ctx);
    for (const { arcId, arcs } of indirectInternetHops(graph)) {
      const { unmet, unstated } = breakoutGaps(graph.arcs[arcId]!.hop, flow);
      if (unmet.length === 0 && unstated.length === 0) continue;
      // The breakout may be configured where the path leaves for the internet (a proxy's own egress) rather than on
      // the first hop: the path is restricted if that last hop meets every condition (sixth review).
      const last = breakoutGaps(graph.arcs[arcs[arcs.length - 1]!]!.hop, flow);
      if (arcs.length > 1 && last.unmet.length === 0 && last.unstated.length === 0) continue;
      const data = { ...pathData(graph, arcs), ...hopData(graph, arcId) };
      const trace = traceOf(graph, arcs, (position) => position === 0);
      yield unmet.length > 0
        ? ctx.fail("breakoutNotRestricted", hopPointer(graph, arcId), { ...data, ...factLabels(unmet) }, trace)
        : ctx.needsEvidence("breakoutUnknown", hopPointer(graph, arcId), { ...data, ...factLabels(unstated) }, trace);
    }
  },
});

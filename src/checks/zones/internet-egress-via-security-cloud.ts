import { traverse } from "../../engine/network-graph.js";
import { type FlowRule, ruleStatus } from "../../policy/flow-policy.js";
import { defineCheck } from "../define-check.js";
import {
  flowContextOf,
  hopData,
  hopPointer,
  hopsOf,
  packState,
  PATH_STATES,
  pathData,
  RANK,
  rankOf,
  traceOf,
  oneConnection,
} from "../paths.js";

const VIA_SECURITY_CLOUD: FlowRule = { kind: "via-security-cloud" };

/**
 * Internet-zone traffic may not reach the internet around the security cloud through another
 * node (6(3)③). One reverse traversal from the public internet finds every internet-zone node
 * that reaches it, keeping the best "passed the security cloud" seen so far.
 */
export default defineCheck({
  meta: {
    id: "internet-egress-via-security-cloud",
    area: "zones",
    title: {
      ja: "インターネット接続系から他のノードを経由してインターネットに出る経路も、自治体情報セキュリティクラウドを経由すること",
      en: "Paths from the internet zone to the internet through other nodes must also pass through the prefectural security cloud",
    },
    description: {
      ja: "インターネット接続系のノードから、3つの領域のどれにも属さないノード（領域が書かれていないシステム、事業者のネットワーク、ガバメントクラウド等）を経由してインターネットに至る経路のうち、どの区間もセキュリティクラウドを通らないものを報告する。インターネットに直接つながる接続は internet-via-security-cloud が判定するため、ここでは2区間以上の経路だけを報告する。LGWAN接続系・マイナンバー利用事務系のノードは経由ノードとしない（そこへの通信は無害化・例外の規則で判定する）。",
      en: "Reports paths from an internet-zone node to the public internet through nodes in none of the three zones (systems without a zone, vendor networks, Government Cloud…) on which no hop passes through the security cloud. A direct connection to the internet is judged by internet-via-security-cloud, so only paths of two or more hops are reported here. LGWAN and My Number zone nodes are not intermediates: traffic into them is judged by the sanitisation and exception rules.",
    },
    clauses: ["6(3)③"],
    threats: ["T1"],
    basis: "policy",
    severity: "high",
    target: "description",
    messages: {
      bypassPath: {
        ja: "経路 {{pathJa}} は {{cloud}} を経由せずにインターネットに出ている。区間 {{hopJa}}（{{linkJa}}）をセキュリティクラウド経由にすること",
        en: "Path {{pathEn}} reaches the internet without passing through {{cloud}}; route hop {{hopEn}} ({{linkEn}}) through the security cloud",
      },
      routeUnknown: {
        ja: "経路 {{pathJa}} はインターネットに出ているが、区間 {{hopJa}}（{{linkJa}}）が経由するネットワーク（via）の記載がない",
        en: "Path {{pathEn}} reaches the internet, but hop {{hopEn}} ({{linkEn}}) does not state which networks it passes through (via)",
      },
    },
    remediation: {
      ja: "インターネットへの通信を自治体情報セキュリティクラウドに集約し、その接続の経由先にセキュリティクラウドを記載すること（via: [security-cloud]）。経由ノードからの直接のインターネット接続は廃止すること",
      en: "Aggregate internet traffic through the prefectural security cloud and list security-cloud in that connection's via; remove direct internet links of intermediate nodes",
    },
  },
  *evaluate(_description, ctx) {
    const graph = ctx.index.graph;
    const publicInternet = graph.externalNodes["public-internet"];
    if (graph.inArcs(publicInternet).length === 0) return;
    const intermediate = (node: number) => {
      const { zone, external } = graph.nodes[node]!;
      return zone === undefined && external !== "public-internet" && external !== "security-cloud";
    };
    const context = flowContextOf(ctx);
    const rank = (arcId: number) => {
      const arc = graph.arcs[arcId]!;
      return arc.kind === "part" ? RANK.violates : RANK[ruleStatus(VIA_SECURITY_CLOUD, arc.hop, context)];
    };
    const result = traverse(graph, {
      direction: "reverse",
      states: PATH_STATES,
      sources: [{ node: publicInternet, state: packState(RANK.violates, 0) }],
      step: (_arc, arcId, state, next) => {
        if (graph.nodes[next]!.zone !== "internet" && !intermediate(next)) return -1;
        const best = Math.min(rankOf(state), rank(arcId));
        return best === RANK.ok ? -1 : packState(best, hopsOf(state) + 1);
      },
      expand: (node) => graph.nodes[node]!.zone !== "internet",
    });
    for (let node = 0; node < graph.nodes.length; node++) {
      if (graph.nodes[node]!.zone !== "internet") continue;
      for (const r of [RANK.violates, RANK.unknown]) {
        const state = packState(r, 2);
        if (!result.reached(node, state)) continue;
        const arcs = result.path(node, state);
        if (oneConnection(graph, arcs)) continue;
        // The hop into the internet is where the security cloud belongs.
        const named = r === RANK.violates ? arcs.length - 1 : arcs.findIndex((arcId) => rank(arcId) === RANK.unknown);
        const arcId = arcs[named]!;
        const data = { ...pathData(graph, arcs), ...hopData(graph, arcId), cloud: ctx.profile.securityCloud };
        const trace = traceOf(graph, arcs, (position) => position === named);
        yield r === RANK.violates
          ? ctx.fail("bypassPath", hopPointer(graph, arcId), data, trace)
          : ctx.needsEvidence("routeUnknown", hopPointer(graph, arcId), data, trace);
        break;
      }
    }
  },
});

import { type NetworkGraph, traverse } from "../../engine/network-graph.js";
import { type FlowContext, flowRule, ruleStatus } from "../../policy/flow-policy.js";
import { defineCheck } from "../define-check.js";
import {
  arcVerdict,
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
  reportedAlone,
} from "../paths.js";

/** The path ranks reported, worst first. */
const RANKS_REPORTED = [RANK.violates, RANK.unknown] as const;

/**
 * Nodes a path may pass between the two zones: anything outside both, except the internet itself,
 * the security cloud and the My Number zone. A path through the My Number zone has a link into it
 * from the internet zone, which no sanitisation can make right (mynumber-connections-restricted
 * fails it, mynumber-path-from-internet names the path): asking here to sanitise it would send the
 * reader the wrong way.
 */
function isIntermediate(graph: NetworkGraph, node: number): boolean {
  const { zone, external } = graph.nodes[node]!;
  return zone === undefined && external !== "public-internet" && external !== "security-cloud";
}

/**
 * Paths between the LGWAN and internet zones through other nodes, on which no hop sanitises.
 * Two traversals from all internet-zone nodes at once: forward (into LGWAN) and reverse (out of
 * LGWAN), each keeping the best sanitisation seen so far.
 */
function unsanitisedPaths(graph: NetworkGraph, context: FlowContext) {
  const sources: { node: number; state: number }[] = [];
  graph.nodes.forEach((node, id) => {
    if (node.zone === "internet") sources.push({ node: id, state: packState(RANK.violates, 0) });
  });
  const question = (direction: "forward" | "reverse") => {
    // Every hop is held to the sanitisation the direct link between the two zones would need.
    const rule = (direction === "forward" ? flowRule(context.model, "internet", "lgwan") : flowRule(context.model, "lgwan", "internet"))!;
    const rank = (arcId: number) => {
      const arc = graph.arcs[arcId]!;
      // Nothing inside one system sanitises.
      return arc.kind === "part" ? RANK.violates : RANK[ruleStatus(rule, arc.hop, context)];
    };
    const result = traverse(graph, {
      direction,
      states: PATH_STATES,
      sources,
      step: (_arc, arcId, state, next) => {
        if (graph.nodes[next]!.zone !== "lgwan" && !isIntermediate(graph, next)) return -1;
        const best = Math.min(rankOf(state), rank(arcId));
        // A sanitised path stays sanitised: no need to follow it further.
        return best === RANK.ok ? -1 : packState(best, hopsOf(state) + 1);
      },
      expand: (node) => graph.nodes[node]!.zone !== "lgwan",
    });
    return { result, rank };
  };
  return [question("forward"), question("reverse")] as const;
}

/** Whether the path passes a vendor network straight from one zone into the other (a node with lines into both). */
function bridgedByVendor(graph: NetworkGraph, arcs: readonly number[]): boolean {
  for (let i = 0; i + 1 < arcs.length; i++) {
    const into = graph.arcs[arcs[i]!]!;
    const out = graph.arcs[arcs[i + 1]!]!;
    if (graph.nodes[into.to]!.external !== "vendor-network") continue;
    const zones = [graph.nodes[into.from]!.zone, graph.nodes[out.to]!.zone];
    if (zones.includes("internet") && zones.includes("lgwan")) return true;
  }
  return false;
}

const VENDOR_BRIDGE_REMEDIATION = {
  ja: "事業者の保守の回線と端末を領域ごとに分け、一つの保守拠点から両領域に入らないようにすること（インターネット接続系の保守はセキュリティクラウド経由とする等）。分けている場合は、その回線の接続（connections）を別の事業者のネットワークとして記載すること",
  en: "Give the vendor separate maintenance lines and terminals per zone, so that no one maintenance centre reaches both zones (maintain the internet zone through the security cloud, for instance); where they are separate, describe them as separate vendor networks in connections",
};

export default defineCheck({
  meta: {
    id: "lgwan-internet-path-sanitised",
    area: "zones",
    title: {
      ja: "LGWAN接続系とインターネット接続系の間の経路は、他のノードを経由する場合も無害化すること",
      en: "Every path between the LGWAN and internet zones must be sanitised, also through intermediate nodes",
    },
    description: {
      ja: "インターネット接続系と LGWAN接続系の間を、どちらの領域にも属さないノード（領域が書かれていないシステム、外部ネットワーク等）を経由して結ぶ経路のうち、どの区間も無害化していないものを報告する。β・β'モデルでは、インターネット接続系の端末（端末群）から出る区間は画面転送でなければ無害化とみなさない。両領域を直接結ぶ接続は lgwan-internet-sanitised が判定するため、ここでは2区間以上の経路だけを報告する。インターネットとセキュリティクラウド、マイナンバー利用事務系のノードは経由ノードとしない（それらを通る通信は他のチェックが判定する。マイナンバー利用事務系への接続は、マイナンバー利用事務系の分離のチェックが不適合とする）。LGWAN接続系のノードごとに1件（流入経路を優先）報告する。",
      en: "Reports paths between the internet zone and the LGWAN zone through nodes in neither zone (systems without a zone, external networks…) on which no hop sanitises. Under β and β', a hop leaving internet-zone terminals (a terminal group) sanitises only by screen transfer. A connection joining the two zones directly is judged by lgwan-internet-sanitised, so only paths of two or more hops are reported here. The public internet, the security cloud and My Number zone nodes are not intermediates (other checks judge traffic through them; a link into the My Number zone fails the My Number isolation checks). One finding per LGWAN node, the inbound path first.",
    },
    clauses: ["6(3)②", "2(12)", "2(13)"],
    threats: ["T1"],
    basis: "policy",
    severity: "critical",
    target: "description",
    messages: {
      unsanitisedPath: {
        ja: "経路 {{pathJa}} は LGWAN接続系とインターネット接続系を無害化せずにつないでいる。区間 {{hopJa}}（{{linkJa}}）で無害化すること",
        en: "Path {{pathEn}} joins the LGWAN and internet zones without sanitisation on any hop; sanitise hop {{hopEn}} ({{linkEn}})",
      },
      sanitisationUnknown: {
        ja: "経路 {{pathJa}} は LGWAN接続系とインターネット接続系をつないでいるが、区間 {{hopJa}}（{{linkJa}}）の無害化の方式（sanitisation）の記載がない",
        en: "Path {{pathEn}} joins the LGWAN and internet zones, but hop {{hopEn}} ({{linkEn}}) does not state its sanitisation",
      },
      // A vendor's network with lines into both zones (a maintenance centre reaching the internet-zone
      // servers and the LGWAN-zone ones): no sanitisation on a maintenance line makes that right; the
      // way out is to keep the two apart (seventeenth review: the generic advice asked for a method).
      vendorBridge: {
        ja: "経路 {{pathJa}} では、事業者のネットワークが LGWAN接続系とインターネット接続系の両方に接続しており、無害化せずに両領域をつないでいる（区間 {{hopJa}}、{{linkJa}}）",
        en: "On path {{pathEn}} a vendor network has lines into both the LGWAN and the internet zone, joining them without sanitisation (hop {{hopEn}}, {{linkEn}})",
        remediation: VENDOR_BRIDGE_REMEDIATION,
      },
      // Fifty-fourth review: a town whose one vendor maintains both zones from two centres over separate lines got this at
      // critical, worded as a missing sanitisation, with a remedy asking for what it had already written. A question of
      // separation (high): what shows that the vendor's lines and terminals for each zone are apart.
      vendorBridgeUnknown: {
        ja: "経路 {{pathJa}} では、同じ事業者のネットワークが LGWAN接続系とインターネット接続系の両方に接続している（区間 {{hopJa}}、{{linkJa}}）。事業者の側で両領域への回線・保守端末が分かれ、両領域をつないでいないことを確かめられない",
        en: "On path {{pathEn}} the same vendor's network has lines into both the LGWAN and the internet zone (hop {{hopEn}}, {{linkEn}}); nothing shows that the vendor keeps its lines and maintenance terminals for the two zones apart",
        severity: "high",
        remediation: {
          ja: "事業者の保守拠点・回線・保守端末が領域ごとに分かれていることを確認できる資料（回線構成図、保守端末の管理簿、保守の手順）を示すこと。一つの保守端末から両領域に入れるなら、領域ごとに分けること",
          en: "Show evidence that the vendor's maintenance sites, lines and terminals are separate per zone (the line diagram, the register of maintenance terminals, the maintenance procedure); if one maintenance terminal can reach both zones, separate them",
        },
      },
    },
    remediation: {
      ja: "両領域の間の経路に無害化（メール本文のテキスト化、画面転送、ファイル無害化）を置き、その接続の無害化の方式（sanitisation）に記載すること。不要な経由ノードとの接続は廃止すること",
      en: "Put sanitisation (mail text conversion, screen transfer, file sanitisation) on the path between the zones and state it in that connection's sanitisation; remove links to intermediates that are not needed",
    },
  },
  *evaluate(_description, ctx) {
    const graph = ctx.index.graph;
    if (!graph.nodes.some((n) => n.zone === "lgwan") || !graph.nodes.some((n) => n.zone === "internet")) return;
    const questions = unsanitisedPaths(graph, flowContextOf(ctx));
    const deniedAlone = (arcId: number) => {
      if (!reportedAlone(graph, arcId)) return false;
      const verdict = arcVerdict(graph, arcId, ctx);
      return verdict.status === "violates" && verdict.rule === "denied";
    };
    for (let node = 0; node < graph.nodes.length; node++) {
      if (graph.nodes[node]!.zone !== "lgwan") continue;
      // Indexed loops: this runs for every LGWAN node, and most reach nothing.
      found: for (const rank of RANKS_REPORTED) {
        const state = packState(rank, 2);
        for (let i = 0; i < questions.length; i++) {
          const { result, rank: rankOfArc } = questions[i]!;
          if (!result.reached(node, state)) continue;
          const arcs = result.path(node, state);
          if (oneConnection(graph, arcs)) continue;
          // A hop that must not exist at all (the internet zone on the LGWAN network, say) is its link
          // check's finding; no sanitisation cures it, so the path is not asked about (eleventh review).
          if (arcs.some((arcId) => deniedAlone(arcId))) continue;
          // Forward paths end at the LGWAN node, reverse ones start there: the hop next to it must change.
          const boundary = i === 0 ? arcs.length - 1 : 0;
          const named = rank === RANK.violates ? boundary : arcs.findIndex((arcId) => rankOfArc(arcId) === RANK.unknown);
          const arcId = arcs[named]!;
          const data = { ...pathData(graph, arcs), ...hopData(graph, arcId) };
          const trace = traceOf(graph, arcs, (position) => position === named);
          const throughVendor = bridgedByVendor(graph, arcs);
          yield rank === RANK.violates
            ? ctx.fail(throughVendor ? "vendorBridge" : "unsanitisedPath", hopPointer(graph, arcId), data, trace)
            : ctx.needsEvidence(throughVendor ? "vendorBridgeUnknown" : "sanitisationUnknown", hopPointer(graph, arcId), data, trace);
          break found;
        }
      }
    }
  },
});

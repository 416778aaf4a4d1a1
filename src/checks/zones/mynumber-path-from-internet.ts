import { traverse } from "../../engine/network-graph.js";
import { FLOW_RULE_LABELS } from "../../policy/flow-policy.js";
import { defineCheck } from "../define-check.js";
import {
  arcVerdict,
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

/**
 * The My Number zone must not be reachable from the internet side over a chain of links, even
 * when each link looks harmless on its own (6(3)①). One traversal from every internet-zone node
 * and the public internet at once, keeping the worst hop seen so far.
 */
export default defineCheck({
  meta: {
    id: "mynumber-path-from-internet",
    area: "zones",
    title: {
      ja: "インターネット側からマイナンバー利用事務系に至る経路は、全ての区間が許可された通信であること",
      en: "Every path from the internet side into the My Number zone must consist only of permitted links",
    },
    description: {
      ja: "インターネット（またはインターネット接続系）からマイナンバー利用事務系のノードに至る2区間以上の経路を探し、領域間の通信可否表（ネットワークモデル別）に合わない区間がある経路を報告する。区間の判定は1区間の接続と同じ判定（通信可否表、インターネットを経由する接続はインターネットとの通信、領域の異なる端末群の利用も区間とみなす）による。1区間だけの接続や、合わない区間がすべてマイナンバー利用事務系に出入りする区間で、それ自体で他のチェック（mynumber-connections-restricted、cross-zone-parts、terminal-internet-access）の指摘になる経路は、ここでは報告しない（同じ問題を二重に報告しない）。LGWAN接続系とインターネットの間のように別の境界の区間が合わない経路は、その境界のチェックの指摘に加えて、マイナンバー利用事務系に至ることをここで報告する。方向の記載がない接続は双方向とみなす。",
      en: "Finds paths of two or more hops from the public internet (or the internet zone) to a node in the My Number zone and reports those with a hop that the network model's allowed-flow table does not permit. Each hop is judged exactly as a single link is (the flow table; a link crossing the internet counts as the internet; a terminal group used from another zone is a hop too). Single connections, and paths whose every failing hop enters or leaves the My Number zone and is already another check's finding (mynumber-connections-restricted, cross-zone-parts, terminal-internet-access), are not reported here, so one problem is not reported twice. A path that fails at another boundary (the LGWAN zone's with the internet) is reported here too, for what it opens into the My Number zone. Connections without a stated direction are taken as bidirectional.",
    },
    clauses: ["6(3)①"],
    threats: ["T1"],
    basis: "policy",
    severity: "critical",
    target: "description",
    messages: {
      reachableFromInternet: {
        ja: "マイナンバー利用事務系の {{target}} にインターネット側から経路 {{pathJa}} で到達できる。区間 {{hopJa}}（{{linkJa}}、通信可否表：{{ruleJa}}）を変更すること",
        en: "{{target}} in the My Number zone is reachable from the internet side over {{pathEn}}; change hop {{hopEn}} ({{linkEn}}; flow table: {{ruleEn}})",
      },
      pathUnknown: {
        ja: "マイナンバー利用事務系の {{target}} にインターネット側から経路 {{pathJa}} で到達できる可能性がある。区間 {{hopJa}}（{{linkJa}}、通信可否表：{{ruleJa}}）の判断に必要な事実（領域、無害化、承認、通信相手の限定、ポート、経由先）を記載すること",
        en: "{{target}} in the My Number zone may be reachable from the internet side over {{pathEn}}; state the facts needed to judge hop {{hopEn}} ({{linkEn}}; flow table: {{ruleEn}}): zones, sanitisation, approval, address restriction, ports or via",
      },
    },
    remediation: {
      ja: "経路上の許可されない区間を廃止または変更すること。マイナンバー利用事務系への接続は、承認を得てIP・MACアドレスとポートで限定した例外か、指定された国のシステムとの接続に限ること",
      en: "Remove or change the hops that are not permitted. Links into the My Number zone must be approved exceptions restricted by IP/MAC address and port, or links to designated national systems",
    },
  },
  *evaluate(_description, ctx) {
    const graph = ctx.index.graph;
    const publicInternet = graph.externalNodes["public-internet"];
    const isSource = (node: number) => node === publicInternet || graph.nodes[node]?.zone === "internet";
    const inMyNumber = (node: number) => graph.nodes[node]?.zone === "mynumber";
    const status = (arcId: number) => {
      const verdict = arcVerdict(graph, arcId, ctx);
      return { rule: verdict.rule, rank: RANK[verdict.status] };
    };
    // A hop into or out of the zone that is already a finding of its own under 6(3)① (the link
    // checks, cross-zone-parts, terminal-internet-access) adds nothing to a path: a path failing
    // only there would report that one gap twice (tenth review).
    const pathRank = (arcId: number) => (reportedAlone(graph, arcId, "mynumber") ? RANK.ok : status(arcId).rank);

    if (!graph.nodes.some((node) => node.zone === "mynumber")) return;
    const sources: { node: number; state: number }[] = [];
    graph.nodes.forEach((_, node) => {
      if (isSource(node)) sources.push({ node, state: 0 });
    });
    // Paths start at the last internet-side node (never step back into one) and end on entering the zone.
    const result = traverse(graph, {
      direction: "forward",
      states: PATH_STATES,
      sources,
      step: (_arc, arcId, state, next) => (isSource(next) ? -1 : packState(Math.max(rankOf(state), pathRank(arcId)), hopsOf(state) + 1)),
      expand: (node) => !inMyNumber(node),
    });

    for (let node = 0; node < graph.nodes.length; node++) {
      if (!inMyNumber(node)) continue;
      for (const [rank, messageId] of [
        [RANK.violates, "reachableFromInternet"],
        [RANK.unknown, "pathUnknown"],
      ] as const) {
        const state = packState(rank, 2);
        if (!result.reached(node, state)) continue;
        const arcs = result.path(node, state);
        if (oneConnection(graph, arcs)) continue;
        const ranks = arcs.map((arcId) => status(arcId));
        // The hop named is the first that no other check reports; every failing hop is marked in the trace.
        const named = arcs.findIndex((arcId, i) => ranks[i]!.rank === rank && !reportedAlone(graph, arcId, "mynumber"));
        const arcId = arcs[named]!;
        const data = {
          target: graph.nodes[node]!.label,
          ...pathData(graph, arcs),
          ...hopData(graph, arcId),
          // A hop the table allows fails on its link's own facts (a national system the LGWAN zone may not reach, say):
          // 「通信してよい…を変更すること」 contradicted itself (fifty-fifth review).
          ...(ranks[named]!.rule === "allowed"
            ? rank === RANK.violates
              ? {
                  ruleJa: "通信してよい区間だが、この接続は条件を満たさない",
                  ruleEn: "an allowed hop, but this link does not meet its conditions",
                }
              : {
                  ruleJa: "通信してよい区間だが、判断に必要な事実が足りない",
                  ruleEn: "an allowed hop, but facts needed to judge it are missing",
                }
            : { ruleJa: FLOW_RULE_LABELS[ranks[named]!.rule].ja, ruleEn: FLOW_RULE_LABELS[ranks[named]!.rule].en }),
        };
        const trace = traceOf(graph, arcs, (i) => ranks[i]!.rank === rank);
        yield rank === RANK.violates
          ? ctx.fail(messageId, hopPointer(graph, arcId), data, trace)
          : ctx.needsEvidence(messageId, hopPointer(graph, arcId), data, trace);
        break;
      }
    }
  },
});

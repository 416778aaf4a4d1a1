import type { CheckContext } from "../../engine/check-api.js";
import { connectionHopsOf, type DescriptionIndex } from "../../engine/description-index.js";
import { flowRule, portListConcern } from "../../policy/flow-policy.js";
import type { Connection } from "../../model/connection.js";
import { defineCheck } from "../define-check.js";
import { hasAnyPort, leavesMyNumberZone, hopLabels, refLabel, zoneOfRef } from "../shared.js";

/** Whether the connection crosses a boundary: an external end, or system ends in different (or unknown) zones. */
function crossesBoundary(connection: Connection, index: DescriptionIndex): boolean {
  const ends = [connection.from, connection.to];
  // Between two networks outside the municipality's zones (another body's system and the internet,
  // say): not the municipality's boundary (eighteenth review: a 組合's own internet line was judged).
  const outside = (end: (typeof ends)[number]) =>
    "external" in end ? end.external !== "government-cloud" : index.otherBodySystems.has(end.system);
  if (ends.every(outside)) return false;
  if (ends.some((end) => "external" in end)) return true;
  const [from, to] = ends.map((end) => zoneOfRef(end, index));
  return from === undefined || to === undefined || from !== to;
}

/**
 * Whether a hop of the connection is one the flow table allows only as an approved exception (a vendor
 * network into the LGWAN zone, say): the zone check judging it asks for ports among the exception's
 * restrictions, so the ports are not judged twice (twenty-ninth review: `ports: [any]` on a vendor
 * line failed here and in zone-links-permitted).
 */
function judgedAsException(connection: Connection, ctx: Pick<CheckContext, "index" | "profile">): boolean {
  return connectionHopsOf(ctx.index, connection).some(
    (hop) => flowRule(ctx.profile.networkModel, hop.from, hop.to)?.kind === "exception-only",
  );
}

/**
 * Unauthorised access (3(1)) is held back at boundaries by default-deny filtering: a link between
 * zones, or to an external network, allows only the ports it needs. Links that leave the My Number
 * zone are judged, more strictly, by mynumber-connections-restricted (6(3)①), so they are not
 * applicable here and a finding is never reported twice.
 */
export default defineCheck({
  meta: {
    id: "boundary-ports-restricted",
    area: "technical",
    title: {
      ja: "領域の境界や外部ネットワークとの通信は、必要なポートだけを許可すること（既定は拒否）",
      en: "Connections across zone boundaries or to external networks must allow only the ports they need (default deny)",
    },
    clauses: ["6(6)"],
    threats: ["T1"],
    basis: "guideline",
    guideline: "ガイドライン（令和7年3月版）対策基準例「技術的セキュリティ」（不正アクセス対策、ネットワークの接続制御）",
    severity: "high",
    target: "connection",
    applicability: {
      when: (connection, ctx) =>
        crossesBoundary(connection, ctx.index) && !leavesMyNumberZone(connection, ctx.index) && !judgedAsException(connection, ctx),
      condition: {
        ja: "領域の境界または外部ネットワークとの間の通信経路（マイナンバー利用事務系に出入りするものは 6(3)① のチェックで、例外としてだけ認められる接続（事業者のネットワークと LGWAN接続系など）は承認・限定の条件として領域のチェックで扱う）",
        en: "connections across a zone boundary or to an external network (those into or out of the My Number zone are judged under 6(3)①, and links allowed only as exceptions, such as a vendor network with the LGWAN zone, by the zone checks among the exception's conditions)",
      },
    },
    messages: {
      anyPort: {
        ja: "接続 {{connection}}（{{hopJa}}）はポートを限定していない（ports が any、または限定にならないほど多い）",
        en: "Connection {{connection}} ({{hopEn}}) does not restrict its ports (any, or too many to restrict anything)",
      },
      // Fifty-sixth and fifty-seventh reviews: 20 and 40 ports, telnet and SMB among them, passed as restricted.
      portsBroad: {
        ja: "接続 {{connection}}（{{hopJa}}）は {{count}} 個のポート{{amongJa}}を許可している。境界では業務に必要なポートだけを許可すること。それぞれのポートが必要な理由を確認できる資料（通信要件・ファイアウォール設定）を示すこと",
        en: "Connection {{connection}} ({{hopEn}}) allows {{count}} ports{{amongEn}}; a boundary allows only the ports the work needs. Show the reason for each (the communication requirements or firewall rules)",
        remediation: {
          ja: "業務に使うポートだけを残してファイアウォールの許可を絞り、残した各ポートの用途を通信要件に記載すること",
          en: "Narrow the firewall rules to the ports the work uses, and record what each remaining port is for in the communication requirements",
        },
      },
      portsShellOrShare: {
        ja: "接続 {{connection}}（{{hopJa}}）は {{ports}} のポートを許可している。平文のリモートシェル、ファイル共有や RPC のポートで、領域の境界や外部との通信に要るとは考えにくい。業務に必要な理由を確認できる資料を示すか、閉じること",
        en: "Connection {{connection}} ({{hopEn}}) allows ports {{portsEn}}, used by clear-text remote shells, file sharing or RPC, which a link across a boundary is unlikely to need. Show why the work needs them, or close them",
        remediation: {
          ja: "telnet・NetBIOS・SMB のポートは閉じ、ファイルの受渡しは承認された方式（無害化・ファイル転送の仕組み）で行うこと。必要な場合はその理由と代わりに取れない事情を記録すること",
          en: "Close the telnet, NetBIOS and SMB ports, and move files by an approved method (sanitisation or a file-transfer system); where one is needed, record why and why nothing else will do",
        },
      },
      noPorts: {
        ja: "接続 {{connection}}（{{hopJa}}）で許可するポートが1つもなく（ports が空）、どのポートに限るのか定まっていない",
        en: "Connection {{connection}} ({{hopEn}}) lists no allowed ports, so no allow-list is defined",
      },
      portsUnknown: {
        ja: "接続 {{connection}}（{{hopJa}}）の許可ポート（ports）の記載がない",
        en: "Connection {{connection}} ({{hopEn}}) does not state its allowed ports (ports)",
      },
      zoneUnknown: {
        ja: "接続 {{connection}} の端点 {{end}} の領域が分からず、境界をまたぐか判断できない",
        en: "The zone of end {{end}} of connection {{connection}} is unknown, so whether it crosses a boundary cannot be decided",
      },
    },
    remediation: {
      ja: "境界のファイアウォールは既定で全て拒否し、業務に必要な宛先ポートだけを許可すること。許可したポートを接続の許可ポート（ports）に記載すること",
      en: "Make boundary firewalls deny by default and allow only the destination ports the work needs; list them under ports",
    },
  },
  *evaluate(connection, ctx) {
    const data = {
      connection: connection.id,
      from: refLabel(connection.from),
      to: refLabel(connection.to),
      ...hopLabels(connection.from, connection.to),
    };
    const unknownEnds = (["from", "to"] as const).filter((end) => {
      const ref = connection[end];
      return "system" in ref && zoneOfRef(ref, ctx.index) === undefined;
    });
    if (unknownEnds.length > 0) {
      // Whether it crosses a boundary matters only when its ports would fail or be asked about there: a short list of
      // ports is restricted whatever the zones (seventy-second review: an unzoned public Wi-Fi's line with ports 53, 80
      // and 443 was asked at high for its zone).
      const ports = connection.ports;
      const restricted = ports !== undefined && ports.length > 0 && !hasAnyPort(ports) && portListConcern(connection) === undefined;
      if (!restricted) {
        for (const end of unknownEnds) yield ctx.needsEvidence("zoneUnknown", [end], { ...data, end: refLabel(connection[end]) });
      }
      return;
    }
    if (connection.ports === undefined) yield ctx.needsEvidence("portsUnknown", ["ports"], data);
    else if (hasAnyPort(connection.ports)) yield ctx.fail("anyPort", ["ports"], data);
    else if (connection.ports.length === 0) yield ctx.fail("noPorts", ["ports"], data);
    else {
      const concern = portListConcern(connection);
      if (concern?.reason === "ports-broad") yield ctx.needsEvidence("portsBroad", ["ports"], { ...data, ...concern.data });
      else if (concern !== undefined) yield ctx.needsEvidence("portsShellOrShare", ["ports"], { ...data, ...concern.data });
    }
  },
});

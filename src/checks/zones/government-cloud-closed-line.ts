import type { Connection } from "../../model/connection.js";
import { defineCheck } from "../define-check.js";
import { hopLabels, refLabel, zoneOfRef } from "../shared.js";
import type { DescriptionIndex } from "../../engine/description-index.js";
import type { Zone } from "../../model/zone.js";
import { ZONES } from "../../model/values/zone.js";
import { crossesInternet, TRANSPORTS } from "../../model/values/transport.js";

const isExternal = (end: Connection["from"], network: string) => "external" in end && end.external === network;

/**
 * An access line to Government Cloud: a connection with Government Cloud at one end and anything
 * but the internet at the other. A Government Cloud segment joined to the internet itself is no
 * access line; the zone link checks judge it (for the My Number segment, a denied link).
 */
export const reachesGovernmentCloud = (connection: Connection) =>
  [connection.from, connection.to].some((end) => isExternal(end, "government-cloud")) &&
  ![connection.from, connection.to].some((end) => isExternal(end, "public-internet"));

/** The zone of the system end of a line to Government Cloud that names no segment, or undefined. */
function unsegmentedZone(connection: Connection, index: DescriptionIndex): Zone | undefined {
  const cloud = [connection.from, connection.to].find((end) => isExternal(end, "government-cloud"));
  if (cloud === undefined || !("external" in cloud) || cloud.segment !== undefined) return undefined;
  const other = cloud === connection.from ? connection.to : connection.from;
  return "system" in other ? zoneOfRef(other, index) : undefined;
}

/** The lines to Government Cloud without a segment of each description, with their system's zone (made once per description). */
const unsegmentedLines = new WeakMap<object, readonly { readonly id: string; readonly zone: Zone }[]>();

/**
 * Lines to Government Cloud without a segment from systems of other zones than this line's: each is taken to reach its own
 * zone's segment, but written so, one shared tenancy would look the same (fifty-fifth review: the My Number and LGWAN zones
 * both reaching Government Cloud with no segment passed silently). Their ids, in description order.
 */
function otherZonesUnsegmented(
  connection: Connection,
  zone: Zone,
  description: { connections?: readonly Connection[] },
  index: DescriptionIndex,
): string[] {
  let lines = unsegmentedLines.get(description);
  if (lines === undefined) {
    lines = (description.connections ?? []).flatMap((other) => {
      const otherZone = reachesGovernmentCloud(other) ? unsegmentedZone(other, index) : undefined;
      return otherZone === undefined ? [] : [{ id: other.id, zone: otherZone }];
    });
    unsegmentedLines.set(description, lines);
  }
  return lines.filter((line) => line.id !== connection.id && line.zone !== zone).map((line) => line.id);
}

/** Government Cloud is reached over closed or dedicated lines, never the internet (6(3)①). */
export default defineCheck({
  meta: {
    id: "government-cloud-closed-line",
    area: "zones",
    title: {
      ja: "ガバメントクラウドへは閉域網または専用線で接続すること",
      en: "Government Cloud must be reached over closed or dedicated lines, never the internet",
    },
    description: {
      ja: "ガイドラインは、ガバメントクラウド上の標準準拠システムをマイナンバー利用事務系の環境として扱い、インターネットを経由しない専用回線等での接続を求める。インターネットVPNもインターネットを経由するため認めない。",
      en: "The guideline treats standardised systems on Government Cloud as part of the My Number zone's environment and has them reached over dedicated lines that avoid the internet. An internet VPN still crosses the internet, so it is not accepted.",
    },
    clauses: ["6(3)①"],
    threats: ["T1"],
    basis: "guideline",
    guideline: "ガイドライン（令和7年3月版）「ガバメントクラウドの利用における対策」",
    severity: "critical",
    target: "connection",
    applicability: {
      when: reachesGovernmentCloud,
      condition: {
        ja: "ガバメントクラウドを一方の端とし、他方がインターネットでない接続（ガバメントクラウドへの回線）",
        en: "connections with Government Cloud at one end and not the internet at the other (lines to Government Cloud)",
      },
    },
    messages: {
      overInternet: {
        ja: "接続 {{connection}}（{{hopJa}}）はガバメントクラウドへ{{transportJa}}で接続している",
        en: "Connection {{connection}} ({{hopEn}}) reaches Government Cloud over {{transportEn}}",
      },
      viaInternet: {
        ja: "接続 {{connection}}（{{hopJa}}）はインターネットを経由してガバメントクラウドへ接続している",
        en: "Connection {{connection}} ({{hopEn}}) passes through the public internet on its way to Government Cloud",
      },
      viaSecurityCloud: {
        ja: "接続 {{connection}}（{{hopJa}}）はインターネット側にあるセキュリティクラウドを経由してガバメントクラウドへ接続している",
        en: "Connection {{connection}} ({{hopEn}}) passes through the security cloud, on the internet side, on its way to Government Cloud",
      },
      segmentsNotStated: {
        ja: "ガバメントクラウドへの接続 {{connection}}（{{zoneJa}}）と、他の領域のシステムからの接続 {{connections}} は、いずれも区画（segment）の記載がない。同じ区画に入っていれば、ガバメントクラウドの中で領域どうしがつながる。各接続の区画（mynumber・lgwan・internet）を記載すること",
        en: "Connection {{connection}} to Government Cloud ({{zoneEn}}) and connection(s) {{connections}} from systems of another zone state no segment; if they reach the same segment, the zones meet inside Government Cloud. State each connection's segment (mynumber, lgwan or internet)",
        severity: "high",
        remediation: {
          ja: "ガバメントクラウドの区画を領域ごとに分け、各接続の segment にその区画を記載すること",
          en: "Keep a Government Cloud segment per zone, and state each connection's segment",
        },
      },
      transportUnknown: {
        ja: "ガバメントクラウドへの接続 {{connection}} の通信手段（transport）の記載がない",
        en: "Connection {{connection}} to Government Cloud does not state its transport",
      },
    },
    remediation: {
      ja: "ガバメントクラウド接続サービス等の閉域網（closed-line）または専用線（dedicated-line）に切り替えること",
      en: "Move the link to a closed network (closed-line), such as a Government Cloud connectivity service, or a dedicated line (dedicated-line)",
    },
  },
  *evaluate(connection, ctx) {
    const data = {
      connection: connection.id,
      from: refLabel(connection.from),
      to: refLabel(connection.to),
      ...hopLabels(connection.from, connection.to),
    };
    if (connection.via?.includes("public-internet")) yield ctx.fail("viaInternet", ["via"], data);
    else if (connection.via?.includes("security-cloud")) yield ctx.fail("viaSecurityCloud", ["via"], data);
    const zone = unsegmentedZone(connection, ctx.index);
    if (zone !== undefined) {
      const others = otherZonesUnsegmented(connection, zone, ctx.description, ctx.index);
      if (others.length > 0) {
        const label = ZONES[zone].label;
        yield ctx.needsEvidence("segmentsNotStated", [], { ...data, zoneJa: label.ja, zoneEn: label.en, connections: others.join(", ") });
      }
    }
    if (connection.transport === undefined) yield ctx.needsEvidence("transportUnknown", [], data);
    else if (crossesInternet(connection.transport)) {
      const transport = TRANSPORTS[connection.transport];
      yield ctx.fail("overInternet", ["transport"], { ...data, transportJa: transport.ja, transportEn: transport.en });
    }
  },
});

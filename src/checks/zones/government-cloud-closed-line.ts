import type { Connection } from "../../model/connection.js";
import { defineCheck } from "../define-check.js";
import { hopLabels, refLabel } from "../shared.js";
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
    if (connection.transport === undefined) yield ctx.needsEvidence("transportUnknown", [], data);
    else if (crossesInternet(connection.transport)) {
      const transport = TRANSPORTS[connection.transport];
      yield ctx.fail("overInternet", ["transport"], { ...data, transportJa: transport.ja, transportEn: transport.en });
    }
  },
});

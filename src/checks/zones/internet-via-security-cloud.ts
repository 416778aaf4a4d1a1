import type { DescriptionIndex } from "../../engine/description-index.js";
import type { Connection } from "../../model/connection.js";
import { defineCheck } from "../define-check.js";
import { refLabel, zoneOfRef } from "../shared.js";

function internetZoneToPublicInternet(connection: Connection, index: DescriptionIndex): boolean {
  const ends = [connection.from, connection.to];
  const touchesInternetZone = ends.some((end) => zoneOfRef(end, index) === "internet");
  const touchesPublicInternet = ends.some((end) => "external" in end && end.external === "public-internet");
  return touchesInternetZone && touchesPublicInternet;
}

/** The internet zone reaches the internet only through the prefectural security cloud (6(3)③). */
export default defineCheck({
  meta: {
    id: "internet-via-security-cloud",
    area: "zones",
    title: {
      ja: "インターネット接続系からインターネットへの通信は自治体情報セキュリティクラウドを経由すること",
      en: "Internet-zone traffic to the internet must pass through the prefectural security cloud",
    },
    clauses: ["6(3)③"],
    threats: ["T1"],
    basis: "policy",
    severity: "high",
    target: "connection",
    applicability: { when: (connection, ctx) => internetZoneToPublicInternet(connection, ctx.index) },
    messages: {
      bypassesSecurityCloud: {
        ja: "接続 {{connection}}（{{from}} → {{to}}）は {{cloud}} を経由せずにインターネットに出ている",
        en: "Connection {{connection}} ({{from}} → {{to}}) reaches the internet without passing through {{cloud}}",
      },
      routeUnknown: {
        ja: "接続 {{connection}} が経由するネットワーク（via）が書かれていない",
        en: "Connection {{connection}} does not state which networks it passes through (via)",
      },
    },
    remediation: {
      ja: "インターネットとの通信を自治体情報セキュリティクラウドに集約し、via に security-cloud を記載すること",
      en: "Aggregate internet traffic through the prefectural security cloud and list security-cloud in via",
    },
  },
  *evaluate(connection, ctx) {
    const data = {
      connection: connection.id,
      from: refLabel(connection.from),
      to: refLabel(connection.to),
      cloud: ctx.profile.securityCloud,
    };
    if (connection.via === undefined) yield ctx.needsEvidence("routeUnknown", [], data);
    else if (!connection.via.includes("security-cloud")) yield ctx.fail("bypassesSecurityCloud", ["via"], data);
  },
});

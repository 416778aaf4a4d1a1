import type { DescriptionIndex } from "../../engine/description-index.js";
import type { Connection } from "../../model/connection.js";
import { defineCheck } from "../define-check.js";
import { hasAnyPort, refLabel, zoneOfRef } from "../shared.js";

/** Whether exactly one end of the connection is in the My Number zone. */
function leavesMyNumberZone(connection: Connection, index: DescriptionIndex): boolean {
  const from = zoneOfRef(connection.from, index);
  const to = zoneOfRef(connection.to, index);
  return (from === "mynumber") !== (to === "mynumber");
}

/**
 * The My Number zone talks to nothing else in principle (6(3)①). The exceptions the guideline
 * allows — designated national systems, and approved unavoidable links — must be restricted by
 * address and port, and never cross the internet.
 */
export default defineCheck({
  meta: {
    id: "mynumber-connections-restricted",
    area: "zones",
    title: {
      ja: "マイナンバー利用事務系と他の領域との通信は、承認され経路とポートを限定した例外に限ること",
      en: "My Number zone links to anything else must be approved exceptions restricted by address and port",
    },
    clauses: ["6(3)①"],
    threats: ["T1"],
    basis: "policy",
    guideline: "令和7年3月版 第3編 1.3(1)（特定通信・国のシステムとの接続）",
    severity: "critical",
    target: "connection",
    applicability: { when: (connection, ctx) => leavesMyNumberZone(connection, ctx.index) },
    messages: {
      internetLink: {
        ja: "接続 {{connection}}（{{from}} → {{to}}）はマイナンバー利用事務系をインターネットにつないでいる",
        en: "Connection {{connection}} ({{from}} → {{to}}) links the My Number zone to the internet",
      },
      notApproved: {
        ja: "接続 {{connection}}（{{from}} → {{to}}）は承認された例外でも指定された国のシステムへの接続でもない",
        en: "Connection {{connection}} ({{from}} → {{to}}) is neither an approved exception nor a link to a designated national system",
      },
      addressUnrestricted: {
        ja: "接続 {{connection}} は通信相手を IP アドレス・MAC アドレスで限定していない",
        en: "Connection {{connection}} does not restrict its peers by IP or MAC address",
      },
      anyPort: {
        ja: "接続 {{connection}} は全てのポート（any）を許可している",
        en: "Connection {{connection}} allows any port",
      },
      addressUnknown: {
        ja: "接続 {{connection}} の通信相手の限定（addressRestriction）が書かれていない",
        en: "Connection {{connection}} does not state its peer restriction (addressRestriction)",
      },
      portsUnknown: {
        ja: "接続 {{connection}} の許可ポート（ports）が書かれていない",
        en: "Connection {{connection}} does not state its allowed ports (ports)",
      },
    },
    remediation: {
      ja: "不要な接続は廃止すること。必要な接続は例外として承認を得て（approval）、IP・MACアドレスとポートで限定すること。インターネット経由にしないこと",
      en: "Remove links that are not needed. For a needed one, record its approval, restrict it by IP/MAC address and port, and keep it off the internet",
    },
  },
  *evaluate(connection, ctx) {
    const data = { connection: connection.id, from: refLabel(connection.from), to: refLabel(connection.to) };
    const ends = [connection.from, connection.to];
    if (connection.transport === "internet" || ends.some((end) => "external" in end && end.external === "public-internet")) {
      yield ctx.fail("internetLink", ["transport"], data);
      return;
    }
    const approvedServices = new Set(ctx.profile.approvedSpecificCommunications.map((s) => s.toLowerCase()));
    const designated = ends.some(
      (end) =>
        "external" in end &&
        end.external === "national-system" &&
        end.service !== undefined &&
        approvedServices.has(end.service.toLowerCase()),
    );
    if (!designated && connection.approval === undefined) yield ctx.fail("notApproved", [], data);
    const restriction = connection.addressRestriction;
    if (restriction === undefined) yield ctx.needsEvidence("addressUnknown", [], data);
    else if (restriction.ip !== true && restriction.mac !== true) yield ctx.fail("addressUnrestricted", ["addressRestriction"], data);
    if (connection.ports === undefined) yield ctx.needsEvidence("portsUnknown", [], data);
    else if (hasAnyPort(connection.ports) || connection.ports.length === 0) yield ctx.fail("anyPort", ["ports"], data);
  },
});

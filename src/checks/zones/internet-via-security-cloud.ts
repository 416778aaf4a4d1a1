import type { FlowPlace } from "../../policy/flow-policy.js";
import type { Connection } from "../../model/connection.js";
import type { CheckContext } from "../../engine/check-api.js";
import { normaliseName } from "../../engine/names.js";
import { withoutBracketNotes } from "../../model/values/common.js";
import { prefecturesNamedIn } from "../../model/values/prefecture.js";
import { shown } from "../../engine/text.js";
import { defineCheck } from "../define-check.js";
import { hasHopIn, linkFindings, linkMessages } from "../links.js";
import { zoneOfRef } from "../shared.js";

/** Links between the internet zone and the public internet. */
const domain = (from: FlowPlace, to: FlowPlace) =>
  (from === "internet" && to === "public-internet") || (from === "public-internet" && to === "internet");

/** Words that say the named cloud stands in for, or beside, the prefecture's: another provider's, or a way round it. */
const NOT_THE_PREFECTURE = /代替|相当|自社|独自|直接接続|直接|障害時|swg/iu;
/** A company's name outside brackets (the provider is a company, not the prefecture). */
const COMPANY = /株式会社|有限会社|\((株|有)\)|ネットワークス|システムズ|ケーブル|\binc\b|\bcorp|\bltd\b/iu;
/** Words that introduce the operator of the prefecture's cloud, whose company name is no other cloud (sixty-third review). */
const OPERATOR = /運用|運営|保守|受託|構築/u;
/** Words that say a security cloud. */
const SAYS_SECURITY_CLOUD = /セキュリティクラウド|security\s*cloud|県sc|県(?:の)?クラウド|(^|[^a-z])sc($|[^a-z])/iu;

/**
 * The security cloud a connection's end names (`external: security-cloud, service: …`), when that name is not the
 * profile's: another prefecture's (in kanji, kana or Latin letters), a company's, or the prefecture's with a way round it
 * beside it (fifty-fifth review: 「球磨ネットワークス クラウドSWG（自社SOC）」 passed as the prefecture's; sixty-first:
 * 「熊本県自治体情報セキュリティクラウド（代替：自社SWG）」, 「球磨ネットワークスSC」 and "Fukuoka Prefecture Security Cloud" did
 * too). A name that says the prefecture's security cloud in short (「県SC」, 「県クラウド」, 「熊本県セキュリティクラウド」, 「くまもと県域…」,
 * "Kumamoto SC", 「自治体情報セキュリティクラウド」) is taken as it.
 */
function otherSecurityCloud(connection: Connection, profileCloud: string): { end: "from" | "to"; service: string } | undefined {
  for (const end of ["from", "to"] as const) {
    const ref = connection[end];
    if (!("external" in ref) || ref.external !== "security-cloud" || ref.service === undefined) continue;
    const own = normaliseName(profileCloud);
    const [prefecture] = prefecturesNamedIn(profileCloud);
    const written = ref.service.normalize("NFKC");
    const name = normaliseName(written);
    if (name === "") continue;
    // Read outside the notes: a note names regions, redundancy or the operator (「（東京・大阪の2拠点、三重化）」).
    const outside = withoutBracketNotes(written);
    const named = prefecturesNamedIn(outside);
    const otherPrefecture = named.some((p) => p !== prefecture);
    const company = COMPANY.test(outside) && !OPERATOR.test(outside);
    const insteadOf = NOT_THE_PREFECTURE.test(written) || company;
    if (!otherPrefecture && !insteadOf && (name.includes(own) || SAYS_SECURITY_CLOUD.test(written.toLowerCase()))) continue;
    return { end, service: ref.service };
  }
  return undefined;
}

/** Ports and protocols of mail and of web browsing through a proxy. */
const MAIL_PORTS = new Set([25, 465, 587]);
const WEB_PORTS = new Set([80, 443, 3128, 8080]);
const SAYS_INTERNET = /インターネット|メール送受信|メールの送受信|web閲覧|ウェブ閲覧|外部メール|internet|web browsing/iu;

/** Mail and web browsing named in a purpose. */
const SAYS_MAIL = /メール|mail|smtp/iu;
const SAYS_WEB = /閲覧|ウェブ|web|プロキシ|proxy|インターネット接続/iu;
/** A vendor's maintenance or monitoring named in a purpose. */
const SAYS_MAINTENANCE = /保守|メンテナンス|監視|サポート|maintenance|monitoring|support/iu;

/**
 * Whether an internet-zone system exchanges its mail or web traffic with a vendor's network (an ISP's mail gateway, say):
 * that traffic reaches the internet without the prefecture's security cloud (fifty-fifth review: mail leaving through a
 * vendor's ISP passed, or was reported only as a maintenance line). Mail is asked about either way and whatever else the
 * purpose says (sixty-first review: mail coming in from the ISP, on port 2525, or beside 「保守契約」 passed); web traffic
 * only going out and when the link is not the vendor's maintenance (a maintenance VPN on 443 is not browsing).
 */
function egressByVendorNetwork(connection: Connection, ctx: Pick<CheckContext, "index">): { system: string; service: string } | undefined {
  for (const [end, other] of [
    [connection.from, connection.to],
    [connection.to, connection.from],
  ] as const) {
    if (!("system" in end) || !("external" in other) || other.external !== "vendor-network") continue;
    if (zoneOfRef(end, ctx.index) !== "internet") continue;
    const inbound = connection.direction === "one-way" && connection.to === end;
    const system = ctx.index.systemsById.get(end.system)?.system;
    const functions = system?.businessFunctions ?? [];
    const ports = (connection.ports ?? []).filter((p): p is number => typeof p === "number");
    const protocols = (connection.protocols ?? []).map((p) => p.normalize("NFKC").toLowerCase());
    const purpose = connection.purpose?.normalize("NFKC") ?? "";
    const maintenance = SAYS_MAINTENANCE.test(purpose);
    const mailWire = ports.some((p) => MAIL_PORTS.has(p)) || protocols.some((p) => /smtp|submission|メール/u.test(p));
    const mail = mailWire || (SAYS_MAIL.test(purpose) && !maintenance);
    const web = ports.some((p) => WEB_PORTS.has(p)) || protocols.some((p) => /^https?$|proxy|プロキシ/u.test(p));
    const saysInternet = SAYS_INTERNET.test(purpose);
    if (mail && (functions.includes("mail") || SAYS_MAIL.test(purpose) || saysInternet))
      return { system: end.system, service: other.service ?? "" };
    if (web && !inbound && !maintenance && (functions.includes("web-browsing") || SAYS_WEB.test(purpose) || saysInternet)) {
      return { system: end.system, service: other.service ?? "" };
    }
  }
  return undefined;
}

/**
 * A system whose zone is not written, linked to the public internet with the networks it passes written and the security
 * cloud not among them (`via: []`): whatever its zone, that link bypasses the security cloud (fifty-fifth review: an
 * unzoned proxy's direct line got only the question of its zone). A provider's cloud service is not the city's traffic.
 */
function unzonedDirect(connection: Connection, ctx: Pick<CheckContext, "index">): string | undefined {
  const via = connection.via;
  if (via === undefined || via.includes("security-cloud")) return undefined;
  const ends = [connection.from, connection.to];
  if (!ends.some((end) => "external" in end && end.external === "public-internet")) return undefined;
  for (const end of ends) {
    if (!("system" in end) || zoneOfRef(end, ctx.index) !== undefined) continue;
    const system = ctx.index.systemsById.get(end.system)?.system;
    if (system === undefined || system.hosting?.kind === "cloud-service" || ctx.index.otherBodySystems.has(system.id)) continue;
    return end.system;
  }
  return undefined;
}

/**
 * The municipality's internet traffic is aggregated through the prefectural security cloud
 * (6(3)③). Residents reaching a provider's service (a SaaS system) is the provider's traffic, not
 * the municipality's, and is not judged here.
 */
export default defineCheck({
  meta: {
    id: "internet-via-security-cloud",
    area: "zones",
    title: {
      ja: "インターネット接続系とインターネットとの通信は自治体情報セキュリティクラウドを経由すること",
      en: "Traffic between the internet zone and the internet must pass through the prefectural security cloud",
    },
    description: {
      ja: "インターネット接続系とインターネットとの間の接続を方向ごとに判定し、自治体情報セキュリティクラウドを経由しない通信を報告する（6(3)③：熊本県及び本市のインターネットとの通信の集約）。事業者のクラウドサービス（hosting: cloud-service）に住民がインターネットから直接アクセスする通信は本市のインターネット通信ではないため対象としない。経由先のセキュリティクラウドの名称が県のものと読めない接続、インターネット接続系のメール・ウェブ閲覧の通信を事業者のネットワークに渡す接続も問い、領域の記載がないシステムをセキュリティクラウドを経由せずにインターネットとつなぐ接続も問う。",
      en: "Judges each direction of a link between the internet zone and the public internet and reports traffic that bypasses the prefectural security cloud (6(3)③: the prefecture's and the city's internet traffic is aggregated). Residents reaching a provider's cloud service (hosting: cloud-service) directly is not the city's internet traffic and is not judged here. A security cloud named as another than the prefecture's, and mail or web traffic of the internet zone handed to a vendor's network, are asked about; a system of no stated zone linked to the internet without the security cloud is asked about too.",
    },
    clauses: ["6(3)③"],
    threats: ["T1"],
    basis: "policy",
    severity: "high",
    target: "connection",
    applicability: {
      when: (connection, ctx) =>
        hasHopIn(connection, ctx.index, domain) ||
        otherSecurityCloud(connection, ctx.profile.securityCloud) !== undefined ||
        egressByVendorNetwork(connection, ctx) !== undefined ||
        unzonedDirect(connection, ctx) !== undefined,
      condition: {
        ja: "インターネット接続系とインターネットの間の経路を含む接続、セキュリティクラウドの名称を記載した接続、インターネット接続系のシステムと事業者のネットワークの間のメール・ウェブ閲覧の接続、領域の記載がないシステムとインターネットを via を記載してつなぐ接続",
        en: "connections with a hop between the internet zone and the internet, connections naming their security cloud, mail or web links between an internet-zone system and a vendor's network, and links with via written between a system of no stated zone and the internet",
      },
    },
    messages: {
      ...linkMessages("bypassesSecurityCloud", "viaUnknown"),
      securityCloudNamedOther: {
        ja: "接続 {{connection}} の経由先のセキュリティクラウドが「{{service}}」と記載されており、{{cloud}}とは読めない。基本方針 6(3)③ は熊本県の自治体情報セキュリティクラウドへの集約を求める。{{cloud}}を経由していることを示すこと",
        en: "Connection {{connection}} names its security cloud 「{{service}}」, which does not read as {{cloud}}; 6(3)③ requires aggregation through the prefecture's security cloud. Show that the traffic passes {{cloud}}",
        remediation: {
          ja: "インターネットとの通信は{{cloud}}を経由させ、接続の service にその名称を記載すること。事業者独自のゲートウェイだけを経由する通信は集約にならない",
          en: "Route internet traffic through {{cloud}} and name it as the connection's service; a vendor's own gateway alone is no aggregation",
        },
      },
      unzonedDirect: {
        ja: "接続 {{connection}} は、領域の記載がないシステム {{system}} を、セキュリティクラウドを経由せずに（via に security-cloud がない）インターネットとつないでいる。市の領域のシステムなら、どの領域でも{{cloud}}を経由しないインターネットとの通信は認められない。領域を記載するか、三層の外（来庁者向けの無線LAN等）であれば市の端末・情報がつながらないことを示すこと",
        en: "Connection {{connection}} joins system {{system}}, whose zone is not stated, with the internet without the security cloud (security-cloud is not in via); in any of the municipality's zones, internet traffic that bypasses {{cloud}} is not permitted. State its zone, or, if it stands outside the three zones (visitors' Wi-Fi and the like), show that no municipal terminal or information reaches it",
        // Seventy-second review: the check's remedy (aggregate through the security cloud) contradicted the message's way
        // out for a network kept outside the zones.
        remediation: {
          ja: "システムの領域（zone）を記載すること。市の領域のシステムなら、インターネットとの通信を{{cloud}}経由に改めること（via: [security-cloud]）。来庁者向けの無線LAN等、三層の外のネットワークなら、市の端末・情報がつながらないこと（専用の回線・機器、市の端末の接続拒否）を確かめ、その資料を証跡（evidence）に記載すること",
          en: "State the system's zone; for a system of the municipality's zones, route its internet traffic through {{cloud}} (via: [security-cloud]); for a network outside the three zones (visitors' Wi-Fi and the like), confirm that no municipal terminal or information reaches it (own lines and equipment, municipal terminals refused) and cite the record as evidence",
        },
      },
      egressByVendorNetwork: {
        ja: "接続 {{connection}} で、インターネット接続系のシステム {{system}} がメールまたはウェブ閲覧の通信を事業者のネットワーク（{{service}}）に渡している。そこからインターネットに出るなら、{{cloud}}を経由しない通信になる。セキュリティクラウドを経由していることを示すこと",
        en: "Over connection {{connection}}, internet-zone system {{system}} hands mail or web traffic to a vendor's network ({{service}}); if it reaches the internet from there, it bypasses {{cloud}}. Show that it passes the security cloud",
        remediation: {
          ja: "インターネットとのメール・ウェブ閲覧の通信は{{cloud}}を経由させ、事業者の ISP やゲートウェイに直接渡さないこと",
          en: "Send the internet zone's mail and web traffic through {{cloud}}, not straight to a vendor's ISP or gateway",
        },
      },
    },
    remediation: {
      ja: "インターネットとの通信を自治体情報セキュリティクラウドに集約し、接続の経由先にセキュリティクラウドを記載すること（via: [security-cloud]）",
      en: "Aggregate internet traffic through the prefectural security cloud and list security-cloud in via",
    },
  },
  *evaluate(connection, ctx) {
    if (hasHopIn(connection, ctx.index, domain)) yield* linkFindings(connection, ctx, domain);
    const cloud = ctx.profile.securityCloud;
    const other = otherSecurityCloud(connection, cloud);
    if (other !== undefined) {
      yield ctx.needsEvidence("securityCloudNamedOther", [other.end, "service"], {
        connection: connection.id,
        service: shown(other.service, 80),
        cloud,
      });
    }
    const unzoned = unzonedDirect(connection, ctx);
    // A question, not a failure: a network kept outside the three zones (visitors' Wi-Fi) is written the same way, and
    // the description has no words for "outside the zones" (sixty-first review).
    if (unzoned !== undefined) yield ctx.needsEvidence("unzonedDirect", ["via"], { connection: connection.id, system: unzoned, cloud });
    const vendor = egressByVendorNetwork(connection, ctx);
    if (vendor !== undefined) {
      yield ctx.needsEvidence("egressByVendorNetwork", [], {
        connection: connection.id,
        system: vendor.system,
        service: vendor.service === "" ? "名称の記載なし" : shown(vendor.service, 80),
        cloud,
      });
    }
  },
});

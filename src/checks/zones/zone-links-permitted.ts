import type { FlowPlace, Hop } from "../../policy/flow-policy.js";
import { internetZoneOnLgwan, lgwanOverInternet } from "./lgwan-no-direct-internet.js";
import { defineCheck } from "../define-check.js";
import { hasHopIn, LINK_MESSAGES, linkFindings, linkMessages } from "../links.js";

const OUTSIDE: ReadonlySet<FlowPlace> = new Set(["public-internet", "security-cloud"]);

/**
 * The cells the specific link checks do not own: everything but links touching the My Number
 * zone, links between the LGWAN and internet zones, the LGWAN zone's links with the
 * internet or the security cloud, and the internet zone's links with the internet. With those
 * checks, every cell of the flow table is judged by exactly one check.
 */
export const remainingCells = (from: FlowPlace, to: FlowPlace, hop?: Hop): boolean =>
  !(hop !== undefined && lgwanOverInternet(from, to, hop)) &&
  !internetZoneOnLgwan(from, to) &&
  from !== "mynumber" &&
  to !== "mynumber" &&
  !((from === "lgwan" && to === "internet") || (from === "internet" && to === "lgwan")) &&
  !((from === "lgwan" && OUTSIDE.has(to)) || (to === "lgwan" && OUTSIDE.has(from))) &&
  !((from === "internet" && to === "public-internet") || (from === "public-internet" && to === "internet"));

/**
 * Every other link between zones and external networks follows the network model's flow table
 * too: an LGWAN system and a vendor network only as an approved, restricted exception; the
 * internet zone never straight into LGWAN or to national systems; a link between two places of
 * one zone that crosses the internet is traffic with the internet.
 */
export default defineCheck({
  meta: {
    id: "zone-links-permitted",
    area: "zones",
    title: {
      ja: "領域と外部のネットワークの間のその他の通信も、領域間の通信可否表に従うこと",
      en: "Every other link between zones and external networks must follow the flow table",
    },
    description: {
      ja: "マイナンバー利用事務系に関わる通信、LGWAN接続系とインターネット接続系の間、LGWAN接続系とインターネット、インターネット接続系とインターネットの通信、インターネットを経由する LGWAN接続系の接続、インターネット接続系と LGWAN の接続は、それぞれのチェックが判定する。それ以外の接続（LGWAN接続系と事業者のネットワーク、インターネット接続系と国のシステム・事業者のネットワーク、インターネット接続系の拠点間をインターネット経由で結ぶ接続等）を、方向ごとに領域間の通信可否表で判定する。LGWAN接続系と事業者のネットワークの接続は、例外を承認できる者（プロファイルの exceptions.approverRoles の役割にある者。既定は市長・CISO）が評価日までに承認し、IP・MACアドレスとポートで限定し、インターネットを経由しない例外に限る。LGWAN接続系と国のシステムの接続は、マイナンバー利用事務系から接続するもの（住基ネット、中間サーバー、戸籍情報連携システム）でなければ認める。",
      en: "Links touching the My Number zone, between the LGWAN and internet zones, between the LGWAN zone and the internet, between the internet zone and the internet, links of the LGWAN zone that cross the internet, and the internet zone's links with the LGWAN are judged by their own checks. This check judges every other link (the LGWAN zone with a vendor network; the internet zone with national systems or a vendor network; two internet-zone sites joined over the internet…) by the flow table, direction by direction. An LGWAN system and a vendor network may be linked only as an exception approved by the evaluation date by someone who may approve exceptions (a holder of a role in the profile's exceptions.approverRoles; the mayor and the CISO by default), restricted by IP/MAC address and port, that stays off the internet. The LGWAN zone may reach national systems, except those reached from the My Number zone (Juki-net, the intermediate server, the family register exchange).",
    },
    clauses: ["6(3)②", "6(3)③", "2(12)", "6(3)①"],
    threats: ["T1"],
    basis: "guideline",
    guideline: "ガイドライン（令和7年3月版）「三層の対策」（領域間の通信）",
    severity: "high",
    target: "connection",
    applicability: {
      when: (connection, ctx) => hasHopIn(connection, ctx.index, remainingCells),
      condition: {
        ja: "より個別のチェックが扱わない領域間・外部との経路を含む接続（マイナンバー利用事務系に出入りするもの、LGWAN接続系とインターネット接続系・インターネット・自治体情報セキュリティクラウドの間のもの、インターネット接続系とインターネットの間のものは除く）",
        en: "connections with a hop between zones or external networks that no more specific check owns (not those into or out of the My Number zone, between the LGWAN zone and the internet zone, the internet or the security cloud, or between the internet zone and the internet)",
      },
    },
    messages: {
      ...linkMessages(
        "denied",
        "myNumberNational",
        "nationalUnknownFromLgwan",
        "otherBodyOnInternet",
        "overInternet",
        "directionUnknown",
        "notApproved",
        "approvalIncomplete",
        "approverNotAuthorised",
        "approvalAfterDate",
        "transportUnknown",
        "addressUnrestricted",
        "addressUnknown",
        "anyPort",
        "portsBroad",
        "portsShellOrShare",
        "portsUnknown",
        "bypassesSecurityCloud",
        "viaUnknown",
        "segmentUnknown",
      ),
      approverUnverified: { ...LINK_MESSAGES.approverUnverified, severity: "medium" },
      approverNotComparable: { ...LINK_MESSAGES.approverNotComparable, severity: "medium" },
    },
    remediation: {
      ja: "領域間の通信可否表で認められない接続は廃止すること。事業者のネットワークとの接続は例外として承認を受け、IP・MACアドレスとポートで限定し、閉域網等インターネットを経由しない回線とすること",
      en: "Remove links the flow table does not permit. Link vendor networks only as approved exceptions restricted by IP/MAC address and port, over closed lines that stay off the internet",
    },
  },
  evaluate: (connection, ctx) => linkFindings(connection, ctx, remainingCells),
});

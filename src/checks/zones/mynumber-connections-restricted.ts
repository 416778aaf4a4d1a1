import type { FlowPlace } from "../../policy/flow-policy.js";
import { defineCheck } from "../define-check.js";
import { reachesGovernmentCloud } from "./government-cloud-closed-line.js";
import { linkCrossesInternet } from "../../policy/flow-policy.js";
import { hasHopIn, LINK_MESSAGES, linkFindings, linkMessages } from "../links.js";
import { operation, sessionsInto } from "../remote-operation.js";
import { zoneOfRef } from "../shared.js";
import type { Connection } from "../../model/connection.js";
import type { DescriptionIndex } from "../../engine/description-index.js";
import type { FindingDraft } from "../../engine/check-api.js";

/**
 * A session from the internet zone into an LGWAN-zone system that itself opens a session into this link's My Number
 * system: the internet zone operates the My Number system screen within screen (fifty-fourth review: under β' an approved
 * RDP from the LGWAN VDI into the core system passed, while telework PCs reach that VDI from home). The link into the
 * internet side's first hop, if any.
 */
function operatedFromInternet(connection: Connection, index: DescriptionIndex): { via: string; from: string; link: string } | undefined {
  if (operation(connection) === undefined) return undefined;
  const relay = connection.from;
  if (!("system" in relay) || zoneOfRef(relay, index) !== "lgwan" || zoneOfRef(connection.to, index) !== "mynumber") return undefined;
  const entered = enteredFromInternet(relay.system, index, new Set([relay.system]));
  return entered === undefined ? undefined : { via: relay.system, ...entered };
}

/**
 * How the internet zone enters an LGWAN-zone server by screen transfer or remote control: directly, or through other
 * LGWAN-zone servers it opens sessions into (fifty-sixth review: a VDI that opens RDP to a jump host, which opens it into
 * the core system, hid the chain). Up to three servers deep.
 */
function enteredFromInternet(system: string, index: DescriptionIndex, seen: Set<string>): { from: string; link: string } | undefined {
  const previous: string[] = [];
  for (const { connection: inbound, from: source } of sessionsInto(system, index)) {
    const zone = zoneOfRef(source, index);
    if (zone === "internet") {
      const from = source.terminalGroup === undefined ? source.system : `${source.system}/${source.terminalGroup}`;
      return { from, link: inbound.id };
    }
    if (zone === "lgwan" && source.terminalGroup === undefined && !seen.has(source.system)) previous.push(source.system);
  }
  if (seen.size >= 3) return undefined;
  for (const next of previous) {
    seen.add(next);
    const entered = enteredFromInternet(next, index, seen);
    if (entered !== undefined) return entered;
  }
  return undefined;
}

/** Links touching the My Number zone (inside it, they are judged only when they cross the internet). */
const domain = (from: FlowPlace, to: FlowPlace) => from === "mynumber" || to === "mynumber";

/**
 * The My Number zone talks to nothing else in principle (6(3)①). Each link out of or into it is
 * judged by the network model's flow table: denied cells stay denied whatever the approval, a link
 * crossing the internet counts as the internet, and the exceptions the guideline allows — links to
 * designated national systems and approved unavoidable links — must be restricted by address and port.
 */
export default defineCheck({
  meta: {
    id: "mynumber-connections-restricted",
    area: "zones",
    title: {
      ja: "マイナンバー利用事務系と他の領域との通信は、通信可否表で例外として認められ、承認を受けて通信経路（IP・MACアドレス）とポートを限定したものに限ること",
      en: "My Number zone links to anything else must be exceptions the flow table allows, approved and restricted by IP/MAC address and port",
    },
    description: {
      ja: "マイナンバー利用事務系に関わる接続を、方向ごとにネットワークモデルの領域間の通信可否表で判定する。通信可否表で認められない通信（インターネット、インターネット接続系、セキュリティクラウドとの通信）は承認があっても不適合とし、インターネットVPN 等インターネットを経由する接続は、マイナンバー利用事務系の拠点間であってもインターネットとの通信として判定する。他の領域・外部との通信は、指定された国のシステム（住基ネット、中間サーバー等。日本語の名称でもよい）との接続か承認された例外に限り、どちらも通信相手を IP アドレスまたは MAC アドレスで、宛先をポートで限定していること。LGWAN との通信は指定された国のシステムに限り、承認があっても認めない。例外の承認は、例外を承認できる者（プロファイルの exceptions.approverRoles の役割にある者として組織に記載された者。既定は市長・CISO）が評価日までに行ったものに限り、承認者や承認日が書かれていない承認は証跡不足とする。一覧にない国のシステムの名称は、他の領域との通信と区別できないため重大な証跡不足とし、近い名称を示す。「原則として他の領域と通信できないようにする」ことは基本方針 6(3)① の定め、例外の承認と経路・ポートの限定はガイドラインの定めである。",
      en: "Judges each direction of a link touching the My Number zone by the network model's flow table. Traffic the table denies (with the internet, the internet zone or the security cloud) fails whatever the approval, and a link crossing the internet (an internet VPN too, even between two My Number sites) is judged as traffic with the internet. Links to other zones and external networks must be links to designated national systems (Juki-net, the intermediate server…; Japanese names are recognised) or approved exceptions, restricted either way by peer address (IP or MAC) and by port. Links with the LGWAN are for designated national systems only, approved or not. An exception counts only when approved by the evaluation date by someone who may approve exceptions (listed in the organisation for a role in the profile's exceptions.approverRoles; the mayor and the CISO by default); an approval without its approver or date needs evidence. A national system name outside the vocabulary cannot be told from any other link, so it needs evidence at critical, with a suggestion. \"No communication with other zones in principle\" is policy 6(3)①; the approval of exceptions and their address and port restriction are the guideline's.",
    },
    clauses: ["6(3)①"],
    threats: ["T1"],
    basis: "policy",
    severity: "critical",
    target: "connection",
    applicability: {
      // A link between the My Number zone and a system of no stated zone is judged too: it cannot
      // be told permitted, so it needs evidence (the other end's zone) rather than passing unseen.
      // A line to Government Cloud across the internet is government-cloud-closed-line's finding; judged here
      // with that left out, it showed a pass beside the critical (twenty-ninth review), so it is not applicable.
      when: (connection, ctx) =>
        hasHopIn(connection, ctx.index, domain, "mynumber") && !(reachesGovernmentCloud(connection) && linkCrossesInternet(connection)),
      condition: {
        ja: "マイナンバー利用事務系に出入りする経路を含む接続（相手の領域が記載されていないものを含む。インターネットを経由するガバメントクラウドへの回線は government-cloud-closed-line が判定する）",
        en: "connections with a hop into or out of the My Number zone (the other end's zone stated or not; a line to Government Cloud across the internet is judged by government-cloud-closed-line)",
      },
    },
    messages: {
      ...linkMessages(
        "zoneUnknown",
        "overLgwan",
        "overLgwanInside",
        "otherBodyOnInternet",
        "notApproved",
        "approvalIncomplete",
        "approverNotAuthorised",
        "approvalAfterDate",
        "nationalUnknown",
        "transportUnknown",
        "addressUnrestricted",
        "addressUnknown",
        "anyPort",
        "portsBroad",
        "portsShellOrShare",
        "remoteOperationIntoMyNumber",
        "viaVendorNetwork",
        "portsUnknown",
      ),
      // What no approval cures is not fixed by one (fifty-second review: the remedy told the reader to seek the approval
      // the message had just said could not be given).
      denied: {
        ...LINK_MESSAGES.denied,
        remediation: {
          ja: "この接続を廃止すること。通信可否表で認められない通信で、例外として承認しても認められない",
          en: "Remove this link: the flow table does not permit this traffic, and no exception can",
        },
      },
      overInternet: {
        ...LINK_MESSAGES.overInternet,
        remediation: {
          ja: "インターネット・インターネットVPN を経由しない閉域網・専用線に切り替えること（ガバメントクラウドへはガバメントクラウド接続サービス等、国のシステムへは指定された回線）",
          en: "Move the link to a closed or dedicated line that does not cross the internet or an internet VPN (to Government Cloud its connection service or the like; to a national system its designated line)",
        },
      },
      nationalOnly: {
        ...LINK_MESSAGES.nationalOnly,
        remediation: {
          ja: "LGWAN-ASP など LGWAN のサービスは LGWAN接続系の端末から使い、マイナンバー利用事務系からの接続を廃止すること。国のシステムとの接続なら、接続先を国のシステムとしてその名称を記載すること",
          en: "Use LGWAN services (LGWAN-ASP and the like) from LGWAN-zone terminals and remove the link from the My Number zone; if it reaches a national system, write its end as that national system with its name",
        },
      },
      operatedFromInternet: {
        ja: "接続 {{connection}}（{{operationJa}}）は LGWAN接続系の {{system}} からマイナンバー利用事務系のシステムを操作する接続で、{{system}} には、インターネット接続系の端末（{{from}}）が画面転送・遠隔操作で入れる（接続 {{inbound}}）。インターネット接続系の端末からマイナンバー利用事務系のシステムを操作できる経路になっている（承認があっても認められない）",
        en: "Connection {{connection}} ({{operationEn}}) operates a My Number zone system from {{system}} in the LGWAN zone, which {{from}} in the internet zone enters by screen transfer or remote control over connection {{inbound}}: internet-zone terminals can operate the My Number system along this path (an approval does not permit it)",
        remediation: {
          ja: "マイナンバー利用事務系のシステムは、マイナンバー利用事務系の端末から操作すること。LGWAN接続系からの画面転送・遠隔操作の接続を廃止するか、インターネット接続系から入れない LGWAN接続系の端末に限ること",
          en: "Operate My Number zone systems from My Number zone terminals; remove the screen or remote-control link from the LGWAN zone, or keep it to LGWAN-zone terminals the internet zone cannot enter",
        },
      },
      // Who may approve is a fact of the organisation, outside many a delivery spec: asked for, not suspected.
      approverUnverified: { ...LINK_MESSAGES.approverUnverified, severity: "medium" },
      approverNotComparable: { ...LINK_MESSAGES.approverNotComparable, severity: "medium" },
    },
    remediation: {
      ja: "不要な接続は廃止すること。国のシステムとの接続は一覧の名称で記載し、その他の必要な接続は例外として承認を受け（approval）、IP・MACアドレスとポートで限定すること。インターネットやインターネットVPNを経由させないこと",
      en: "Remove links that are not needed. Name national systems as the vocabulary does; record the approval of any other needed link and restrict it by IP/MAC address and port. Keep it off the internet, internet VPNs included",
    },
  },
  *evaluate(connection, ctx) {
    // A line to Government Cloud that crosses the internet is government-cloud-closed-line's finding
    // (the line to change) and not applicable here (sixth and twenty-ninth reviews).
    let failed = false;
    let remoteOperation: FindingDraft<string> | undefined;
    for (const finding of linkFindings(connection, ctx, domain, "mynumber")) {
      if (finding.outcome === "fail") failed = true;
      // Held back until it is known whether the same operation fails below as the internet zone's (one finding).
      if (finding.messageId === "remoteOperationIntoMyNumber") remoteOperation = finding;
      else yield finding;
    }
    // A link the zone's own rules let through, but which lets the internet zone operate the My Number system through it.
    const chain = failed ? undefined : operatedFromInternet(connection, ctx.index);
    if (chain === undefined && remoteOperation !== undefined) yield remoteOperation as never;
    if (chain !== undefined) {
      const how = operation(connection);
      yield ctx.fail("operatedFromInternet", [], {
        connection: connection.id,
        operationJa: how?.ja ?? "",
        operationEn: how?.en ?? "",
        system: chain.via,
        from: chain.from,
        inbound: chain.link,
      });
    }
  },
});

/**
 * What the single-link zone checks share: the hops of a connection, their one judgement by the
 * flow table ({@link judgeLink}), and the messages for each reason a link can fail or lack facts.
 * Each check owns a domain of cells (pairs of places) and reports the hops that fall in it; the
 * domains together cover every cell, so every link is judged once and by the same rule as paths.
 */
import { dateData } from "../engine/dates.js";
import { connectionHopsOf, type DescriptionIndex } from "../engine/description-index.js";
import type { Connection, NodeRef } from "../model/connection.js";
import type { SanitisationMethod } from "../model/connection.js";
import { SANITISATION_METHODS } from "../model/values/connection.js";
import { EXTERNAL_ENDPOINTS } from "../model/values/endpoint.js";
import { protocolKind } from "../model/protocol.js";
import type { MessageTemplate } from "../model/finding.js";
import { NATIONAL_SYSTEMS, nationalSystems } from "../model/values/national-system.js";
import { NETWORK_MODELS } from "../model/values/network-model.js";
import { crossesInternet, TRANSPORTS } from "../model/values/transport.js";
import { ZONES } from "../model/values/zone.js";
import type { ClauseId } from "../policy/clauses.js";
import { type FlowPlace, type Hop, judgeLink, type LinkProblem, type LinkReason } from "../policy/flow-policy.js";
import { suggest } from "../input/suggest.js";
import type { CheckContext, FindingDraft, MessageData, RelativePath } from "./define-check.js";
import { flowContextOf } from "./paths.js";
import { hopLabels, refLabel } from "./shared.js";

/** A place in words. */
export function placeLabel(place: FlowPlace | undefined): { ja: string; en: string } {
  if (place === undefined) return { ja: "領域不明", en: "an unknown zone" };
  if (place in ZONES) return ZONES[place as keyof typeof ZONES].label;
  return EXTERNAL_ENDPOINTS[place as keyof typeof EXTERNAL_ENDPOINTS];
}

export const GUIDELINE_ZONES = {
  ja: "ガイドライン（令和7年3月版）「三層の対策」（マイナンバー利用事務系と外部との通信の例外）",
  en: 'Guideline (March 2025), "three-zone model" (exceptions for My Number zone communication)',
};
const GUIDELINE_SANITISATION = {
  ja: "ガイドライン（令和7年3月版）「三層の対策」（無害化通信の方式）",
  en: 'Guideline (March 2025), "three-zone model" (methods of sanitised communication)',
};
export const GUIDELINE_BETA = {
  ja: "ガイドライン（令和2年12月版以降）「βモデル」（インターネット接続系の端末から LGWAN接続系の業務システムへの画面転送）",
  en: 'Guideline (December 2020 onwards), "β model" (screen transfer from internet-zone terminals to LGWAN business systems)',
};
const GUIDELINE_EXCEPTIONS = {
  ja: "ガイドライン（令和7年3月版）「三層の対策」（領域間の例外的な接続の承認と限定）",
  en: 'Guideline (March 2025), "three-zone model" (approval and restriction of exceptional links between zones)',
};
const GUIDELINE_GOVERNMENT_CLOUD = {
  ja: "ガイドライン（令和7年3月版）「ガバメントクラウドの利用における対策」（区画ごとの三層の分離）",
  en: 'Guideline (March 2025), "Measures for using Government Cloud" (the three zones kept apart per segment)',
};
const GUIDELINE_ALPHA_PRIME = {
  ja: "ガイドライン（令和6年10月版）「α'モデル」（ローカルブレイクアウトの条件）",
  en: 'Guideline (October 2024), "α\' model" (conditions of a local breakout)',
};

/** Message ids of link problems, one per reason. */
export const LINK_MESSAGE_IDS = {
  "zone-unknown": "zoneUnknown",
  denied: "denied",
  "over-internet": "overInternet",
  "over-lgwan": "overLgwan",
  "over-lgwan-inside": "overLgwanInside",
  "other-body-on-internet": "otherBodyOnInternet",
  "direction-unknown": "directionUnknown",
  "not-approved": "notApproved",
  "national-only": "nationalOnly",
  "segment-unknown": "segmentUnknown",
  "approval-incomplete": "approvalIncomplete",
  "approver-unverified": "approverUnverified",
  "approver-not-comparable": "approverNotComparable",
  "approver-not-authorised": "approverNotAuthorised",
  "approval-after-date": "approvalAfterDate",
  "national-unknown": "nationalUnknown",
  "national-unknown-lgwan": "nationalUnknownFromLgwan",
  "mynumber-national": "myNumberNational",
  "transport-unknown": "transportUnknown",
  "carrier-unknown": "securityCloudCarrierUnknown",
  "carrier-not-closed": "securityCloudOverLan",
  "screen-into-system": "screenIntoSystem",
  "browsing-not-screen-transfer": "browsingNotScreenTransfer",
  "browsing-or-download": "browsingOrDownload",
  "screen-transfer-denied-in-purpose": "screenTransferDeniedInPurpose",
  "mailbox-read-from-outside": "mailboxReadFromOutside",
  "lgwan-service-unknown": "lgwanServiceUnknown",
  "address-unrestricted": "addressUnrestricted",
  "address-unknown": "addressUnknown",
  "any-port": "anyPort",
  "ports-broad": "portsBroad",
  "ports-shell-or-share": "portsShellOrShare",
  "remote-operation-into-mynumber": "remoteOperationIntoMyNumber",
  "via-vendor-network": "viaVendorNetwork",
  "ports-unknown": "portsUnknown",
  "not-sanitised": "notSanitised",
  "sanitisation-unknown": "sanitisationUnknown",
  "attachment-only": "attachmentOnly",
  "attachments-unknown": "attachmentsUnknown",
  "method-unfit": "methodUnfit",
  "screen-transfer-required": "screenTransferRequired",
  "bypasses-security-cloud": "bypassesSecurityCloud",
  "via-unknown": "viaUnknown",
  "breakout-not-allow-listed": "breakoutNotAllowListed",
  "breakout-wildcard": "breakoutWildcard",
  "breakout-entry-unclear": "breakoutEntryUnclear",
  "breakout-no-tenant-restriction": "breakoutNoTenantRestriction",
  "breakout-not-logged": "breakoutNotLogged",
  "breakout-unknown": "breakoutUnknown",
} as const satisfies Record<LinkReason, string>;
export type LinkMessageId = (typeof LINK_MESSAGE_IDS)[LinkReason];

/** The message of every link reason; a check declares the ones its domain can produce. */
export const LINK_MESSAGES: Readonly<Record<LinkMessageId, MessageTemplate>> = {
  zoneUnknown: {
    ja: "接続 {{connection}}（{{hopJa}}）の一方の領域が分からず、通信を判定できない。システムの領域（zone）を記載すること",
    en: "Connection {{connection}} ({{hopEn}}) has an end whose zone is unknown, so it cannot be judged; state the system's zone",
  },
  denied: {
    ja: "接続 {{connection}}（{{hopJa}}）は{{fromPlaceJa}}から{{toPlaceJa}}への通信で、{{modelJa}}の領域間の通信可否表で認められていない（承認があっても認められない）",
    en: "Connection {{connection}} ({{hopEn}}) carries traffic from {{fromPlaceEn}} to {{toPlaceEn}}, which the flow table of {{modelEn}} does not permit (no approval can permit it)",
  },
  overInternet: {
    ja: "接続 {{connection}}（{{hopJa}}）は{{overJa}}、{{betweenJa}}にインターネットとの通信を作っている（暗号化や承認があっても認められない）",
    en: "Connection {{connection}} ({{hopEn}}) {{overEn}}, putting traffic with the internet {{betweenEn}} (encryption or an approval does not permit it)",
  },
  overLgwan: {
    ja: "接続 {{connection}}（{{hopJa}}）は LGWAN を経由して{{farNetworkJa}}とマイナンバー利用事務系をつないでいる。マイナンバー利用事務系と LGWAN の間の通信は指定された国のシステムとの接続に限られる（承認があっても認められない）",
    en: "Connection {{connection}} ({{hopEn}}) joins {{farNetworkEn}} and the My Number zone over the LGWAN; traffic between the My Number zone and the LGWAN is permitted only for designated national systems (no approval can permit it)",
    basis: "guideline",
    reference: GUIDELINE_ZONES,
    remediation: {
      ja: "事業者の保守や他の機関のシステムとの接続は、LGWAN を経由しない閉域網または専用線とし、承認を受けて通信相手（IP・MACアドレス）とポートを限定すること",
      en: "Run a vendor's link (maintenance and the like) or a link with another body's system over a closed or dedicated line that does not pass through the LGWAN, approved and restricted by peer address (IP or MAC) and port",
    },
  },
  // Fifty-second review: a line of the My Number zone itself (to its standardised systems in Government Cloud, between
  // its sites) carried by the LGWAN passed as traffic inside the zone.
  overLgwanInside: {
    ja: "接続 {{connection}}（{{hopJa}}）はマイナンバー利用事務系の中の通信（ガバメントクラウドのマイナンバー利用事務系の区画との通信、拠点間の通信）を LGWAN 経由で運んでいる。マイナンバー利用事務系と LGWAN の間の通信は指定された国のシステムとの接続に限られる（承認があっても認められない）",
    en: "Connection {{connection}} ({{hopEn}}) carries the My Number zone's own traffic (with its Government Cloud segment, or between its sites) over the LGWAN; traffic between the My Number zone and the LGWAN is permitted only for designated national systems (no approval can permit it)",
    basis: "guideline",
    reference: GUIDELINE_ZONES,
    remediation: {
      ja: "ガバメントクラウドへはガバメントクラウド接続サービス等の閉域網・専用線で、拠点の間は LGWAN を経由しない閉域網・専用線でつなぐこと",
      en: "Reach Government Cloud over its connection service or another closed or dedicated line, and join sites over closed or dedicated lines that do not pass through the LGWAN",
    },
  },
  // Fifty-fifth review: an approved, restricted link to another body's system that goes straight to the internet passed,
  // leaving the zone one hop from the internet.
  otherBodyOnInternet: {
    ja: "接続 {{connection}}（{{hopJa}}）の相手 {{system}} は他の機関のシステムで、インターネットに接続している（接続 {{internetLink}}）。{{zoneJa}}がこの接続を通じてインターネットに接続されたシステムとつながっている（承認や通信相手の限定があっても認められない）",
    en: "Connection {{connection}} ({{hopEn}}) reaches {{system}}, another body's system that is connected to the internet (connection {{internetLink}}); the {{zoneEn}} is joined through it to an internet-connected system (an approval or restriction does not permit it)",
    basis: "policy",
    severity: "critical",
    remediation: {
      ja: "他の機関のシステムとの接続は、そのシステムがインターネットから分かれていること（閉域網、LGWAN）を確かめたうえで承認し、インターネットに接続しているシステムとは、マイナンバー利用事務系では接続しないこと、LGWAN接続系では無害化を経由させること",
      en: "Link to another body's system only once it is confirmed to be off the internet (a closed line, the LGWAN); with an internet-connected system, do not link the My Number zone at all, and link the LGWAN zone only through sanitisation",
    },
  },
  directionUnknown: {
    ja: "接続 {{connection}}（{{hopJa}}）は方向（direction）の記載がなく、片方向でなければ認められない通信を含む。片方向ならその旨（one-way）を記載すること",
    en: "Connection {{connection}} ({{hopEn}}) does not state its direction, and unless it is one-way it carries traffic that is not permitted; state one-way if it is",
  },
  // Sixty-fourth review: a link to a 組合's system, both ends written in the My Number zone, failed without saying why it
  // counts as a link out; the places say it (「…と基本方針 4(1) の適用範囲外の機関のネットワークの間の通信で」).
  notApproved: {
    ja: "接続 {{connection}}（{{hopJa}}）は{{betweenJa}}の通信で、承認された例外でも、指定された国のシステムとの接続でもない",
    en: "Connection {{connection}} ({{hopEn}}) carries traffic {{betweenEn}} and is neither an approved exception nor a link to a designated national system",
  },
  nationalOnly: {
    ja: "接続 {{connection}}（{{hopJa}}）はマイナンバー利用事務系と LGWAN の間の通信で、指定された国のシステムとの接続に限られる（承認があっても認められない）。国のシステムとの接続なら、接続先を国のシステム（external: national-system）とし、その名称（service）を記載すること",
    en: "Connection {{connection}} ({{hopEn}}) joins the My Number zone and the LGWAN, which is permitted only for designated national systems (no approval can permit other links); if it reaches a national system, write its end as national-system with the service name",
    basis: "guideline",
    reference: GUIDELINE_ZONES,
  },
  segmentUnknown: {
    ja: "接続 {{connection}}（{{hopJa}}）のガバメントクラウドの区画（segment：mynumber・lgwan・internet）の記載がなく、区画によって判定が変わるため判定できない",
    en: "Connection {{connection}} ({{hopEn}}) does not state its Government Cloud segment (segment: mynumber, lgwan or internet), and the verdict depends on it",
    basis: "guideline",
    reference: GUIDELINE_GOVERNMENT_CLOUD,
    severity: "critical",
  },
  approvalIncomplete: {
    ja: "接続 {{connection}}（{{hopJa}}）は例外として承認されたとするが、{{factJa}}（{{fact}}）の記載がなく、承認を確かめられない",
    en: "Connection {{connection}} ({{hopEn}}) is said to be an approved exception, but {{factEn}} ({{fact}}) is not stated, so the approval cannot be verified",
    basis: "guideline",
    reference: GUIDELINE_EXCEPTIONS,
  },
  approverUnverified: {
    ja: "接続 {{connection}}（{{hopJa}}）の承認者「{{approver}}」が例外を承認できる者か確かめられない。体制（municipality.roles）の記載がない。事業者の納品仕様書なら{{municipality}}の台帳と一緒に評価し（secpolicy check 台帳/ 仕様書.yaml）、台帳なら CISO 等の承認者を体制に記載すること",
    en: "Connection {{connection}} ({{hopEn}}): whether its approver \"{{approver}}\" may approve exceptions cannot be confirmed, as no organisation (municipality.roles) is described; evaluate a vendor's delivery spec together with the inventory of {{municipality}} (secpolicy check inventory/ spec.yaml), or list the CISO and other approvers in the inventory's municipality.roles",
    basis: "guideline",
    reference: GUIDELINE_EXCEPTIONS,
    // Seventy-ninth review: the check's own advice (remove links, name national systems) answered nothing here.
    remediation: {
      ja: "事業者の納品仕様書なら、団体の台帳と一緒に評価すること（secpolicy check 台帳/ 仕様書.yaml）。台帳なら、例外を承認できる者（団体の長・CISO 等）を体制（municipality.roles）に記載すること",
      en: "For a vendor's delivery spec, evaluate it together with the municipality's inventory (secpolicy check inventory/ spec.yaml); in the inventory, list those who may approve exceptions (the head, the CISO…) in municipality.roles",
    },
  },
  approverNotComparable: {
    ja: "接続 {{connection}}（{{hopJa}}）の承認者「{{approver}}」はローマ字で書かれており、例外を承認できる者として体制に記載された者（{{approvers}}）と照合できない。体制に記載した名前のとおりに書くこと",
    en: 'Connection {{connection}} ({{hopEn}}) was approved by "{{approver}}", a name in Latin letters that cannot be compared with those the organisation lists as able to approve exceptions ({{approversEn}}); write the approver as the organisation names them',
    basis: "guideline",
    reference: GUIDELINE_EXCEPTIONS,
    remediation: {
      ja: "承認者を体制（municipality.roles）に記載した名前のとおりに書くこと",
      en: "Write the approver as the organisation (municipality.roles) names them",
    },
  },
  approverNotAuthorised: {
    ja: "接続 {{connection}}（{{hopJa}}）の承認者「{{approver}}」は、例外を承認できる者として体制に記載された者（{{approvers}}）のいずれでもない。例外として認められるのはこれらの者の承認だけ",
    en: 'Connection {{connection}} ({{hopEn}}) was approved by "{{approver}}", who is none of those the organisation lists as able to approve exceptions ({{approversEn}}); only their approval makes a link an exception',
    basis: "guideline",
    reference: GUIDELINE_EXCEPTIONS,
  },
  approvalAfterDate: {
    ja: "接続 {{connection}}（{{hopJa}}）の承認日（{{dateJa}}）が評価の基準日（{{evaluationDateJa}}）より後で、基準日にはまだ承認されていない",
    en: "Connection {{connection}} ({{hopEn}}) was approved on {{dateEn}}, after the evaluation date ({{evaluationDateEn}}), so it was not yet approved on that date",
    basis: "guideline",
    reference: GUIDELINE_EXCEPTIONS,
  },
  nationalUnknown: {
    ja: "接続 {{connection}}（{{hopJa}}）の接続先の国のシステム「{{service}}」が一覧にない{{suggestionJa}}。正しい名称、プロファイルへの追加（nationalSystems）、または例外としての承認（approval）を記載すること",
    en: 'Connection {{connection}} ({{hopEn}}) names national system "{{service}}", which is not in the vocabulary{{suggestionEn}}; write a known name, add it to the profile (nationalSystems), or record an approval',
    basis: "guideline",
    reference: GUIDELINE_ZONES,
  },
  nationalUnknownFromLgwan: {
    ja: "接続 {{connection}}（{{hopJa}}）の接続先の国のシステム「{{service}}」が一覧にない{{suggestionJa}}。住基ネット・中間サーバー・戸籍情報連携はマイナンバー利用事務系からだけ接続でき、LGWAN接続系から接続できるかは名称で決まる。正しい名称を記載するか、プロファイルに追加（nationalSystems）すること",
    en: 'Connection {{connection}} ({{hopEn}}) names national system "{{service}}", which is not in the vocabulary{{suggestionEn}}; Juki-net, the intermediate server and the family-register link are reached from the My Number zone only, so whether the LGWAN zone may reach it depends on the name: write a known name or add it to the profile (nationalSystems)',
    basis: "guideline",
    reference: GUIDELINE_ZONES,
    severity: "high",
  },
  lgwanServiceUnknown: {
    ja: "接続 {{connection}}（{{hopJa}}）は LGWAN への画面転送とされているが、接続先のサービス（service）の記載がない。画面転送として認めるのは LGWAN-ASP のテレワークサービスだけ",
    en: "Connection {{connection}} ({{hopEn}}) is said to be screen transfer to the LGWAN but does not name the service it reaches (service); only an LGWAN-ASP telework service is accepted as screen transfer",
  },
  transportUnknown: {
    ja: "接続 {{connection}}（{{hopJa}}）の通信手段（transport）の記載がなく、インターネットを経由しないか確かめられない",
    en: "Connection {{connection}} ({{hopEn}}) does not state its transport, so whether it stays off the internet cannot be confirmed",
    basis: "guideline",
    reference: GUIDELINE_EXCEPTIONS,
  },
  securityCloudCarrierUnknown: {
    ja: "接続 {{connection}}（{{hopJa}}）は無害化した通信で自治体情報セキュリティクラウドのサービスを使うものと読めるが、通信手段（transport）の記載がなく、分割された経路か確かめられない。LGWAN・閉域網・専用線のどれで使うかを記載すること",
    en: "Connection {{connection}} ({{hopEn}}) reads as sanitised use of a security cloud service, but its transport is not stated, so whether the path is split cannot be confirmed; state whether it is used over the LGWAN, a closed network or a dedicated line",
  },
  securityCloudOverLan: {
    ja: "接続 {{connection}}（{{hopJa}}）は自治体情報セキュリティクラウドと LAN で直接つないでいる。LAN は県の設備には届かず、こう書いた接続は経路の分割を迂回する。セキュリティクラウドの無害化のサービスは LGWAN・閉域網・専用線で使い、実際の回線を記載すること",
    en: "Connection {{connection}} ({{hopEn}}) joins the security cloud by a LAN directly; no LAN reaches the prefecture's facility, and a link written so bypasses the split. Use the security cloud's sanitising services over the LGWAN, a closed network or a dedicated line, and write the line actually used",
  },
  screenIntoSystem: {
    ja: "接続 {{connection}}（{{hopJa}}）は、インターネット側から LGWAN接続系のサーバや端末を遠隔操作する通信（{{operation}}）である。画面転送が無害化通信となるのは、LGWAN接続系の端末がインターネット側の画面を受け取る場合に限られる",
    en: "Connection {{connection}} ({{hopEn}}) opens remote operation ({{operation}}) from the internet side into LGWAN-zone servers or terminals, which lets the internet side operate them; screen transfer is sanitised traffic only when LGWAN-zone terminals receive the internet side's screen",
    remediation: {
      ja: "インターネット側から LGWAN接続系を操作する接続を廃止すること。仮想ブラウザの画面を端末に送る接続なら、受け取る端末群（terminalGroup）を接続先に書くこと。事業者の保守であれば、インターネット側やセキュリティクラウドを経由しない閉域の保守回線とし、承認・接続元の制限・記録を備えること",
      en: "Remove links that let the internet side operate the LGWAN zone. For a virtual browser sending its screen to terminals, write the receiving terminal group as the link's end; a vendor's maintenance uses a closed maintenance line that does not pass the internet side or the security cloud, approved, restricted by source and logged",
    },
  },
  browsingNotScreenTransfer: {
    ja: "接続 {{connection}}（{{hopJa}}）は LGWAN接続系の端末からインターネット側のウェブの閲覧（{{protocol}}）で、{{methodsJa}}はダウンロードしたファイルにしか効かず、ページそのものは端末に届く。LGWAN接続系の端末からのインターネットの閲覧は画面転送（仮想ブラウザ等）とすること",
    en: "Connection {{connection}} ({{hopEn}}) is web browsing ({{protocol}}) from LGWAN-zone terminals on the internet side; {{methodsEn}} cleans only downloaded files, and the pages themselves reach the terminals. Browse from LGWAN-zone terminals by screen transfer (a virtual browser or similar)",
    basis: "guideline",
    reference: GUIDELINE_SANITISATION,
    remediation: {
      ja: "閲覧は画面転送（仮想ブラウザ等）に切り替えること。無害化済みのファイルを取り出すだけの接続なら、接続先をファイル無害化装置（boundaryRole: file-sanitiser）として記載し、目的（purpose）にその旨を書くこと",
      en: "Switch browsing to screen transfer (a virtual browser or similar); for a link that only fetches sanitised files, declare its end as a file sanitiser (boundaryRole: file-sanitiser) and say so in its purpose",
    },
  },
  mailboxReadFromOutside: {
    ja: "接続 {{connection}}（{{hopJa}}）は、インターネット側から LGWAN接続系のメールボックスを読み出す通信（{{protocol}}）である。メールの無害化は LGWAN接続系に入るメールに対するもので、LGWAN接続系のメールをインターネット側へ持ち出す通信は無害化通信ではない",
    en: "Connection {{connection}} ({{hopEn}}) reads LGWAN-zone mailboxes from the internet side ({{protocol}}); mail sanitisation applies to mail entering the LGWAN zone, and traffic that takes the LGWAN zone's mail out to the internet side is not sanitised traffic",
    remediation: {
      ja: "インターネットのメールは無害化を経て LGWAN接続系のメールサーバへ配送（SMTP）するか、LGWAN接続系の側から取りに行く形とし、インターネット側から LGWAN接続系のメールボックスを読み出す接続は廃止すること",
      en: "Deliver internet mail through the sanitiser into the LGWAN-zone mail server (SMTP), or let the LGWAN side fetch it; remove links by which the internet side reads LGWAN-zone mailboxes",
    },
  },
  screenTransferDeniedInPurpose: {
    ja: "接続 {{connection}}（{{hopJa}}）は無害化に画面転送を記載しているが、目的（purpose）はウェブを直接表示する、または画面転送を使わないと述べている。LGWAN接続系の端末からのインターネットの閲覧は画面転送（仮想ブラウザ等）とすること",
    en: "Connection {{connection}} ({{hopEn}}) lists screen transfer as its sanitisation, but its purpose says web pages are shown directly or screen transfer is not used; browse from LGWAN-zone terminals by screen transfer (a virtual browser or similar)",
    remediation: {
      ja: "閲覧を画面転送（仮想ブラウザ等）に戻すこと。画面転送を使っているなら、目的（purpose）の記載を実際に合わせること",
      en: "Return browsing to screen transfer (a virtual browser or similar); if screen transfer is in use, make the purpose say what is actually done",
    },
  },
  browsingOrDownload: {
    ja: "接続 {{connection}}（{{hopJa}}）は LGWAN接続系の端末からインターネット側へのウェブの通信（{{protocol}}）で、無害化は{{methodsJa}}だけである。ウェブの閲覧であれば画面転送が必要で、無害化済みのファイルの取り出しであれば接続先がファイル無害化装置であるはずだが、どちらか確かめられない",
    en: "Connection {{connection}} ({{hopEn}}) carries web traffic ({{protocol}}) from LGWAN-zone terminals to the internet side with {{methodsEn}} only; browsing needs screen transfer, and fetching sanitised files needs its end to be a file sanitiser, and which it is cannot be told",
    basis: "guideline",
    reference: GUIDELINE_SANITISATION,
    remediation: {
      ja: "無害化済みのファイルを取り出す接続なら、接続先をファイル無害化装置（boundaryRole: file-sanitiser）として記載し、目的（purpose）にその旨を書くこと。閲覧なら画面転送（仮想ブラウザ等）に切り替えること",
      en: "For a link that fetches sanitised files, declare its end as a file sanitiser (boundaryRole: file-sanitiser) and say so in its purpose; for browsing, switch to screen transfer (a virtual browser or similar)",
    },
  },
  addressUnrestricted: {
    ja: "接続 {{connection}}（{{hopJa}}）は通信相手を IP アドレス・MAC アドレスで限定していない",
    en: "Connection {{connection}} ({{hopEn}}) does not restrict its peers by IP or MAC address",
    basis: "guideline",
    reference: GUIDELINE_EXCEPTIONS,
  },
  addressUnknown: {
    ja: "接続 {{connection}}（{{hopJa}}）の通信相手の限定（addressRestriction）の記載がない",
    en: "Connection {{connection}} ({{hopEn}}) does not state its peer restriction (addressRestriction)",
    basis: "guideline",
    reference: GUIDELINE_EXCEPTIONS,
  },
  anyPort: {
    ja: "接続 {{connection}}（{{hopJa}}）はポートを限定していない（ports が any、または限定にならないほど多い）",
    en: "Connection {{connection}} ({{hopEn}}) does not restrict its ports (ports is any, or lists too many to restrict anything)",
    basis: "guideline",
    reference: GUIDELINE_EXCEPTIONS,
  },
  portsBroad: {
    ja: "接続 {{connection}}（{{hopJa}}）は {{count}} 個のポート{{amongJa}}を許可している。例外として認める接続は、その業務が使うポートだけに限ること。それぞれのポートが必要な理由を確認できる資料（通信要件・ファイアウォール設定）を示すこと",
    en: "Connection {{connection}} ({{hopEn}}) allows {{count}} ports{{amongEn}}; a link allowed as an exception is restricted to the ports its work uses. Show the reason for each (the communication requirements or firewall rules)",
    basis: "guideline",
    reference: GUIDELINE_EXCEPTIONS,
    remediation: {
      ja: "業務に使うポートだけを残してファイアウォールの許可を絞り、残した各ポートの用途を通信要件に記載すること",
      en: "Narrow the firewall rules to the ports the work uses, and record what each remaining port is for in the communication requirements",
    },
  },
  portsShellOrShare: {
    ja: "接続 {{connection}}（{{hopJa}}）は {{ports}} のポートを許可している。平文のリモートシェル、ファイル共有や RPC のポートで、領域をまたぐ例外の接続に要るとは考えにくい。業務に必要な理由を確認できる資料を示すか、閉じること",
    en: "Connection {{connection}} ({{hopEn}}) allows ports {{portsEn}}, used by clear-text remote shells, file sharing or RPC, which a link allowed as an exception across zones is unlikely to need. Show why the work needs them, or close them",
    basis: "guideline",
    reference: GUIDELINE_EXCEPTIONS,
    remediation: {
      ja: "telnet・NetBIOS・SMB のポートは閉じ、ファイルの受渡しは承認された方式（無害化・ファイル転送の仕組み）で行うこと。必要な場合はその理由と代わりに取れない事情を記録すること",
      en: "Close the telnet, NetBIOS and SMB ports, and move files by an approved method (sanitisation or a file-transfer system); where one is needed, record why and why nothing else will do",
    },
  },
  remoteOperationIntoMyNumber: {
    ja: "接続 {{connection}}（{{hopJa}}）は{{fromPlaceJa}}からマイナンバー利用事務系へ遠隔操作の通信（{{operation}}）を許している。{{fromPlaceJa}}の機器を乗っ取られればマイナンバー利用事務系の端末・サーバを操作されるため、承認と通信相手の限定だけでは分離が保てない。マイナンバー利用事務系の中から管理していることを確認できる資料を示すか、この通信をやめること",
    en: "Connection {{connection}} ({{hopEn}}) lets {{fromPlaceEn}} operate the My Number zone remotely ({{operation}}); whoever takes that device operates the zone's terminals and servers, which an approval and an address restriction do not prevent. Show that the zone is managed from within, or stop this traffic",
    // A question at high: an approved, restricted exception may be the guideline's own (a jump host the CISO approved);
    // what it asks is whether it is needed (the replay at the end of the round: five correct set-ups of earlier reviews).
    severity: "high",
    remediation: {
      ja: "マイナンバー利用事務系の端末・サーバの管理（遠隔操作・ソフトウェア配布）は同系内の管理サーバから行い、他の領域からの遠隔操作の通信は閉じること。更新の受取りはマイナンバー利用事務系の側から取りに行く一方向の通信とすること",
      en: "Manage the My Number zone's terminals and servers (remote operation, software distribution) from a management server inside the zone, and close remote operation from other zones; fetch updates from the My Number side, one way",
    },
  },
  viaVendorNetwork: {
    ja: "接続 {{connection}}（{{hopJa}}）は事業者のネットワークを経由している（via に vendor-network）。事業者の網は他の通信も運ぶため、マイナンバー利用事務系の通信がその中で他と分けられていることを確認できる資料（回線の構成・契約）を示すこと",
    en: "Connection {{connection}} ({{hopEn}}) passes through a vendor's network (vendor-network in via); that network carries others' traffic too, so show that the My Number zone's traffic is kept apart in it (the line's design or contract)",
    basis: "guideline",
    reference: GUIDELINE_EXCEPTIONS,
    severity: "high",
    remediation: {
      ja: "マイナンバー利用事務系の回線は、事業者の網を通さない閉域網・専用線とするか、事業者の網の中で他の通信と分離されていることを契約・構成で確かめて記録すること",
      en: "Run the My Number zone's line over a closed network or dedicated line that does not pass a vendor's network, or confirm and record, by contract and design, that it is kept apart from other traffic there",
    },
  },
  portsUnknown: {
    ja: "接続 {{connection}}（{{hopJa}}）の許可するポート（ports）の記載がない",
    en: "Connection {{connection}} ({{hopEn}}) does not state its allowed ports (ports)",
    basis: "guideline",
    reference: GUIDELINE_EXCEPTIONS,
  },
  notSanitised: {
    ja: "接続 {{connection}}（{{hopJa}}）は無害化をせずに LGWAN接続系とインターネット接続系をつないでいる",
    en: "Connection {{connection}} ({{hopEn}}) joins the LGWAN and internet zones without sanitisation",
  },
  sanitisationUnknown: {
    ja: "接続 {{connection}}（{{hopJa}}）の無害化の方式（sanitisation）の記載がない",
    en: "Connection {{connection}} ({{hopEn}}) does not state how it is sanitised (sanitisation)",
  },
  // Sixty-fourth review: the policy's own definition of sanitised communication (2(13)) names converting mail bodies to
  // text; mail whose HTML body passes is not sanitised in the policy's words, not only the guideline's.
  attachmentOnly: {
    ja: "接続 {{connection}}（{{hopJa}}）の無害化は添付ファイルの削除だけで、メール本文の HTML 等が残る。基本方針 2(13) の無害化通信はインターネットメール本文のテキスト化等による。メール本文のテキスト化等を行うこと",
    en: "Connection {{connection}} ({{hopEn}}) only removes attachments, which leaves HTML bodies; sanitised communication in the policy (2(13)) is by converting internet mail bodies to text and the like. Convert mail bodies to text or sanitise otherwise",
    basis: "policy",
  },
  attachmentsUnknown: {
    ja: "接続 {{connection}}（{{hopJa}}）はメール本文をテキスト化するが、添付ファイルの扱いの記載がない（添付ファイルの削除：attachment-removal、または無害化：file-sanitisation）",
    en: "Connection {{connection}} ({{hopEn}}) converts mail bodies to text but does not say how attachments are handled (removed: attachment-removal, or sanitised: file-sanitisation)",
    severity: "high",
    basis: "guideline",
    reference: GUIDELINE_SANITISATION,
  },
  myNumberNational: {
    ja: "接続 {{connection}}（{{hopJa}}）は国のシステム「{{service}}」を{{otherJa}}とつないでいるが、このシステムはマイナンバー利用事務系から接続するもの（端末・サーバはマイナンバー利用事務系に置く）",
    en: 'Connection {{connection}} ({{hopEn}}) joins the national system "{{service}}" with {{otherEn}}, but that system is reached from the My Number zone (its terminals and servers stand there)',
    basis: "guideline",
    reference: GUIDELINE_ZONES,
  },
  methodUnfit: {
    ja: "接続 {{connection}}（{{hopJa}}）の通信（{{protocol}}）は、{{methodsJa}}では無害化できない（この通信に合う方式：{{fitJa}}）",
    en: "Connection {{connection}} ({{hopEn}}): {{methodsEn}} cannot sanitise its {{protocol}} traffic (methods that fit it: {{fitEn}})",
    basis: "guideline",
    reference: GUIDELINE_SANITISATION,
  },
  screenTransferRequired: {
    ja: "{{modelJa}}では、インターネット接続系の端末から LGWAN接続系の業務システムへは画面転送で接続すること（接続 {{connection}}、{{hopJa}}）。ファイルやメールの取込みは、端末からではなくファイル・メールの無害化装置を経由させること",
    en: "Under {{modelEn}}, internet-zone terminals reach LGWAN business systems only by screen transfer (connection {{connection}}, {{hopEn}}); bring files or mail in through a file or mail sanitiser, not from the terminals",
    basis: "guideline",
    reference: GUIDELINE_BETA,
    // The generic advice (sanitise and state the method) cannot cure it: no sanitisation makes a
    // terminal's file share acceptable under β (seventeenth review).
    remediation: {
      ja: "インターネット接続系の端末から LGWAN接続系へのファイル共有・メールなどの接続を廃止し、業務システムは画面転送で利用すること。ファイルやメールは、ファイル・メールの無害化装置を経由してシステムの間で取り込むこと",
      en: "Remove the file-share or mail link from internet-zone terminals into the LGWAN zone and use the business systems by screen transfer; bring files and mail in between systems through a file or mail sanitiser",
    },
  },
  // 6(3)③ in the policy's own words, whichever check finds it (a guideline-based check too).
  bypassesSecurityCloud: {
    ja: "インターネットとの通信（接続 {{connection}}、{{hopJa}}）が{{cloud}}を経由していない",
    en: "Traffic with the internet (connection {{connection}}, {{hopEn}}) does not pass through {{cloud}}",
    basis: "policy",
    // Sixty-eighth review: a vendor's internet VPN to an internet-zone server was told to become a closed line; routing it
    // through the security cloud is the fix (the tool passes it then).
    remediation: {
      ja: "インターネットとの通信を{{cloud}}経由に改め、接続の経由するネットワークにセキュリティクラウドを記載すること（via: [security-cloud]）。インターネットを経由しない閉域の回線にしてもよい",
      en: "Route the traffic with the internet through {{cloud}} and list it among the networks the connection passes through (via: [security-cloud]); a closed line that stays off the internet will do too",
    },
  },
  viaUnknown: {
    ja: "インターネットとの通信（接続 {{connection}}、{{hopJa}}）が経由するネットワーク（via）の記載がない",
    en: "Traffic with the internet (connection {{connection}}, {{hopEn}}) does not state which networks it passes through (via)",
    basis: "policy",
    remediation: {
      ja: "接続が経由するネットワークを記載すること（セキュリティクラウドを経由するなら via: [security-cloud]、経由しないなら via: [public-internet] 等）",
      en: "State the networks the connection passes through (via: [security-cloud] when it passes the security cloud, via: [public-internet] and so on when not)",
    },
  },
  breakoutNotAllowListed: {
    ja: "ローカルブレイクアウト {{connection}}（{{hopJa}}）の宛先が許可リスト（destinationAllowList）で限定されていない",
    en: "Local breakout {{connection}} ({{hopEn}}) is not limited to an allow-list of destinations (destinationAllowList)",
    basis: "guideline",
    reference: GUIDELINE_ALPHA_PRIME,
  },
  breakoutWildcard: {
    ja: "ローカルブレイクアウト {{connection}}（{{hopJa}}）の許可リストに広すぎる記載がある（{{entry}}）。特定のサービス名、登録可能なドメインの下の FQDN（例：*.sharepoint.com）またはサービスの IP アドレスの範囲（例：52.96.0.0/14。IPv4 で /8、IPv6 で /16 より広い範囲は不可）に限ること",
    en: "Local breakout {{connection}} ({{hopEn}}) has allow-list entries too broad to limit its destinations: {{entry}}; list services by name, FQDNs under a registrable domain (e.g. *.sharepoint.com) or the services' IP ranges (e.g. 52.96.0.0/14; none wider than /8 for IPv4 or /16 for IPv6)",
    basis: "guideline",
    reference: GUIDELINE_ALPHA_PRIME,
  },
  breakoutEntryUnclear: {
    ja: "ローカルブレイクアウト {{connection}}（{{hopJa}}）の許可リストに、宛先として読めない記載がある（{{entry}}）。宛先を特定できるか確認できない",
    en: "Local breakout {{connection}} ({{hopEn}}) has allow-list entries that name no destination that can be read: {{entry}}; whether they limit the destinations cannot be told",
    basis: "guideline",
    reference: GUIDELINE_ALPHA_PRIME,
    remediation: {
      ja: "許可リストには1行に1つ、サービス名、FQDN（例：*.sharepoint.com）または IP アドレスの範囲を記載すること。注記は「※」で始めるか、purpose など許可リストの外に書くこと",
      en: "List one destination per entry: a service's name, an FQDN (e.g. *.sharepoint.com) or an IP range; start a remark with 「※」 or write it outside the list (e.g. in purpose)",
    },
  },
  breakoutNoTenantRestriction: {
    ja: "ローカルブレイクアウト {{connection}}（{{hopJa}}）にテナント制限がない（tenantRestriction）",
    en: "Local breakout {{connection}} ({{hopEn}}) has no tenant restriction (tenantRestriction)",
    basis: "guideline",
    reference: GUIDELINE_ALPHA_PRIME,
  },
  breakoutNotLogged: {
    ja: "ローカルブレイクアウト {{connection}}（{{hopJa}}）の通信を記録していない（logged）",
    en: "Local breakout {{connection}} ({{hopEn}}) is not logged (logged)",
    basis: "guideline",
    reference: GUIDELINE_ALPHA_PRIME,
  },
  breakoutUnknown: {
    ja: "ローカルブレイクアウト {{connection}}（{{hopJa}}）の{{factJa}}（{{fact}}）の記載がない",
    en: "Local breakout {{connection}} ({{hopEn}}) does not state {{factEn}} ({{fact}})",
    basis: "guideline",
    reference: GUIDELINE_ALPHA_PRIME,
  },
};

/** The link messages with the given ids. */
export function linkMessages<const K extends LinkMessageId>(...ids: K[]): Record<K, MessageTemplate> {
  return Object.fromEntries(ids.map((id) => [id, LINK_MESSAGES[id]])) as Record<K, MessageTemplate>;
}

/** Where in a connection each problem points: the field that must change, or the connection when a fact is missing. */
const PROBLEM_PATH: Readonly<Record<LinkReason, RelativePath>> = {
  "zone-unknown": [],
  denied: [],
  "over-internet": ["transport"],
  "over-lgwan": ["transport"],
  "over-lgwan-inside": ["transport"],
  "other-body-on-internet": [],
  "direction-unknown": [],
  "not-approved": [],
  "national-only": [],
  "segment-unknown": [],
  "approval-incomplete": ["approval"],
  "approver-unverified": ["approval", "approvedBy"],
  "approver-not-comparable": ["approval", "approvedBy"],
  "approver-not-authorised": ["approval", "approvedBy"],
  "approval-after-date": ["approval", "approvedOn"],
  "national-unknown": [],
  "national-unknown-lgwan": [],
  "mynumber-national": [],
  "transport-unknown": [],
  "carrier-unknown": [],
  "carrier-not-closed": ["transport"],
  "screen-into-system": [],
  "browsing-not-screen-transfer": ["sanitisation"],
  "browsing-or-download": ["sanitisation"],
  "screen-transfer-denied-in-purpose": ["purpose"],
  "mailbox-read-from-outside": [],
  "lgwan-service-unknown": [],
  "address-unrestricted": ["addressRestriction"],
  "address-unknown": [],
  "any-port": ["ports"],
  "ports-broad": ["ports"],
  "ports-shell-or-share": ["ports"],
  "remote-operation-into-mynumber": [],
  "via-vendor-network": ["via"],
  "ports-unknown": [],
  "not-sanitised": ["sanitisation"],
  "sanitisation-unknown": [],
  "attachment-only": ["sanitisation"],
  "attachments-unknown": ["sanitisation"],
  "method-unfit": ["sanitisation"],
  "screen-transfer-required": ["sanitisation"],
  "bypasses-security-cloud": ["via"],
  "via-unknown": [],
  "breakout-not-allow-listed": ["destinationAllowList"],
  "breakout-wildcard": ["destinationAllowList"],
  "breakout-entry-unclear": ["destinationAllowList"],
  "breakout-no-tenant-restriction": ["tenantRestriction"],
  "breakout-not-logged": ["logged"],
  "breakout-unknown": [],
};

const FACT_LABELS: Readonly<Record<string, { ja: string; en: string }>> = {
  destinationAllowList: { ja: "宛先の許可リスト", en: "the destination allow-list" },
  tenantRestriction: { ja: "テナント制限", en: "tenant restriction" },
  logged: { ja: "通信の記録", en: "logging" },
  "approval.approvedBy": { ja: "承認者", en: "the approver" },
  "approval.approvedOn": { ja: "承認日", en: "the approval date" },
};

/**
 * How a link crosses the internet, in words: by its transport (「インターネットVPNでインターネットを経由しており」,
 * plainly 「インターネットを経由しており」 for the internet itself), or, whatever its transport is called,
 * because it lists the internet among the networks it passes through.
 */
function overInternetWords(hop: Hop): { overJa: string; overEn: string } {
  const transport = hop.link?.transport;
  if (transport !== undefined && crossesInternet(transport) === true) {
    return transport === "internet"
      ? { overJa: "インターネットを経由しており", overEn: "crosses the internet" }
      : {
          overJa: `${TRANSPORTS[transport].ja}でインターネットを経由しており`,
          overEn: `crosses the internet (${TRANSPORTS[transport].en})`,
        };
  }
  const called = transport === undefined ? undefined : TRANSPORTS[transport];
  // The internet itself, or the security cloud that stands on the internet side.
  const internet = hop.link?.via?.includes("public-internet") === true;
  const throughJa = internet ? "インターネットがあり" : "インターネット側にあるセキュリティクラウドがあり";
  const throughEn = internet ? "the internet" : "the security cloud, on the internet side";
  return called === undefined
    ? { overJa: `経由するネットワーク（via）に${throughJa}`, overEn: `passes through ${throughEn} (via)` }
    : {
        overJa: `${called.ja}とされているが、経由するネットワーク（via）に${throughJa}`,
        overEn: `is called a ${called.en} but passes through ${throughEn} (via)`,
      };
}

/**
 * The network of a body outside the policy's scope (a 一部事務組合, J-LIS, the city's own hospital
 * enterprise that 4(1) does not list), which the flow table judges as an outside network. Not
 * 「他の団体」: a city hospital is no other 団体 (twenty-fifth review).
 */
const OTHER_BODY_NETWORK = { ja: "基本方針 4(1) の適用範囲外の機関のネットワーク", en: "the network of a body outside clause 4(1)" };

/** The ends of a connection's hop in the hop's direction; none for a hop that no connection describes. */
function hopEnds(hop: Hop): [NodeRef | undefined, NodeRef | undefined] {
  const link = hop.link as Partial<Connection> | undefined;
  if (link?.from === undefined || link.to === undefined) return [undefined, undefined];
  return hop.forward ? [link.from, link.to] : [link.to, link.from];
}

/** Message data of a problem: what every link message may name, in both languages. */
export function problemData(
  problem: LinkProblem,
  hop: Hop,
  ctx: Pick<CheckContext, "profile"> & Partial<Pick<CheckContext, "index">>,
): MessageData {
  const [fromEnd, toEnd] = hopEnds(hop);
  const others = ctx.index?.otherBodySystems;
  const label = (place: FlowPlace | undefined, end: NodeRef | undefined) =>
    others !== undefined && end !== undefined && "system" in end && others.has(end.system) ? OTHER_BODY_NETWORK : placeLabel(place);
  const from = label(hop.from, fromEnd);
  const to = label(hop.to, toEnd);
  const model = NETWORK_MODELS[ctx.profile.networkModel];
  const data: Record<string, string> = {
    fromPlaceJa: from.ja,
    fromPlaceEn: from.en,
    toPlaceJa: to.ja,
    toPlaceEn: to.en,
    // Two places of one zone (e.g. a My Number terminal and its Government Cloud segment): "within", not "between X and X".
    betweenJa: hop.from === hop.to ? `${from.ja}の中` : `${from.ja}と${to.ja}の間`,
    betweenEn: hop.from === hop.to ? `within the ${from.en}` : `between ${from.en} and ${to.en}`,
    modelJa: model.ja,
    modelEn: model.en,
    cloud: ctx.profile.securityCloud,
  };
  const transport = hop.link?.transport;
  if (transport !== undefined) {
    data.transportJa = TRANSPORTS[transport].ja;
    data.transportEn = TRANSPORTS[transport].en;
  }
  if (problem.reason === "over-internet") Object.assign(data, overInternetWords(hop));
  // The network the My Number zone is joined to over the LGWAN: a vendor's, or another body's (seventy-seventh review:
  // a 広域連合's system was called a vendor's network).
  if (problem.reason === "over-lgwan") {
    const far = hop.from === "mynumber" ? to : from;
    data.farNetworkJa = far.ja;
    data.farNetworkEn = far.en === OTHER_BODY_NETWORK.en ? far.en : `a ${far.en}`;
  }
  const extra = problem.data ?? {};
  if (extra.service !== undefined) {
    const names = [...NATIONAL_SYSTEMS.map((n) => n.label.ja), ...NATIONAL_SYSTEMS.flatMap((n) => n.aliases)];
    const suggestion = extra.service === "" ? undefined : suggest(extra.service, names);
    data.service = extra.service === "" ? "（名称の記載なし）" : extra.service;
    // With nothing close, the names that are known (nineteenth review: the message named none).
    const known = nationalSystems(ctx.profile.nationalSystems).map((n) => n.label);
    data.suggestionJa = suggestion === undefined ? `（一覧の名称：${known.map((l) => l.ja).join("、")}）` : `（「${suggestion}」のことか）`;
    data.suggestionEn =
      suggestion === undefined ? ` (known names: ${known.map((l) => l.en).join(", ")})` : ` (did you mean "${suggestion}"?)`;
  }
  if (extra.protocol !== undefined) {
    data.protocol = extra.protocol;
    // The methods that fit this traffic, in words (mail: its body made text).
    const kind = protocolKind(extra.protocol);
    const fit = (Object.keys(SANITISATION_METHODS) as SanitisationMethod[]).filter(
      (m) => kind !== undefined && (SANITISATION_METHODS[m].fits as readonly string[]).includes(kind),
    );
    data.fitJa = fit.map((m) => SANITISATION_METHODS[m].ja).join("・");
    data.fitEn = fit.map((m) => SANITISATION_METHODS[m].en).join(", ");
  }
  if (extra.methods !== undefined) {
    const methods = extra.methods.split(", ") as SanitisationMethod[];
    data.methodsJa = methods.map((m) => SANITISATION_METHODS[m]?.ja ?? m).join("・");
    data.methodsEn = methods.map((m) => SANITISATION_METHODS[m]?.en ?? m).join(", ");
  }
  if (extra.other !== undefined) {
    const other = placeLabel(extra.other as FlowPlace);
    data.otherJa = other.ja;
    data.otherEn = other.en;
  }
  if (extra.entry !== undefined) data.entry = extra.entry;
  // A port list asked about: how many ports, or which shell and file-sharing ports, in each language.
  for (const key of ["count", "amongJa", "amongEn", "ports", "portsEn", "operation"] as const) {
    const value = extra[key];
    if (value !== undefined) data[key] = value;
  }
  if (extra.approver !== undefined) data.approver = extra.approver;
  // The inventory to evaluate with is the municipality's the profile is for, not 「市」's (thirty-second review: a town's report said 「市の台帳」).
  if (problem.reason === "approver-unverified") data.municipality = ctx.profile.municipality;
  if (extra.approvers !== undefined) data.approvers = extra.approvers;
  if (extra.approversEn !== undefined) data.approversEn = extra.approversEn;
  for (const key of ["date", "evaluationDate"] as const) {
    const value = extra[key];
    if (value !== undefined) Object.assign(data, dateData(key, value));
  }
  if (problem.reason === "other-body-on-internet") {
    data.system = extra.system ?? "";
    data.internetLink = extra.internetLink ?? "";
    const zone = ZONES[(extra.zone ?? "mynumber") as keyof typeof ZONES].label;
    data.zoneJa = zone.ja;
    data.zoneEn = zone.en;
  }
  if (extra.fact !== undefined) {
    data.fact = extra.fact;
    const facts = extra.fact.split(", ");
    data.factJa = facts.map((f) => FACT_LABELS[f]?.ja ?? f).join("・");
    data.factEn = facts.map((f) => FACT_LABELS[f]?.en ?? f).join(" and ");
  }
  return data;
}

/**
 * The clauses of 6(3) the boundary between two places falls under: ① where the My Number zone is
 * one side; ② (with the definitions of path splitting and sanitised traffic, 2(12) and 2(13))
 * between the LGWAN zone and the internet zone or the internet; ③ for the internet zone's traffic
 * with the internet; ② (with 2(12) and 2(13)) between the internet side and the LGWAN network itself;
 * ② or ③ for the LGWAN or internet zone with any other outside network (a vendor's, Government Cloud).
 * None between two outside networks: a finding there cites all of its check's clauses.
 */
export function boundaryClauses(from: FlowPlace | undefined, to: FlowPlace | undefined): ClauseId[] {
  const has = (place: FlowPlace) => from === place || to === place;
  if (has("mynumber")) return ["6(3)①"];
  const theInternet = has("public-internet") || has("security-cloud");
  if (has("lgwan") && (has("internet") || theInternet)) return ["6(3)②", "2(12)", "2(13)"];
  // The internet side on the LGWAN itself splits nothing between them (2(12), 6(3)②).
  if (has("lgwan-network") && (has("internet") || theInternet)) return ["6(3)②", "2(12)", "2(13)"];
  if (has("internet") && theInternet) return ["6(3)③"];
  // Any other outside network (a vendor's, Government Cloud, a national system) on a zone: that zone's
  // measure, never another zone's (twenty-ninth review: a vendor line into the LGWAN zone cited 6(3)①).
  if (has("lgwan")) return ["6(3)②"];
  if (has("internet")) return ["6(3)③"];
  return [];
}

/** The clauses of every boundary between the given zones (a host or part standing in all of them). */
export function zonesClauses(zones: readonly FlowPlace[]): ClauseId[] {
  return [...new Set(zones.flatMap((a, i) => zones.slice(i + 1).flatMap((b) => boundaryClauses(a, b))))];
}

/** What a problem is about decides its clause where the places alone do not: the security cloud is ③, sanitisation ②. */
const PROBLEM_CLAUSES: Partial<Readonly<Record<LinkReason, ClauseId[]>>> = {
  "mynumber-national": ["6(3)①"],
  "bypasses-security-cloud": ["6(3)③"],
  "via-unknown": ["6(3)③"],
  "not-sanitised": ["6(3)②", "2(12)", "2(13)"],
  "sanitisation-unknown": ["6(3)②", "2(12)", "2(13)"],
  "attachment-only": ["6(3)②", "2(13)"],
  "attachments-unknown": ["6(3)②", "2(13)"],
  "method-unfit": ["6(3)②", "2(13)"],
  "screen-transfer-required": ["6(3)②", "2(13)"],
};

/** The clauses a problem on a hop falls under (see {@link boundaryClauses}). */
export function problemClauses(problem: LinkProblem, hop: Hop): ClauseId[] {
  if (hop.from === "mynumber" || hop.to === "mynumber") return ["6(3)①"];
  // A link over the internet is a boundary with the internet at each end.
  if (problem.reason === "over-internet") {
    return [...new Set([...boundaryClauses(hop.from, "public-internet"), ...boundaryClauses("public-internet", hop.to)])];
  }
  return PROBLEM_CLAUSES[problem.reason] ?? boundaryClauses(hop.from, hop.to);
}

/** Whether a connection has a hop in a check's domain (its applicability). */
export function hasHopIn(
  connection: Connection,
  index: DescriptionIndex,
  domain: (from: FlowPlace, to: FlowPlace, hop: Hop) => boolean,
  unzonedWith?: FlowPlace,
): boolean {
  return connectionHopsOf(index, connection).some(
    (hop) => (hop.from !== undefined && hop.to !== undefined && domain(hop.from, hop.to, hop)) || unzonedHop(hop, unzonedWith),
  );
}

/**
 * Whether a hop joins `place` with an end of no known zone (a system whose zone is not stated): a
 * check of that place cannot tell what the link is, and says so instead of leaving it out.
 */
function unzonedHop(hop: Hop, place: FlowPlace | undefined): boolean {
  return place !== undefined && ((hop.from === place && hop.to === undefined) || (hop.to === place && hop.from === undefined));
}

/**
 * The findings of a connection's hops in a domain, judged by the flow table. Each problem becomes
 * one finding (the same message and path reported once for both directions).
 */
/**
 * A hop between the city's My Number or LGWAN zone and another body's system (judged as that body's network) whose system
 * has a link of its own to the public internet: the zone reaches an internet-connected system through it, which neither
 * an approval nor an address restriction cures (fifty-fifth review). From the LGWAN zone, sanitisation on the link does.
 */
function otherBodyOnInternet(connection: Connection, hop: Hop, index: DescriptionIndex): LinkProblem | undefined {
  const zone =
    hop.from === "mynumber" || hop.from === "lgwan" ? hop.from : hop.to === "mynumber" || hop.to === "lgwan" ? hop.to : undefined;
  if (zone === undefined || (hop.from !== "vendor-network" && hop.to !== "vendor-network")) return undefined;
  if (zone === "lgwan" && (connection.sanitisation ?? []).length > 0) return undefined;
  for (const end of [connection.from, connection.to]) {
    if (!("system" in end) || !index.otherBodySystems.has(end.system)) continue;
    const internet = internetLineOf(end.system, connection, index);
    if (internet !== undefined) {
      return { status: "violates", reason: "other-body-on-internet", data: { system: end.system, internetLink: internet, zone } };
    }
  }
  return undefined;
}

/**
 * The link by which another body's system reaches the public internet: its own, or one of another system of other
 * bodies it links to (fifty-sixth review: a 組合's server whose proxy went to the internet passed), up to three systems away.
 */
function internetLineOf(system: string, except: Connection, index: DescriptionIndex): string | undefined {
  const seen = new Set([system]);
  let frontier = [system];
  for (let depth = 0; depth < 3 && frontier.length > 0; depth++) {
    const next: string[] = [];
    for (const current of frontier) {
      for (const { connection: line } of index.connectionsBySystem.get(current) ?? []) {
        if (line === except) continue;
        if ([line.from, line.to].some((e) => "external" in e && e.external === "public-internet")) return line.id;
        for (const e of [line.from, line.to]) {
          if ("system" in e && !seen.has(e.system) && index.otherBodySystems.has(e.system)) {
            seen.add(e.system);
            next.push(e.system);
          }
        }
      }
    }
    frontier = next;
  }
  return undefined;
}

export function* linkFindings<M extends string>(
  connection: Connection,
  ctx: CheckContext<M>,
  domain: (from: FlowPlace, to: FlowPlace, hop: Hop) => boolean,
  unzonedWith?: FlowPlace,
): Generator<FindingDraft<M>> {
  const seen = new Set<string>();
  const judgedHops = connectionHopsOf(ctx.index, connection)
    .filter((hop) => (hop.from !== undefined && hop.to !== undefined && domain(hop.from, hop.to, hop)) || unzonedHop(hop, unzonedWith))
    .map((hop) => ({ hop, verdict: judgeLink(hop, flowContextOf(ctx)) }));
  // A link refused in the direction it states is refused either way: whether it is one-way is no
  // question then (thirty-second review: a critical fail came with a critical "state one-way" beside it).
  const refusedAsStated = judgedHops.some(
    ({ hop, verdict }) => hop.directionAssumed !== true && verdict.problems.some((p) => p.status === "violates"),
  );
  for (const { hop, verdict } of judgedHops) {
    const onInternet = otherBodyOnInternet(connection, hop, ctx.index);
    for (const problem of onInternet === undefined ? verdict.problems : [...verdict.problems, onInternet]) {
      if (refusedAsStated && problem.reason === "direction-unknown") continue;
      const messageId = LINK_MESSAGE_IDS[problem.reason] as unknown as M;
      const path = PROBLEM_PATH[problem.reason];
      const key = `${messageId}\u0000${path.join("/")}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const ends = hop.forward ? [connection.from, connection.to] : [connection.to, connection.from];
      const data = {
        connection: connection.id,
        hop: `${refLabel(ends[0]!)} → ${refLabel(ends[1]!)}`,
        ...hopLabels(ends[0]!, ends[1]!),
        ...problemData(problem, hop, ctx),
      };
      const draft = problem.status === "violates" ? ctx.fail(messageId, path, data) : ctx.needsEvidence(messageId, path, data);
      yield { ...draft, clauses: problemClauses(problem, hop) };
    }
  }
}

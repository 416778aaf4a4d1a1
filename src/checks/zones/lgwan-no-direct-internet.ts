import { type FlowPlace, type Hop, linkCrossesInternet, securityCloudService } from "../../policy/flow-policy.js";
import { defineCheck } from "../define-check.js";
import { hasHopIn, LINK_MESSAGES, linkFindings, linkMessages } from "../links.js";

const OUTSIDE: ReadonlySet<FlowPlace> = new Set(["public-internet", "security-cloud"]);

/**
 * A link of the LGWAN zone that crosses the internet (an internet VPN to a vendor, to Government
 * Cloud or to another LGWAN site) is a route between the LGWAN zone and the internet too. Links
 * with the My Number or internet zone stay with the checks of those boundaries.
 */
export const lgwanOverInternet = (from: FlowPlace, to: FlowPlace, hop: Hop): boolean =>
  (from === "lgwan" || to === "lgwan") &&
  !OTHER_ZONES.has(from) &&
  !OTHER_ZONES.has(to) &&
  !OUTSIDE.has(from) &&
  !OUTSIDE.has(to) &&
  linkCrossesInternet(hop.link);

const OTHER_ZONES: ReadonlySet<FlowPlace> = new Set(["mynumber", "internet"]);

/** The internet side (the internet zone, the internet itself, the security cloud). */
const INTERNET_SIDE: ReadonlySet<FlowPlace> = new Set(["internet", "public-internet", "security-cloud"]);

/**
 * The internet side on the LGWAN network itself: an internet-zone node, or a link written between
 * the internet (or the security cloud) and the LGWAN, which joins the LGWAN to the internet
 * without any split and opens the LGWAN zone behind it.
 */
export const internetZoneOnLgwan = (from: FlowPlace, to: FlowPlace): boolean =>
  (INTERNET_SIDE.has(from) && to === "lgwan-network") || (from === "lgwan-network" && INTERNET_SIDE.has(to));

/**
 * Links between the LGWAN zone and the internet, or the security cloud that fronts it; the LGWAN
 * zone's links over the internet; and the internet zone's links with the LGWAN network.
 */
const domain = (from: FlowPlace, to: FlowPlace, hop?: Hop) =>
  ((from === "lgwan" && OUTSIDE.has(to)) ||
    (to === "lgwan" && OUTSIDE.has(from)) ||
    internetZoneOnLgwan(from, to) ||
    (hop !== undefined && lgwanOverInternet(from, to, hop))) &&
  (hop === undefined || !securityCloudService(hop));

/**
 * The LGWAN zone has no route of its own to the internet (2(12), 6(3)②) — the security cloud is
 * the internet zone's way out, not the LGWAN zone's. The one exception is the α' model's local
 * breakout (guideline 令和6年10月): outbound only, to allow-listed destinations, with tenant
 * restriction, logged. Paths through other systems are judged by the path checks.
 */
export default defineCheck({
  meta: {
    id: "lgwan-no-direct-internet",
    area: "zones",
    title: {
      ja: "LGWAN接続系をインターネットやセキュリティクラウドに、インターネット接続系を LGWAN に直接接続しないこと（α'モデルの条件を満たすローカルブレイクアウトを除く）",
      en: "The LGWAN zone must not connect directly to the internet or the security cloud, nor the internet zone to the LGWAN, except through an α' local breakout that meets its conditions",
    },
    description: {
      ja: "LGWAN接続系とインターネット・自治体情報セキュリティクラウドとの間の接続を、方向ごとに領域間の通信可否表で判定する。通信経路の分割（2(12)、6(3)②）は基本方針の定め。α'モデルでは、LGWAN接続系から特定のクラウドサービスへのローカルブレイクアウトだけを、宛先の許可リスト（「*」「*.com」「0.0.0.0/0」や「すべて」「any」「制限なし」のような、宛先を限定しない記載は不可）・テナント制限・通信の記録を条件に認める（ガイドライン令和6年10月版）。インターネットから LGWAN接続系への通信はどのモデルでも認めない。インターネットVPN 等インターネットを経由する LGWAN接続系の接続（事業者のネットワーク、ガバメントクラウド、他の拠点との接続。経由するネットワーク（via）にインターネットがあるものを含む）も、LGWAN接続系とインターネットの間の通信として判定する。インターネット接続系の機器を LGWAN（LGWAN-ASP を含む）に直接つなぐ接続も、LGWAN とインターネット接続系を分割せずにつなぐものとして判定する（どのモデルでも認めない）。ただし、インターネット接続系の端末から LGWAN-ASP のテレワークサービスへの画面転送だけの接続（ガイドラインの LGWAN接続系のテレワーク）は無害化通信として認め、そのインターネットの区間がセキュリティクラウドを経由するか（6(3)③）を判定する。LGWAN・閉域網・専用線でセキュリティクラウドの無害化のサービス（仮想ブラウザ、メールの無害化等）を使う接続は、ここではなく lgwan-internet-sanitised が無害化を判定する（LAN で直接つなぐ接続は認めず、回線の記載がない接続は記載を求める）。",
      en: 'Judges each direction of a link between the LGWAN zone and the internet or the prefectural security cloud by the flow table. The split (2(12), 6(3)②) is the policy\'s. Under α\', only a local breakout from the LGWAN zone to specific cloud services is allowed, with a destination allow-list (nothing that leaves destinations open, such as "*", "*.com", "0.0.0.0/0", "any", "ALL" or 「すべて」), tenant restriction and logging (guideline, October 2024). Traffic from the internet into the LGWAN zone is denied under every model. A link of the LGWAN zone that crosses the internet (an internet VPN to a vendor network, Government Cloud or another site, or a link that lists the internet in its via) is judged as traffic between the LGWAN zone and the internet too. So is an internet-zone device linked straight to the LGWAN (LGWAN-ASP included), which joins the LGWAN and the internet zone without any split (denied under every model). The exception is screen transfer alone from internet-zone terminals to an LGWAN-ASP telework service (the guideline\'s telework for the LGWAN zone), sanitised traffic whose internet leg is judged for passing the security cloud (6(3)③). A sanitising service of the security cloud (a virtual browser, a mail sanitiser) used over the LGWAN, a closed network or a dedicated line is judged by lgwan-internet-sanitised for its sanitisation instead (a LAN straight into the security cloud is denied, and a sanitised link whose line is not stated is asked about).',
    },
    clauses: ["6(3)②", "2(12)", "6(3)③"],
    threats: ["T1"],
    basis: "policy",
    severity: "critical",
    target: "connection",
    applicability: {
      when: (connection, ctx) => hasHopIn(connection, ctx.index, domain),
      condition: {
        ja: "LGWAN接続系とインターネットまたは自治体情報セキュリティクラウドの間、インターネット側（インターネット接続系、インターネット、セキュリティクラウド）と LGWAN の間の経路、またはインターネットを経由する LGWAN接続系の経路を含む接続（LGWAN・閉域網・専用線でセキュリティクラウドの無害化のサービスを使う接続は lgwan-internet-sanitised が判定する）",
        en: "connections with a hop between the LGWAN zone and the internet or the security cloud, between the internet side (the internet zone, the internet, the security cloud) and the LGWAN, or of the LGWAN zone over the internet (use of the security cloud's sanitising services over the LGWAN, a closed network or a dedicated line is judged by lgwan-internet-sanitised)",
      },
    },
    messages: {
      ...linkMessages(
        "denied",
        "overInternet",
        "directionUnknown",
        "breakoutNotAllowListed",
        "breakoutWildcard",
        "breakoutEntryUnclear",
        "breakoutNoTenantRestriction",
        "breakoutNotLogged",
        "breakoutUnknown",
        // Screen transfer from internet-zone terminals to an LGWAN-ASP (telework for the LGWAN zone):
        // what it carries, and its leg over the internet through the security cloud.
        "screenTransferRequired",
        "transportUnknown",
        "lgwanServiceUnknown",
        // The security cloud's sanitising services (flow-policy.ts securityCloudService): the line not stated, or a LAN.
        "securityCloudCarrierUnknown",
        "securityCloudOverLan",
      ),
      // The telework leg over the internet: the internet zone's traffic with the internet (6(3)③),
      // high as for any internet-zone link around the security cloud, not the LGWAN's split (eighteenth review).
      bypassesSecurityCloud: {
        ...LINK_MESSAGES.bypassesSecurityCloud,
        severity: "high",
        clauses: ["6(3)③"],
        remediation: {
          ja: "テレワーク端末のインターネットとの通信は、都道府県の自治体情報セキュリティクラウドを経由させ、その旨（via: [security-cloud]）を記載すること",
          en: "Route the telework terminals' traffic with the internet through the prefecture's security cloud and state it (via: [security-cloud])",
        },
      },
      viaUnknown: { ...LINK_MESSAGES.viaUnknown, severity: "high", clauses: ["6(3)③"] },
    },
    remediation: {
      ja: "LGWAN接続系からのインターネット利用は画面転送等の無害化を経由させること。α'モデルでは、許可した宛先・テナント制限・通信の記録を備えた片方向のローカルブレイクアウトに限ること。事業者の保守や拠点・ガバメントクラウドとの接続は、インターネットVPN ではなく閉域網・専用線・LGWAN とすること",
      en: "Route LGWAN-zone internet use through sanitisation such as screen transfer; under α', allow only one-way local breakouts with a destination allow-list, tenant restriction and logging. Link vendors' maintenance, other sites and Government Cloud over a closed or dedicated line or LGWAN, not an internet VPN",
    },
  },
  evaluate: (connection, ctx) => linkFindings(connection, ctx, domain),
});

/**
 * The allowed flows between zones and well-known external networks (domain reference §2.5), per
 * network model, as data; and the one judgement of a link against them. Every zone check — single
 * connections, terminal settings, parts of a system in another zone and multi-hop paths — judges
 * a link through {@link judgeLink}, so a direct link and a path can never disagree. Neither the
 * graph nor the engine branches on a particular zone.
 */
import type { Connection, NodeRef, SanitisationMethod } from "../model/connection.js";
import { SANITISATION_METHODS } from "../model/values/connection.js";
import type { ExternalEndpoint } from "../model/endpoint.js";
import { EXTERNAL_ENDPOINT_IDS } from "../model/values/endpoint.js";
import type { NationalSystemInfo } from "../model/national-system.js";
import { normaliseName, resolveNationalSystem } from "../model/values/national-system.js";
import type { NetworkModel } from "../model/network-model.js";
import { isPushOnly, protocolKind, protocolsOfPorts } from "../model/protocol.js";
import { crossesInternet } from "../model/values/transport.js";
import type { Zone } from "../model/zone.js";
import { ZONE_IDS } from "../model/values/zone.js";
import type { Bilingual } from "../model/values/common.js";
import { readAllowList } from "./allow-list.js";

/** Where a node of the network sits: one of the three zones or a well-known external network. */
export type FlowPlace = Zone | ExternalEndpoint;
export const FLOW_PLACES: readonly FlowPlace[] = [...ZONE_IDS, ...EXTERNAL_ENDPOINT_IDS];

/**
 * What a single hop between two places needs:
 * - `allowed`: nothing further;
 * - `denied`: never allowed — no approval cures it;
 * - `sanitised-only`: the hop applies sanitisation that fits its protocols (one of `methods`, when
 *   given, on a hop from terminals); with `pushOutbound`, a one-way connection carrying only push protocols (outbound mail)
 *   brings nothing back and needs none;
 * - `exception-only`: an approved exception, or a link to a designated national system, restricted
 *   by address and port and not crossing the internet;
 * - `via-security-cloud`: the hop passes through the prefectural security cloud;
 * - `allow-listed-breakout`: α' local breakout with a valid destination allow-list, tenant restriction and logging.
 */
export type FlowRuleKind = "allowed" | "denied" | "sanitised-only" | "exception-only" | "via-security-cloud" | "allow-listed-breakout";

export interface FlowRule {
  readonly kind: FlowRuleKind;
  /** For `exception-only`: only a designated national system may be reached; no approval cures any other link. */
  readonly nationalOnly?: boolean;
  /** For `sanitised-only`: the sanitisation methods that count on a hop from terminals; any fitting method when absent. */
  readonly methods?: readonly SanitisationMethod[];
  /** For `sanitised-only`: a one-way connection of push-only protocols from the `from` side needs no sanitisation. */
  readonly pushOutbound?: boolean;
}

/** What each rule asks, in words. */
export const FLOW_RULE_LABELS: Readonly<Record<FlowRuleKind | "zone-unknown", Bilingual>> = {
  allowed: { ja: "通信してよい", en: "allowed" },
  denied: { ja: "通信できない", en: "denied" },
  "sanitised-only": { ja: "無害化通信に限る", en: "sanitised traffic only" },
  "exception-only": { ja: "承認を受け通信経路とポートを限定した例外に限る", en: "approved exceptions restricted by address and port only" },
  "via-security-cloud": { ja: "自治体情報セキュリティクラウド経由に限る", en: "through the security cloud only" },
  "allow-listed-breakout": { ja: "条件を満たすローカルブレイクアウトに限る", en: "a local breakout that meets its conditions only" },
  "zone-unknown": { ja: "領域が分からず判定できない", en: "cannot be judged (zone unknown)" },
};

export type FlowTable = Readonly<Record<FlowPlace, Readonly<Record<FlowPlace, FlowRule>>>>;

const A: FlowRule = { kind: "allowed" };
const D: FlowRule = { kind: "denied" };
const S: FlowRule = { kind: "sanitised-only" };
const O: FlowRule = { kind: "sanitised-only", pushOutbound: true };
const E: FlowRule = { kind: "exception-only" };
const N: FlowRule = { kind: "exception-only", nationalOnly: true };
const C: FlowRule = { kind: "via-security-cloud" };

/** One row, in the column order of FLOW_PLACES. */
function row(...rules: FlowRule[]): Readonly<Record<FlowPlace, FlowRule>> {
  return Object.fromEntries(FLOW_PLACES.map((place, i) => [place, rules[i] ?? D])) as Record<FlowPlace, FlowRule>;
}

// Columns: mynumber, lgwan, internet, public-internet, lgwan-network, security-cloud, government-cloud, national-system, vendor-network.
// Flows between two external networks are outside the municipality and allowed, but for the LGWAN
// and the internet side (the internet, the security cloud): the LGWAN is a closed network, and a
// link written between it and the internet would open a way into the LGWAN zone that no zone link
// shows (twelfth pass, from the ninth review's list). Government Cloud
// is normally judged per segment of the tenancy (the segment takes its zone's row and column);
// its own row and column apply only where no segment can be told.
const ALPHA: FlowTable = {
  mynumber: row(A, E, D, D, N, D, A, E, E),
  lgwan: row(E, A, O, D, A, D, A, A, E),
  internet: row(D, S, A, C, D, A, D, D, C),
  "public-internet": row(D, D, C, A, D, A, A, A, A),
  "lgwan-network": row(N, A, D, D, A, D, A, A, A),
  "security-cloud": row(D, D, A, A, D, A, A, A, A),
  "government-cloud": row(A, A, D, A, A, A, A, A, A),
  "national-system": row(E, A, D, A, A, A, A, A, A),
  "vendor-network": row(E, E, C, A, A, A, A, A, A),
};

/** A table with some cells replaced. */
function amend(base: FlowTable, changes: readonly [FlowPlace, FlowPlace, FlowRule][]): FlowTable {
  const copy = Object.fromEntries(FLOW_PLACES.map((from) => [from, { ...base[from] }])) as Record<FlowPlace, Record<FlowPlace, FlowRule>>;
  for (const [from, to, rule] of changes) copy[from][to] = rule;
  return copy;
}

/** The allowed-flow table of each network model (guideline). */
export const FLOW_POLICY: Readonly<Record<NetworkModel, FlowTable>> = {
  alpha: ALPHA,
  // α' (令和6年10月): LGWAN terminals may reach approved cloud services directly.
  "alpha-prime": amend(ALPHA, [["lgwan", "public-internet", { kind: "allow-listed-breakout" }]]),
  // β / β': internet-zone terminals reach LGWAN business systems only by screen transfer; files
  // and mail passed from internet-zone systems into the LGWAN zone are sanitised as under α.
  beta: amend(ALPHA, [["internet", "lgwan", { kind: "sanitised-only", methods: ["screen-transfer"] }]]),
  "beta-prime": amend(ALPHA, [["internet", "lgwan", { kind: "sanitised-only", methods: ["screen-transfer"] }]]),
};

/** The rule for one hop, or `undefined` when a place is unknown (e.g. a system without a zone). */
export function flowRule(model: NetworkModel, from: FlowPlace | undefined, to: FlowPlace | undefined): FlowRule | undefined {
  return from === undefined || to === undefined ? undefined : FLOW_POLICY[model][from][to];
}

/** How a hop measures up to a rule: it complies, a fact needed to tell is missing, or it does not comply. */
export type HopStatus = "ok" | "unknown" | "violates";

/** Why a link does not comply, or what is missing to tell. Checks map each reason to a message. */
export type LinkReason =
  | "zone-unknown"
  | "denied"
  | "over-internet"
  | "over-lgwan"
  | "over-lgwan-inside"
  | "other-body-on-internet"
  | "direction-unknown"
  | "not-approved"
  | "national-only"
  | "segment-unknown"
  | "approval-incomplete"
  | "approver-unverified"
  | "approver-not-authorised"
  | "approver-not-comparable"
  | "approval-after-date"
  | "national-unknown"
  | "national-unknown-lgwan"
  | "mynumber-national"
  | "transport-unknown"
  | "carrier-unknown"
  | "carrier-not-closed"
  | "screen-into-system"
  | "browsing-not-screen-transfer"
  | "browsing-or-download"
  | "screen-transfer-denied-in-purpose"
  | "mailbox-read-from-outside"
  | "lgwan-service-unknown"
  | "address-unrestricted"
  | "address-unknown"
  | "any-port"
  | "ports-broad"
  | "ports-shell-or-share"
  | "remote-operation-into-mynumber"
  | "via-vendor-network"
  | "ports-unknown"
  | "not-sanitised"
  | "sanitisation-unknown"
  | "attachment-only"
  | "attachments-unknown"
  | "method-unfit"
  | "screen-transfer-required"
  | "bypasses-security-cloud"
  | "via-unknown"
  | "breakout-not-allow-listed"
  | "breakout-wildcard"
  | "breakout-entry-unclear"
  | "breakout-no-tenant-restriction"
  | "breakout-not-logged"
  | "breakout-unknown";

/** One problem of a link. */
export interface LinkProblem {
  readonly status: "unknown" | "violates";
  readonly reason: LinkReason;
  /** Values for the message: e.g. `fact`, `protocol`, `entry`, `service`, `suggestion`. */
  readonly data?: Readonly<Record<string, string>>;
}

/** The judgement of one link in one direction. */
export interface LinkVerdict {
  readonly status: HopStatus;
  /** The rule of the cell (for a link crossing the internet, the stricter of the two cells it stands for). */
  readonly rule: FlowRuleKind | "zone-unknown";
  readonly problems: readonly LinkProblem[];
}

/** The facts of a link that the rules read: a connection's, or those a terminal setting implies. */
export type LinkFacts = Pick<
  Connection,
  | "transport"
  | "via"
  | "sanitisation"
  | "protocols"
  | "ports"
  | "addressRestriction"
  | "approval"
  | "destinationAllowList"
  | "tenantRestriction"
  | "logged"
  | "direction"
  | "purpose"
>;

/** What a judgement needs besides the link: the network model and the national systems the profile designates. */
export interface FlowContext {
  readonly model: NetworkModel;
  readonly nationalSystems: readonly NationalSystemInfo[];
  /** Designated national systems (ids, normalised). */
  readonly designated: ReadonlySet<string>;
  /**
   * What an exception's approval is judged against: who may approve (the people the organisation
   * lists for an approving role) and the evaluation date. Without it an approval is taken as given.
   */
  readonly approvals?: ApprovalRules;
}

/** Who may approve an exceptional link, and the date an approval must not postdate. */
export interface ApprovalRules {
  /** The people the organisation lists for a role that may approve exceptions (empty when it lists none). */
  readonly approvers: readonly string[];
  readonly evaluationDate: string;
  /** Whether an approver, as written, may approve exceptions (the rule the engine applies exceptions by). */
  readonly isApprover: (approvedBy: string) => boolean;
  /** Whether an approver who is not one may be one written in another script (a romanised name), to be asked about. */
  readonly inOtherScript?: (approvedBy: string) => boolean;
  /** Whether a value says nobody (未定, なし…). */
  readonly isPlaceholder: (value: string) => boolean;
  /** Whether a name is one of the description's vendors, who cannot approve their own links. */
  readonly isVendor?: (name: string) => boolean;
}

/** Builds the flow context of a profile. */
export function flowContext(
  model: NetworkModel,
  vocabulary: readonly NationalSystemInfo[],
  approvedSpecificCommunications: readonly string[],
  approvals?: ApprovalRules,
): FlowContext {
  const designated = new Set<string>();
  for (const name of approvedSpecificCommunications) {
    const entry = resolveNationalSystem(name, vocabulary);
    designated.add(normaliseName(entry?.id ?? name));
  }
  return approvals === undefined
    ? { model, nationalSystems: vocabulary, designated }
    : { model, nationalSystems: vocabulary, designated, approvals };
}

/** One direction of a link between two places. */
export interface Hop {
  readonly from: FlowPlace | undefined;
  readonly to: FlowPlace | undefined;
  /** The link's facts; `undefined` when nothing describes the link (e.g. a part of a system in another zone). */
  readonly link: LinkFacts | undefined;
  /** Whether this hop runs the link's way (`from` → `to` of the connection) or back. */
  readonly forward: boolean;
  /** A connection without a stated direction is taken both ways; its reverse hop is only assumed. */
  readonly directionAssumed?: boolean;
  /** The national system service named at either end, if any. */
  readonly service?: string;
  /** Whether the far end is a provider's service that residents reach over the internet (not the municipality's own traffic). */
  readonly providerIngress?: boolean;
  /**
   * Whether the hop leaves a terminal group: staff using a system from their terminals. β's
   * screen-transfer rule binds only that use; files and mail passed between systems (through a
   * file or mail sanitiser, say) are judged as under α.
   */
  readonly fromTerminals?: boolean;
  /** Whether the hop reaches a terminal group (staff terminals receiving what the hop carries). */
  readonly toTerminals?: boolean;
  /** Whether the hop reaches a machine of a system (a server) rather than its terminals or the system as a whole. */
  readonly toServer?: boolean;
  /** Whether the hop reaches a file sanitiser (a declared boundary appliance, or a service that says it sanitises files): a download relay. */
  readonly toSanitiser?: boolean;
  /** Whether the hop reaches a web proxy or browsing service (business function web-browsing, or a name that says proxy). */
  readonly toBrowsing?: boolean;
  /** Whether the hop leaves a declared screen-transfer appliance (a virtual browser, an RD gateway). */
  readonly fromRelay?: boolean;
  /** Whether the hop leaves a service of the security cloud judged as the internet zone (see securityCloudService). */
  readonly fromSecurityCloudService?: boolean;
}

const OK: LinkVerdict = { status: "ok", rule: "allowed", problems: [] };

function worst(problems: readonly LinkProblem[]): HopStatus {
  if (problems.some((p) => p.status === "violates")) return "violates";
  return problems.length > 0 ? "unknown" : "ok";
}

/**
 * National-system names already looked up, per vocabulary (one per flow context, so per profile):
 * every link check judges the same few service names on many connections.
 */
const resolvedServices = new WeakMap<readonly NationalSystemInfo[], Map<string, NationalSystemInfo | undefined>>();

function resolveService(name: string, vocabulary: readonly NationalSystemInfo[]): NationalSystemInfo | undefined {
  let byName = resolvedServices.get(vocabulary);
  if (byName === undefined) {
    byName = new Map();
    resolvedServices.set(vocabulary, byName);
  }
  if (!byName.has(name)) {
    // Bounded: names come from descriptions, and one profile may judge many descriptions.
    if (byName.size >= 1000) byName.clear();
    byName.set(name, resolveNationalSystem(name, vocabulary));
  }
  return byName.get(name);
}

/**
 * What stands in the way of an approval recorded on a link: who approved it (someone the
 * organisation lists for a role that may approve exceptions) and when (not after the evaluation
 * date). A vendor, or anyone, cannot make a link an exception by writing an approval.
 */
function approvalProblems(approval: NonNullable<LinkFacts["approval"]>, rules: ApprovalRules | undefined): LinkProblem[] {
  if (rules === undefined) return [];
  const problems: LinkProblem[] = [];
  const by = approval.approvedBy;
  const missing: string[] = [];
  if (by === undefined || rules.isPlaceholder(by)) missing.push("approval.approvedBy");
  else if (rules.isVendor?.(by) === true) {
    const listed = rules.approvers.length > 0;
    problems.push({
      status: "violates",
      reason: "approver-not-authorised",
      data: {
        approver: by,
        approvers: listed ? rules.approvers.join("、") : "体制に記載なし",
        approversEn: listed ? rules.approvers.join(", ") : "none listed",
      },
    });
  } else if (rules.approvers.length === 0) problems.push({ status: "unknown", reason: "approver-unverified", data: { approver: by } });
  else if (!rules.isApprover(by) && rules.inOtherScript?.(by) === true) {
    problems.push({
      status: "unknown",
      reason: "approver-not-comparable",
      data: { approver: by, approvers: rules.approvers.join("、"), approversEn: rules.approvers.join(", ") },
    });
  } else if (!rules.isApprover(by)) {
    problems.push({
      status: "violates",
      reason: "approver-not-authorised",
      data: { approver: by, approvers: rules.approvers.join("、"), approversEn: rules.approvers.join(", ") },
    });
  }
  if (approval.approvedOn === undefined) missing.push("approval.approvedOn");
  else if (approval.approvedOn > rules.evaluationDate) {
    problems.push({
      status: "violates",
      reason: "approval-after-date",
      data: { date: approval.approvedOn, evaluationDate: rules.evaluationDate },
    });
  }
  if (missing.length > 0) problems.unshift({ status: "unknown", reason: "approval-incomplete", data: { fact: missing.join(", ") } });
  return problems;
}

function exceptionProblems(rule: FlowRule, hop: Hop, link: LinkFacts | undefined, ctx: FlowContext): LinkProblem[] {
  if (link === undefined) return [{ status: "violates", reason: rule.nationalOnly ? "national-only" : "not-approved" }];
  const problems: LinkProblem[] = [];
  let designated = false;
  if (hop.service !== undefined) {
    const entry = resolveService(hop.service, ctx.nationalSystems);
    if (entry !== undefined) designated = ctx.designated.has(normaliseName(entry.id));
    else if (link.approval === undefined) {
      problems.push({ status: "unknown", reason: "national-unknown", data: { service: hop.service } });
    }
  }
  if (!designated) {
    // The LGWAN network is reached from the My Number zone only for designated national systems: an approval does not open it.
    if (rule.nationalOnly) problems.push({ status: "violates", reason: "national-only" });
    else if (link.approval !== undefined) problems.push(...approvalProblems(link.approval, ctx.approvals));
    else if (problems.length === 0) problems.push({ status: "violates", reason: "not-approved" });
  }
  if (link.transport === undefined) problems.push({ status: "unknown", reason: "transport-unknown" });
  // A My Number line through a vendor's network (fifty-fifth review: 住基ネット over `via: [vendor-network]` passed): the
  // vendor's network carries others' traffic too, and whether this line is kept apart in it is a question.
  const vendorEnd = hop.from === "vendor-network" || hop.to === "vendor-network";
  if ((hop.from === "mynumber" || hop.to === "mynumber") && !vendorEnd && link.via?.includes("vendor-network")) {
    problems.push({ status: "unknown", reason: "via-vendor-network" });
  }
  const restriction = link.addressRestriction;
  if (restriction === undefined) problems.push({ status: "unknown", reason: "address-unknown" });
  else if (restriction.ip !== true && restriction.mac !== true) problems.push({ status: "violates", reason: "address-unrestricted" });
  if (link.ports === undefined) problems.push({ status: "unknown", reason: "ports-unknown" });
  else if (link.ports.length === 0 || opensEveryPort(link.ports)) problems.push({ status: "violates", reason: "any-port" });
  else {
    // Out of or into the My Number zone a file share is asked about however the link is written (sixtieth review: with
    // `protocols: [smb]` the share from My Number terminals to an LGWAN file server passed, while port 445 alone was asked).
    const myNumber = hop.from === "mynumber" || hop.to === "mynumber";
    const facts = myNumber ? { ports: link.ports, protocols: (link.protocols ?? []).filter((p) => /telnet/iu.test(p)) } : link;
    const concern = portListConcern(facts) ?? (myNumber ? sharedByProtocol(link.protocols) : undefined);
    if (concern !== undefined) problems.push({ status: "unknown", ...concern });
  }
  // Remote screens and shells from another zone into the My Number zone: whoever holds that server operates the zone's
  // terminals and servers; an approval and an address restriction do not contain it (sixtieth review).
  // Screens written the way they flow, one way into My Number terminals over screen transfer (「端末一台化」: the terminal
  // opens the session and sees the LGWAN desktop), are the terminals' own use, not the LGWAN zone operating them (a
  // thirty-sixth-review file, replayed at the end of the sixty-fifth round).
  const toEnd = (link as { readonly to?: NodeRef }).to;
  const screensToTerminals =
    hop.forward &&
    link.direction === "one-way" &&
    toEnd !== undefined &&
    "system" in toEnd &&
    toEnd.terminalGroup !== undefined &&
    (link.sanitisation ?? []).includes("screen-transfer");
  if (hop.to === "mynumber" && (hop.from === "lgwan" || hop.from === "internet") && !screensToTerminals) {
    const operation = remoteOperation(link);
    if (operation !== undefined) problems.push({ status: "unknown", reason: "remote-operation-into-mynumber", data: { operation } });
  }
  return problems;
}

/**
 * Remote operation from the internet side into the LGWAN zone, or undefined for none (see the comments inside): the
 * first problem sanitisationProblems reports for a hop, before anything about the sanitisation written.
 */
function remoteOperationProblems(rule: FlowRule, hop: Hop, link: LinkFacts): LinkProblem[] | undefined {
  // Remote operation from the internet side into the LGWAN zone: a screen, shell or remote-control tool into an LGWAN
  // server (a server named, or a system of servers only), or a shell or control tool (or a purpose saying remote
  // operation) into its terminals. Screen transfer is sanitised only the other way, staff terminals receiving the internet
  // side's screen (2(13) 「端末への画面転送」; seventy-eighth and eightieth reviews). A declared screen-transfer appliance
  // relaying terminals' sessions (β's RD gateway) is judged by the model's rules, not here.
  // The relay is exempt only where the model lets internet-zone terminals use LGWAN systems by screen (β, β': the rule
  // names screen transfer); under α a relay's remote operation into the LGWAN zone is judged (eighty-second review).
  const relayed = hop.fromRelay === true && rule.methods?.includes("screen-transfer") === true;
  // Shells and control tools through the relay are no screen transfer, under β too (eighty-fifth review).
  if (relayed && hop.to === "lgwan" && controlTool(link))
    return [{ status: "violates", reason: "screen-into-system", data: { operation: remoteOperation(link) ?? "" } }];
  if (hop.to === "lgwan" && hop.fromTerminals !== true && !relayed) {
    // Port 22 beside file or mail sanitisation may be SFTP delivering sanitised files: asked as an unknown protocol, not
    // failed as a shell (fifty-fifth to fifty-ninth reviews' cases).
    const delivers = (link.sanitisation ?? []).some((m) => m === "file-sanitisation" || m === "mail-text-conversion");
    // 「SSH」 written for SFTP, the purpose saying so, beside file sanitisation (eighty-second review).
    const sftp = delivers && FILE_TRANSFER.test(link.purpose?.normalize("NFKC") ?? "");
    const judged: LinkFacts = delivers
      ? {
          ...link,
          ...(link.ports === undefined ? {} : { ports: link.ports.filter((p) => p !== 22) }),
          ...(sftp && link.protocols !== undefined ? { protocols: link.protocols.filter((p) => !/^\s*ssh\d?\s*$/iu.test(p)) } : {}),
        }
      : link;
    const operation = remoteOperation(judged);
    // Into a system written whole (neither its terminals nor a server): a purpose of maintenance or investigation says the
    // screen operates it (eighty-fifth review: 「障害時の遠隔保守」 by RDP passed).
    const said = judged.purpose?.normalize("NFKC") ?? "";
    const operatesSystem = hop.toTerminals !== true && OPERATION_PURPOSE.test(said) && !saysBrowsing(said);
    if (operation !== undefined && (hop.toServer === true || operatesSystem || controlsTerminals(judged)))
      return [{ status: "violates", reason: "screen-into-system", data: { operation } }];
  }
  return undefined;
}

/**
 * Staff terminals of the LGWAN zone reaching the internet side by the web (see the comments inside): the problems, and
 * the web protocol judged here, which the method check then leaves alone.
 */
function browsingProblems(
  hop: Hop,
  link: LinkFacts,
  protocols: readonly string[] | undefined,
  effective: readonly SanitisationMethod[],
): { web: string | undefined; problems: LinkProblem[] } {
  const found: LinkProblem[] = [];
  // Staff terminals of the LGWAN zone reaching the internet side by the web with file sanitisation only: the page itself
  // reaches the terminal, and file sanitisation cleans only the files downloaded. The policy's sanitised way to the web
  // is screen transfer (2(13)). Fetching sanitised files from a file sanitiser over the web is another matter. Browsing
  // (a proxy, a browsing service, a purpose that says so) fails; a link that shows neither is asked (seventy-eighth and
  // eightieth reviews).
  // A purpose that says the pages are shown directly, or that screen transfer is no longer used, undoes a screen-transfer
  // field written beside it (seventy-eighth and eighty-fourth reviews: 「Webサイトを直接表示。画面転送方式は廃止済み」).
  const purpose = link.purpose?.normalize("NFKC") ?? "";
  const screenDenied = NO_SCREEN_TRANSFER.test(purpose);
  const denied = screenDenied && effective.includes("screen-transfer");
  const fromStaff = hop.from === "lgwan" && hop.fromTerminals === true && (!effective.includes("screen-transfer") || screenDenied);
  const web = fromStaff ? (protocols ?? []).find((protocol) => protocolKind(protocol) === "web") : undefined;
  // A purpose that says where the files came from (「インターネット閲覧で取得したファイルの取込」) is a download (eighty-fifth review).
  const browsing = hop.toBrowsing === true || (BROWSING_PURPOSE.test(purpose) && !DOWNLOAD_PURPOSE.test(purpose));
  const methods = effective.join(", ");
  if (web !== undefined) {
    if (denied) found.push({ status: "violates", reason: "screen-transfer-denied-in-purpose" });
    else if (browsing) found.push({ status: "violates", reason: "browsing-not-screen-transfer", data: { protocol: web, methods } });
    else if (hop.toSanitiser !== true && !DOWNLOAD_PURPOSE.test(purpose))
      found.push({ status: "unknown", reason: "browsing-or-download", data: { protocol: web, methods } });
  } else if (fromStaff && browsing && (protocols ?? []).every((protocol) => protocolKind(protocol) === undefined)) {
    // Browsing said by the far end or the purpose, on web or proxy ports or none written (eighty-second review: Squid on
    // 3128/8080, and browsing written only in the purpose, passed).
    const webPort = (link.ports ?? []).find((port): port is number => typeof port === "number" && WEB_OR_PROXY_PORTS.has(port));
    if (webPort !== undefined || (link.ports ?? []).length === 0) {
      const protocol = webPort === undefined ? "web" : `web (${webPort})`;
      found.push(
        denied
          ? { status: "violates", reason: "screen-transfer-denied-in-purpose" }
          : { status: "violates", reason: "browsing-not-screen-transfer", data: { protocol, methods } },
      );
    }
  }
  return { web, problems: found };
}

function sanitisationProblems(rule: FlowRule, hop: Hop, link: LinkFacts | undefined): LinkProblem[] {
  if (link === undefined) return [{ status: "unknown", reason: "sanitisation-unknown" }];
  // Well-known ports tell what a link carries (port 25 is mail) beside what its protocols say, and
  // instead of them when none are written (fourteenth review: [https] beside port 25 hid mail).
  const stated = link.protocols !== undefined && link.protocols.length > 0 ? link.protocols : undefined;
  // Every port open carries every kind of traffic: a file share and mail included (fifty-fifth review: a screen link
  // open to any port passed as sanitised).
  const ports = link.ports !== undefined && opensEveryPort(link.ports) ? [...link.ports, 445, 25] : link.ports;
  const fromPorts = protocolsOfPorts(ports).filter((p) => stated === undefined || !stated.some((q) => protocolKind(q) === protocolKind(p)));
  const protocols = stated === undefined ? (fromPorts.length > 0 ? fromPorts : undefined) : [...stated, ...fromPorts];
  // Outbound push (e.g. mail delivered to an internet-zone relay) on a one-way link brings nothing back in.
  if (rule.pushOutbound && hop.forward && link.direction !== "bidirectional" && protocols !== undefined && protocols.length > 0) {
    // Unless the link says it is one-way, the push exemption cannot be granted yet.
    if (protocols.every(isPushOnly)) return link.direction === "one-way" ? [] : [{ status: "unknown", reason: "direction-unknown" }];
  }
  // β / β': what terminals send into LGWAN systems must be screen transfer; a protocol screen transfer
  // cannot carry (a file share, mail) fails whatever sanitisation is written or left out. Files and
  // mail come in through a sanitiser between systems, not from the terminals.
  if (rule.methods !== undefined && hop.fromTerminals === true) {
    const fits = new Set(rule.methods.flatMap((m) => SANITISATION_METHODS[m].fits as readonly string[]));
    if (
      (protocols ?? []).some((protocol) => {
        const kind = protocolKind(protocol);
        return kind !== undefined && !fits.has(kind);
      })
    ) {
      return [{ status: "violates", reason: "screen-transfer-required" }];
    }
  }
  const operated = remoteOperationProblems(rule, hop, link);
  if (operated !== undefined) return operated;
  // A client on the internet side reading LGWAN-zone mailboxes (IMAP, POP, opened from there): the LGWAN zone's mail goes
  // out, which no sanitisation of incoming mail answers (eighty-second review: two-way IMAP from the security cloud into
  // LGWAN mailboxes passed). Mail comes in by delivery (SMTP) through the sanitiser, or is fetched by the LGWAN side.
  if (hop.to === "lgwan" && hop.forward && hop.fromTerminals !== true) {
    const reader = (protocols ?? []).find((protocol) => MAILBOX_READ.test(protocol.normalize("NFKC")));
    if (reader !== undefined) return [{ status: "violates", reason: "mailbox-read-from-outside", data: { protocol: reader } }];
  }
  const applied = link.sanitisation;
  if (applied === undefined) return [{ status: "unknown", reason: "sanitisation-unknown" }];
  if (applied.length === 0) return [{ status: "violates", reason: "not-sanitised" }];
  // Attachment removal alone leaves HTML bodies and links: the policy's example for mail is text conversion.
  const effective = applied.filter((m) => SANITISATION_METHODS[m].fits.length > 0);
  if (effective.length === 0) return [{ status: "violates", reason: "attachment-only" }];
  // β / β': terminals use LGWAN systems by screen transfer; files and mail between systems are sanitised as under α.
  if (rule.methods !== undefined && hop.fromTerminals === true && !effective.some((m) => rule.methods?.includes(m))) {
    return [{ status: "violates", reason: "screen-transfer-required" }];
  }
  const problems: LinkProblem[] = [];
  const { web, problems: browsingFound } = browsingProblems(hop, link, protocols, effective);
  problems.push(...browsingFound);
  for (const protocol of protocols ?? []) {
    const kind = protocolKind(protocol);
    if (kind === undefined) continue;
    if (web !== undefined && kind === "web") continue;
    if (!effective.some((m) => (SANITISATION_METHODS[m].fits as readonly string[]).includes(kind))) {
      problems.push({ status: "violates", reason: "method-unfit", data: { protocol, methods: effective.join(", ") } });
    }
  }
  // Mail into the LGWAN side: its body made text, and its attachments removed or sanitised. Text
  // conversion written alone says nothing of the attachments: asked (eleventh review).
  const carriesMail =
    protocols === undefined ? effective.every((m) => m === "mail-text-conversion") : protocols.some((p) => protocolKind(p) === "mail");
  if (
    problems.length === 0 &&
    carriesMail &&
    effective.includes("mail-text-conversion") &&
    !applied.includes("attachment-removal") &&
    !applied.includes("file-sanitisation")
  ) {
    problems.push({ status: "unknown", reason: "attachments-unknown" });
  }
  return problems;
}

function securityCloudProblems(hop: Hop, link: LinkFacts | undefined): LinkProblem[] {
  if (hop.from === "security-cloud" || hop.to === "security-cloud") return [];
  // Residents reaching a provider's service is not the municipality's internet traffic (6(3)③).
  if (hop.providerIngress) return [];
  // A link that stays off the internet (a vendor's closed line into the internet zone) is no traffic with the internet.
  if (hop.from !== "public-internet" && hop.to !== "public-internet" && link?.transport !== undefined && !linkCrossesInternet(link))
    return [];
  if (link === undefined || link.via === undefined) return [{ status: "unknown", reason: "via-unknown" }];
  return link.via.includes("security-cloud") ? [] : [{ status: "violates", reason: "bypasses-security-cloud" }];
}

/** The problems of an α' allow-list (allow-list.ts reads it). */
function allowListProblems(list: readonly string[]): LinkProblem[] {
  const reading = readAllowList(list);
  if (reading.none) return [{ status: "violates", reason: "breakout-not-allow-listed" }];
  const problems: LinkProblem[] = [];
  if (reading.broad.length > 0)
    problems.push({ status: "violates", reason: "breakout-wildcard", data: { entry: reading.broad.join(", ") } });
  // A row that names nothing readable is asked about, not failed: it may be a service the reader does not know
  // written in an unusual way (fortieth review).
  if (reading.unclear.length > 0)
    problems.push({ status: "unknown", reason: "breakout-entry-unclear", data: { entry: reading.unclear.join(", ") } });
  return problems;
}

function breakoutProblems(link: LinkFacts | undefined): LinkProblem[] {
  if (link === undefined) return [{ status: "unknown", reason: "breakout-unknown", data: { fact: "destinationAllowList" } }];
  const problems: LinkProblem[] = [];
  const list = link.destinationAllowList;
  if (list === undefined) problems.push({ status: "unknown", reason: "breakout-unknown", data: { fact: "destinationAllowList" } });
  else {
    problems.push(...allowListProblems(list));
  }
  if (link.tenantRestriction === undefined)
    problems.push({ status: "unknown", reason: "breakout-unknown", data: { fact: "tenantRestriction" } });
  else if (!link.tenantRestriction) problems.push({ status: "violates", reason: "breakout-no-tenant-restriction" });
  if (link.logged === undefined) problems.push({ status: "unknown", reason: "breakout-unknown", data: { fact: "logged" } });
  else if (!link.logged) problems.push({ status: "violates", reason: "breakout-not-logged" });
  return problems;
}

/** The problems of a hop under one rule. */
export function ruleProblems(rule: FlowRule, hop: Hop, ctx: FlowContext): LinkProblem[] {
  const link = hop.link;
  switch (rule.kind) {
    case "allowed":
      return [];
    case "denied":
      return [{ status: "violates", reason: "denied" }];
    case "exception-only":
      return exceptionProblems(rule, hop, link, ctx);
    case "sanitised-only":
      return sanitisationProblems(rule, hop, link);
    case "via-security-cloud":
      return securityCloudProblems(hop, link);
    case "allow-listed-breakout":
      return breakoutProblems(link);
  }
}

/** How a hop measures up to one rule, whatever the cell its places would give. */
export function ruleStatus(rule: FlowRule, hop: Hop, ctx: FlowContext): HopStatus {
  return worst(ruleProblems(rule, hop, ctx));
}

const RULE_ORDER: readonly FlowRuleKind[] = [
  "allowed",
  "via-security-cloud",
  "allow-listed-breakout",
  "sanitised-only",
  "exception-only",
  "denied",
];

/** Screen transfer from terminals, and nothing screen transfer cannot carry. */
const SCREEN_TRANSFER: FlowRule = { kind: "sanitised-only", methods: ["screen-transfer"] };

/**
 * Internet-zone terminals using an LGWAN-ASP service by screen transfer (J-LIS's telework system
 * for LGWAN, the guideline's telework requirements for the LGWAN zone): the service on the LGWAN
 * splits the path and carries only the screen (2(13)), as a screen-transfer relay in the
 * municipality's own internet zone does (sixteenth review: this was a critical fail no approval
 * could cure). Only terminals, only screen transfer: any other link between the internet zone and
 * the LGWAN itself stays denied. The terminals' leg over the internet is the internet zone's
 * traffic with the internet, judged by its rule (through the security cloud, 6(3)③).
 */
function teleworkVerdict(hop: Hop, table: FlowTable, ctx: FlowContext): LinkVerdict | undefined {
  const link = hop.link;
  if (link === undefined || !(link.sanitisation ?? []).includes("screen-transfer")) return undefined;
  // Written both ways, the session has no way back in the graph (engine/network-graph.ts): only this way is judged.
  if (hop.from !== "internet" || hop.to !== "lgwan-network" || hop.fromTerminals !== true) return undefined;
  // The scheme is reached over the internet; a line of the internet zone written as closed straight
  // into the LGWAN is not it, and stays denied (eighteenth review).
  if (link.transport !== undefined && !linkCrossesInternet(link)) return undefined;
  const problems: LinkProblem[] =
    link.transport === undefined
      ? [{ status: "unknown", reason: "transport-unknown" }]
      : ruleProblems(table.internet["public-internet"], { ...hop, to: "public-internet" }, ctx);
  // The scheme is a telework service on the LGWAN: an unnamed LGWAN destination is asked for (twentieth review).
  const ends = link as { from?: NodeRef; to?: NodeRef };
  const lgwanEnd = [ends.from, ends.to].find((end) => end !== undefined && "external" in end && end.external === "lgwan-network");
  const named = lgwanEnd !== undefined && "external" in lgwanEnd && (lgwanEnd.service ?? "").trim() !== "";
  if (lgwanEnd !== undefined && !named) problems.push({ status: "unknown", reason: "lgwan-service-unknown" });
  // Only screen transfer: a protocol this library cannot tell to be a screen or web session (an SSH
  // tunnel, say) is not the scheme (eighteenth review: it rode through as screen transfer).
  const stated = [...(link.protocols ?? []), ...protocolsOfPorts(link.ports)];
  if (stated.some((protocol) => protocolKind(protocol) === undefined))
    problems.push({ status: "violates", reason: "screen-transfer-required" });
  else problems.push(...ruleProblems(SCREEN_TRANSFER, hop, ctx));
  return { status: problems.length === 0 ? "ok" : worst(problems), rule: "sanitised-only", problems };
}

/** The carriers the LGWAN side reaches the security cloud's services by: closed networks that a prefecture's facility is on. */
const SERVICE_CARRIERS: ReadonlySet<string> = new Set(["lgwan", "closed-line", "dedicated-line"]);

/** A hop between the LGWAN side (the LGWAN zone, a service on the LGWAN) and the security cloud, with a link that stays off the internet and off vendors' networks. */
function securityCloudHop(hop: Pick<Hop, "from" | "to" | "link">): boolean {
  const lgwanSide = (place: FlowPlace | undefined) => place === "lgwan" || place === "lgwan-network";
  const between = (lgwanSide(hop.from) && hop.to === "security-cloud") || (hop.from === "security-cloud" && lgwanSide(hop.to));
  const via = hop.link?.via ?? [];
  return between && hop.link !== undefined && !via.includes("public-internet") && !via.includes("vendor-network");
}

/**
 * A sanitising service of the prefecture's security cloud — a virtual browser, mail text conversion, file sanitisation —
 * that the LGWAN side reaches over the LGWAN, a closed line or a dedicated line (a town with no internet-zone equipment
 * of its own, whose staff browse and receive internet mail through the prefecture's; its mail may be an LGWAN-ASP
 * service; seventy-fourth and seventy-seventh reviews). The service splits the path as the municipality's own internet
 * zone would (2(12), 2(13), 6(3)②), so the hop is judged as the crossing between the LGWAN and internet zones:
 * sanitisation that fits what it carries. A link written as a LAN straight into the security cloud, over the internet or
 * through a vendor's network is no such service, and stays denied; one whose carrier is not written is asked about
 * ({@link securityCloudCarrierUnknown}).
 */
export function securityCloudService(hop: Pick<Hop, "from" | "to" | "link">): boolean {
  const transport = hop.link?.transport;
  return securityCloudHop(hop) && transport !== undefined && SERVICE_CARRIERS.has(transport);
}

/** A link between the LGWAN side and the security cloud that says it is sanitised but not what carries it: the service, or a line that is none. */
export function securityCloudCarrierUnknown(hop: Pick<Hop, "from" | "to" | "link">): boolean {
  return securityCloudHop(hop) && hop.link?.transport === undefined && (hop.link?.sanitisation ?? []).length > 0;
}

/**
 * The one judgement of a link in one direction against the network model's table. A link whose
 * transport crosses the internet is judged as two hops through the public internet, so an approval
 * never cures a denied cell and an internet VPN counts as the internet. The reverse of a
 * connection whose direction is not stated is only assumed: what it would break needs evidence.
 */
export function judgeLink(hop: Hop, ctx: FlowContext): LinkVerdict {
  const { from, to } = hop;
  if (from === undefined || to === undefined)
    return { status: "unknown", rule: "zone-unknown", problems: [{ status: "unknown", reason: "zone-unknown" }] };
  // Residents reaching a provider's service (a SaaS, an LGWAN-ASP) from the internet: the provider's traffic, outside the zones.
  if (hop.providerIngress && (from === "public-internet" || to === "public-internet")) return OK;
  // Government Cloud whose segment cannot be told (no segment written, and no system at the other end to take it
  // from): a tenancy holds My Number, LGWAN and internet segments, each judged as its zone. Where they would be judged
  // differently, the segment decides, so it is asked for rather than taken as the loosest.
  if ((from === "government-cloud") !== (to === "government-cloud")) {
    const verdicts = ZONE_IDS.map((zone) =>
      judgeLink({ ...hop, from: from === "government-cloud" ? zone : from, to: to === "government-cloud" ? zone : to }, ctx),
    );
    const statuses = new Set(verdicts.map((v) => v.status));
    if (statuses.size > 1) return { status: "unknown", rule: "zone-unknown", problems: [{ status: "unknown", reason: "segment-unknown" }] };
    return verdicts[0] as LinkVerdict;
  }
  const table = FLOW_POLICY[ctx.model];
  const telework = teleworkVerdict(hop, table, ctx);
  if (telework !== undefined) return telework;
  // The security cloud stands on the internet side: reaching it over the internet is no detour through the internet.
  const outside = (place: FlowPlace) => place === "public-internet" || place === "security-cloud";
  const overInternet = linkCrossesInternet(hop.link) && !outside(from) && !outside(to);
  let rule: FlowRuleKind;
  let problems: LinkProblem[];
  if (overInternet) {
    const cell = table[from][to];
    const first = table[from]["public-internet"];
    const second = table["public-internet"][to];
    rule = [cell, first, second].reduce((a, b) => (RULE_ORDER.indexOf(b.kind) > RULE_ORDER.indexOf(a.kind) ? b : a)).kind;
    // Exceptions stay off the internet, sanitised links do not detour over it, and a breakout
    // reaches the internet itself: only traffic the internet may carry anyway is judged half by half.
    const throughInternetOk = (r: FlowRule) => r.kind === "allowed" || r.kind === "via-security-cloud";
    if (!throughInternetOk(cell) || !throughInternetOk(first) || !throughInternetOk(second)) {
      problems = [{ status: "violates", reason: "over-internet" }];
    } else {
      problems = [
        ...ruleProblems(first, { ...hop, to: "public-internet" }, ctx),
        ...ruleProblems(second, { ...hop, from: "public-internet" }, ctx),
      ];
    }
  } else if (lgwanInsideMyNumberZone(hop)) {
    // Traffic of the My Number zone itself carried by the LGWAN (fifty-second review): terminals reaching their
    // standardised system in Government Cloud, or a branch office its main site, over the LGWAN. The zone's traffic
    // with the LGWAN is for designated national systems only, so this is no line of the zone, approved or not.
    rule = "exception-only";
    problems = [{ status: "violates", reason: "over-lgwan-inside" }];
  } else if (overLgwanIntoMyNumberZone(hop)) {
    // A vendor's network reached from the My Number zone over the LGWAN (transport lgwan, or via the LGWAN):
    // the zone's traffic with the LGWAN is for designated national systems only, whatever lies beyond it
    // (thirty-second review: maintenance into the My Number zone over LGWAN passed once approved, while
    // the same far end written as an LGWAN-ASP failed).
    const lgwanSide = from === "mynumber" ? { ...hop, to: "lgwan-network" as const } : { ...hop, from: "lgwan-network" as const };
    rule = "exception-only";
    problems = ruleProblems(N, lgwanSide, ctx).map((p) =>
      p.reason === "national-only" ? { status: "violates", reason: "over-lgwan" } : p,
    );
  } else if (securityCloudService(hop)) {
    // The security cloud's service takes the internet zone's place, and the LGWAN side the LGWAN zone's (see securityCloudService).
    const asZones: Hop =
      from === "security-cloud"
        ? { ...hop, from: "internet", to: "lgwan", fromSecurityCloudService: true }
        : { ...hop, from: "lgwan", to: "internet" };
    const cell = table[asZones.from as FlowPlace][asZones.to as FlowPlace];
    rule = cell.kind;
    problems = ruleProblems(cell, asZones, ctx);
  } else if (securityCloudCarrierUnknown(hop)) {
    rule = "sanitised-only";
    problems = [{ status: "unknown", reason: "carrier-unknown" }];
  } else if (securityCloudHop(hop) && hop.link?.transport === "lan" && (hop.link.sanitisation ?? []).length > 0) {
    // A sanitised link written as a LAN straight into the security cloud: no LAN reaches the prefecture's facility, and
    // one written so bypasses the split; the advice is about the line, not the sanitisation it already states.
    rule = "denied";
    problems = [{ status: "violates", reason: "carrier-not-closed" }];
  } else {
    const cell = table[from][to];
    rule = cell.kind;
    problems = ruleProblems(cell, hop, ctx);
    // A national system of the My Number zone (住基ネット, 中間サーバー, 戸籍情報連携) is reached from that zone
    // only: not from the LGWAN zone, nor from the internet side by a link written between outside networks.
    const other = from === "national-system" ? to : to === "national-system" ? from : undefined;
    if (other === "lgwan" || other === "public-internet" || other === "security-cloud") {
      const entry = hop.service === undefined || hop.service === "" ? undefined : resolveService(hop.service, ctx.nationalSystems);
      if (entry?.myNumberZoneOnly === true)
        problems = [...problems, { status: "violates", reason: "mynumber-national", data: { service: hop.service as string, other } }];
      // A name the vocabulary does not know, from the LGWAN zone, cannot be told from 住基ネット misspelt (fifty-fifth
      // review: 「住基ネツト」, 「ｼﾞｭｷﾈｯﾄ」 and 「じゅうきネット」 passed while 住基ネット failed): asked.
      else if (entry === undefined && other === "lgwan" && hop.service !== undefined && hop.service.trim() !== "")
        problems = [...problems, { status: "unknown", reason: "national-unknown-lgwan", data: { service: hop.service } }];
    }
  }
  if (problems.length === 0) return rule === "allowed" ? OK : { status: "ok", rule, problems };
  if (hop.directionAssumed && problems.some((p) => p.status === "violates")) {
    problems = [{ status: "unknown", reason: "direction-unknown" }];
  }
  return { status: worst(problems), rule, problems };
}

/**
 * So many ports listed that they restrict nothing. A restricted link names the few its service uses; a hundred and more
 * is a range written out (fifty-sixth review: the first line, at 1,024, passed 1,023 ports).
 */
const PORTS_THAT_RESTRICT_NOTHING = 100;

/**
 * A list this long is asked about: a link restricted to its service names a handful of ports (a monitoring product's
 * ten, say); a few dozen is a range or a template copied in (fifty-sixth and fifty-seventh reviews: 20 and 40 ports,
 * telnet and SMB among them, passed on approved My Number lines).
 */
const PORTS_ASKED_ABOUT = 20;

/**
 * Ports of remote shells in clear text and of Windows file sharing (telnet; NetBIOS and SMB): no service across a zone
 * boundary is expected to need them, and they are the classic way in and across. Remote screens (RDP, VNC) and
 * encrypted shells are left to the remote-maintenance rules, where a maintenance line uses them.
 */
const SHELL_OR_SHARE_PORTS: Readonly<Record<number, string>> = {
  23: "telnet",
  135: "RPC",
  137: "NetBIOS",
  138: "NetBIOS",
  139: "NetBIOS/SMB",
  445: "SMB",
  2049: "NFS",
  3260: "iSCSI",
};
/** The file-sharing ports of SHELL_OR_SHARE_PORTS: a link that says it carries a file share (a sanitiser delivering to a file server) is not asked about them. */
const SHARE_PORTS: ReadonlySet<number> = new Set([135, 137, 138, 139, 445, 2049, 3260]);

/**
 * What to ask about a port list that is restricted but not obviously to one service: so many ports that each needs
 * its reason (`ports-broad`, naming the shell and share ports among them), or ports of clear-text shells, file sharing
 * and RPC (`ports-shell-or-share`; telnet also when named among the protocols on another port). Undefined when the list
 * raises neither question (an `any` list is {@link opensEveryPort}'s).
 *
 * `link.protocols` naming a file share, or `link.sanitisation` including file sanitisation (a sanitiser delivering to the
 * LGWAN zone's file server), says what the share ports are for; callers leave both out for links out of or into the My
 * Number zone, where a file share is asked about however it is written (sixtieth review).
 */
export function portListConcern(
  link: Pick<LinkFacts, "ports" | "protocols" | "sanitisation" | "direction">,
): { reason: "ports-broad" | "ports-shell-or-share"; data: Readonly<Record<string, string>> } | undefined {
  const ports = link.ports ?? [];
  const distinct = new Set(ports);
  const protocols = (link.protocols ?? []).map((p) => p.normalize("NFKC"));
  // A file share the link says it carries (fifty-ninth review: a file sanitiser's delivery written by port alone was
  // told to close its port).
  const sharing =
    protocols.some((p) => /smb|cifs|netbios|ファイル共有/iu.test(p)) ||
    // The sanitiser's delivery, one way (sixty-first review: LGWAN PCs mounting the sanitiser's folder both ways passed).
    ((link.sanitisation ?? []).includes("file-sanitisation") && link.direction === "one-way");
  const named = [...distinct]
    .filter(
      (port): port is number => typeof port === "number" && SHELL_OR_SHARE_PORTS[port] !== undefined && !(sharing && SHARE_PORTS.has(port)),
    )
    .sort((a, b) => a - b)
    .map((port) => `${port}（${SHELL_OR_SHARE_PORTS[port]}）`);
  const en = (text: string) => text.replaceAll("（", " (").replaceAll("）", ")");
  const namedEn = named.map(en);
  // Telnet named, on whatever port (fifty-ninth review: telnet on 2323 passed), unless said to be off (「SFTP（Telnet・RDPは
  // 無効化）」: the replay at the end of the round).
  if (!distinct.has(23) && protocols.some((p) => /telnet/iu.test(p) && !SAID_OFF.test(p))) {
    named.push("平文のリモートシェル（protocols の telnet）");
    namedEn.push("telnet (in protocols)");
  }
  if (distinct.size >= PORTS_ASKED_ABOUT) {
    // The worst of a long list named, not lost in the count (fifty-ninth review).
    const among =
      named.length === 0
        ? { amongJa: "", amongEn: "" }
        : { amongJa: `（うち ${named.join("、")}）`, amongEn: ` (among them ${namedEn.join(", ")})` };
    return { reason: "ports-broad", data: { count: String(distinct.size), ...among } };
  }
  return named.length === 0
    ? undefined
    : { reason: "ports-shell-or-share", data: { ports: named.join("、"), portsEn: namedEn.join(", ") } };
}

/** A file share named among a link's protocols, as a port-list concern (for links out of or into the My Number zone). */
function sharedByProtocol(protocols: readonly string[] | undefined): ReturnType<typeof portListConcern> {
  // NFS and WebDAV mount another zone's storage as SMB does (sixty-first review).
  const named = (protocols ?? []).filter((p) => /smb|cifs|netbios|nfs|webdav|iscsi|ファイル共有|共有フォルダ/iu.test(p.normalize("NFKC")));
  if (named.length === 0) return undefined;
  const list = named.join(", ");
  return { reason: "ports-shell-or-share", data: { ports: `ファイル共有（protocols の ${list}）`, portsEn: `${list} (in protocols)` } };
}

/** A purpose that says the link is web browsing (「インターネット閲覧」, 「Web閲覧（プロキシ経由）」). */
const BROWSING_PURPOSE =
  /インターネット(?:の)?閲覧|web(?:サイト|ページ)?(?:の)?閲覧|ウェブ(?:サイト|ページ)?(?:の)?閲覧|ホームページ(?:の)?閲覧|外部サイト|ブラウジング|browsing|プロキシ|proxy/iu;
/** A purpose saying the web is shown directly, or screen transfer is abolished or not used. */
const NO_SCREEN_TRANSFER =
  /直接表示|直接閲覧|画面転送(?:方式)?(?:は|を)?(?:廃止|使用しない|使わない|利用しない|行わない|なし|無し)|no longer (?:uses? )?screen transfer|screen transfer (?:is )?(?:abolished|not used)/iu;
/** Protocols by which a mail client reads a mailbox. */
const MAILBOX_READ = /^\s*(?:imap|imaps|imap4|pop|pop3|pop3s)\s*$/iu;
/** Ports of the web and of web proxies. */
const WEB_OR_PROXY_PORTS: ReadonlySet<number> = new Set([80, 443, 3128, 8000, 8080, 8443, 8888]);
/** A purpose that says the link fetches files already sanitised (「無害化済みファイルの取り出し」). */
const DOWNLOAD_PURPOSE =
  /無害化済|無害化後|無害化した|取り出し|取出し|受け取り|受取|受渡|受け渡し|取込|取り込|取得したファイル|入手した|sanitised files|sanitized files/iu;
/** Shells and remote-control tools (not the screens a virtual browser sends), named in protocols. */
const CONTROL_TOOLS =
  /ssh|telnet|winrm|powershell|teamviewer|anydesk|radmin|vnc|skysea|lanscope|systemwalker|assetview|malion|リモートコントロール|remote ?control|遠隔操作|リモート操作|遠隔制御/iu;
/** Ports of shells and control tools, not of the remote screens a virtual browser uses (RDP, ICA). */
const SCREEN_PORTS: ReadonlySet<number> = new Set([3389, 3390, 1494]);

/** A purpose of maintenance, investigation or operation of what the link reaches. */
const OPERATION_PURPOSE = /保守|メンテナンス|障害|調査|運用|監視|設定変更|maintenance|troubleshoot|investigat|administration/iu;

/** Whether a link names a shell or remote-control tool (not a remote screen) in its protocols or ports. */
function controlTool(link: LinkFacts): boolean {
  const protocols = (link.protocols ?? []).map((p) => p.normalize("NFKC"));
  if (protocols.some((p) => CONTROL_TOOLS.test(p) && !FILE_TRANSFER.test(p))) return true;
  const ports = (link.ports ?? []).filter((p): p is number => typeof p === "number");
  return (
    !protocols.some((p) => FILE_TRANSFER.test(p)) && ports.some((p) => !SCREEN_PORTS.has(p) && REMOTE_OPERATION_PORTS[p] !== undefined)
  );
}

/** A purpose that speaks of browsing or of a virtual browser (「仮想ブラウザ（県が運用）」): the browser's work, not operating LGWAN machines. */
const saysBrowsing = (purpose: string) => BROWSING_PURPOSE.test(purpose) || /仮想ブラウザ|インターネット/u.test(purpose);

/**
 * Whether a link into terminals operates them: a shell or control tool by protocol or port, or a purpose saying remote
 * operation and nothing of browsing (a virtual browser's purpose often names リモートデスクトップ).
 */
function controlsTerminals(link: LinkFacts): boolean {
  if (controlTool(link)) return true;
  const purpose = link.purpose?.normalize("NFKC") ?? "";
  return REMOTE_OPERATION_PURPOSE.test(purpose) && !saysBrowsing(purpose);
}

/** Words that say a function named beside them is turned off. */
const SAID_OFF = /無効|不使用|使わない|使用しない|禁止|停止|disabled/iu;

/** The ports of remote screens, shells and remote-control tools, by what they carry. */
const REMOTE_OPERATION_PORTS: Readonly<Record<number, string>> = {
  22: "SSH",
  23: "telnet",
  1494: "ICA",
  3389: "RDP",
  3390: "RDP",
  4899: "Radmin",
  5900: "VNC",
  5901: "VNC",
  5902: "VNC",
  5938: "TeamViewer",
  5985: "WinRM",
  5986: "WinRM",
};

/**
 * Words of remote operation, in protocols or in the purpose: shells, remote desktops, and the asset-management and
 * remote-control products towns operate terminals with (sixty-first review: RDP on another port, SKYSEA, TeamViewer,
 * Radmin and SSH on 2222, written by their names or purposes, passed).
 */
const REMOTE_OPERATION_WORDS =
  /ssh|telnet|winrm|powershell|リモート操作|遠隔操作|遠隔制御|リモートコントロール|remote ?control|リモートデスクトップ|remote ?desktop|teamviewer|anydesk|radmin|vnc|リモートアクセス|chrome\s*remote\s*desktop|画面共有|skysea|lanscope|systemwalker|assetview|malion|資産管理|ソフトウェア配布|リモート保守/iu;
/** The same read in a purpose, without the words that name a management product's other uses (an inventory, say). */
const REMOTE_OPERATION_PURPOSE =
  /リモート操作|遠隔操作|遠隔制御|リモートコントロール|remote ?control|リモートデスクトップ|remote ?desktop|リモートアクセス|画面共有|teamviewer|anydesk|radmin|vnc|ssh|ソフトウェア配布/iu;

/** File transfer (SFTP, SCP, FTP): port 22 carries files there, not remote operation (「SFTP（SSH File Transfer Protocol）」). */
const FILE_TRANSFER = /sftp|scp|ftps?\b|file\s*transfer|ファイル転送/iu;

/** The remote operation a link carries, by its protocols, ports and purpose (「RDP, 3389（RDP）」), or undefined for none. */
function remoteOperation(link: LinkFacts): string | undefined {
  const protocols = (link.protocols ?? []).map((p) => p.normalize("NFKC"));
  const named = protocols.filter(
    (p) => !FILE_TRANSFER.test(p) && !SAID_OFF.test(p) && (protocolKind(p) === "screen" || REMOTE_OPERATION_WORDS.test(p)),
  );
  const fileTransferOnly = protocols.length > 0 && protocols.every((p) => FILE_TRANSFER.test(p));
  const ports = (link.ports ?? []).filter(
    (p): p is number =>
      typeof p === "number" &&
      REMOTE_OPERATION_PORTS[p] !== undefined &&
      !(p === 22 && fileTransferOnly) &&
      // Named already by its protocol (sixty-first review: 「RDP, 3389（RDP）」 said it twice).
      !named.some((n) => n.toLowerCase() === REMOTE_OPERATION_PORTS[p]?.toLowerCase()),
  );
  const said = [...named, ...ports.map((p) => `${p}（${REMOTE_OPERATION_PORTS[p]}）`)];
  // A purpose that says the function is off (「遠隔操作機能は無効化」) names none (sixty-fifth review).
  const purpose = SAID_OFF.test(link.purpose ?? "") ? "" : (link.purpose?.normalize("NFKC") ?? "");
  if (
    said.length === 0 &&
    REMOTE_OPERATION_PURPOSE.test(purpose) &&
    !(fileTransferOnly && !/操作|制御|desktop|デスクトップ/iu.test(purpose))
  ) {
    said.push(`目的「${purpose.length > 40 ? `${purpose.slice(0, 40)}…` : purpose}」`);
  }
  return said.length === 0 ? undefined : said.join(", ");
}

/**
 * Whether a port list is open to everything: `any`, or a list so long it restricts nothing (fifty-fifth review: every
 * port from 1 to 65535 written out passed where `any` failed at critical).
 */
export function opensEveryPort(ports: readonly (number | string)[]): boolean {
  if (ports.includes("any")) return true;
  if (ports.length < PORTS_THAT_RESTRICT_NOTHING) return false;
  return new Set(ports).size >= PORTS_THAT_RESTRICT_NOTHING;
}

/**
 * Whether a link crosses the public internet: by its transport (an internet VPN), or because it
 * lists the internet, or the security cloud that stands on the internet side, among the networks
 * it passes through, whatever its transport is called. (A link that ends at the internet or the
 * security cloud is not a detour through them: callers leave those ends out.)
 */
export function linkCrossesInternet(link: Pick<LinkFacts, "transport" | "via"> | undefined): boolean {
  if (crossesInternet(link?.transport) === true) return true;
  const via = link?.via;
  return via !== undefined && (via.includes("public-internet") || via.includes("security-cloud"));
}

/** Whether a link carries the LGWAN between it ends: its transport is the LGWAN, or it lists the LGWAN among the networks it passes through. */
export function linkCrossesLgwan(link: Pick<LinkFacts, "transport" | "via"> | undefined): boolean {
  return link?.transport === "lgwan" || link?.via?.includes("lgwan-network") === true;
}

/** A hop inside the My Number zone (Government Cloud's My Number segment included) that the LGWAN carries. */
function lgwanInsideMyNumberZone(hop: Hop): boolean {
  return hop.from === "mynumber" && hop.to === "mynumber" && linkCrossesLgwan(hop.link);
}

/** A hop between the My Number zone and a vendor's network that the LGWAN carries. */
function overLgwanIntoMyNumberZone(hop: Hop): boolean {
  const pair = [hop.from, hop.to];
  return pair.includes("mynumber") && pair.includes("vendor-network") && linkCrossesLgwan(hop.link);
}

/** Where a connection end sits: its zone (given by the caller for systems), its external network, or a Government Cloud segment. */
export function endPlace(end: NodeRef, zoneOf: (end: NodeRef) => Zone | undefined, other: NodeRef): FlowPlace | undefined {
  if ("system" in end) return zoneOf(end);
  if (end.external === "government-cloud") return end.segment ?? ("system" in other ? zoneOf(other) : undefined) ?? "government-cloud";
  return end.external;
}

/** The national system service named at either end of a connection. */
export function serviceOf(connection: Connection): string | undefined {
  for (const end of [connection.from, connection.to]) {
    if ("external" in end && end.external === "national-system") return end.service ?? "";
  }
  return undefined;
}

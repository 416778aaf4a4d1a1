import type { CheckContext } from "../../engine/check-api.js";
import type { DescriptionIndex } from "../../engine/description-index.js";
import type { Connection, NodeRef } from "../../model/connection.js";
import type { Description } from "../../model/description.js";
import type { RemoteMaintenance, System } from "../../model/system.js";
import { type MaintenancePurpose, maintenancePurpose, type Operation, operation, sessionsInto } from "../remote-operation.js";
import type { Transport } from "../../model/transport.js";
import { TRANSPORTS } from "../../model/values/transport.js";
import { clip } from "../../engine/text.js";
import { firstCompanyCore } from "../../engine/applicability.js";
import { ZONES } from "../../model/values/zone.js";
import type { ClauseId } from "../../policy/clauses.js";
import { defineCheck } from "../define-check.js";
import { boundaryClauses, GUIDELINE_ZONES } from "../links.js";
import { misplacedCloudService } from "../zones/zone-hosting-consistent.js";
import { linkCrossesInternet, linkCrossesLgwan } from "../../policy/flow-policy.js";

type Line = NonNullable<RemoteMaintenance["line"]>;

const LINE_RISK: Readonly<Record<Line, number>> = { closed: 0, lgwan: 0, "internet-vpn": 1, internet: 2 };

/**
 * How far a line opens a system's zone: the LGWAN is a closed line for an LGWAN-zone system, but joins
 * the My Number zone to the LGWAN, which that zone reaches for designated national systems only (thirty-second review).
 */
function lineRisk(line: Line, zone: System["zone"]): number {
  return zone === "mynumber" && line === "lgwan" ? 1 : LINE_RISK[line];
}

const FACT_LABELS: Readonly<Record<string, { factJa: string; factEn: string }>> = {
  perSessionApproval: { factJa: "接続ごとの承認", factEn: "per-session approval" },
  mfa: { factJa: "多要素認証", factEn: "multi-factor authentication" },
  logged: { factJa: "作業の記録", factEn: "logging" },
  line: { factJa: "保守回線", factEn: "the maintenance line" },
};

/** The maintenance line a connection's transport amounts to. */
const LINE_OF: Readonly<Record<Transport, Line>> = {
  lan: "closed",
  lgwan: "lgwan",
  "closed-line": "closed",
  "dedicated-line": "closed",
  "internet-vpn": "internet-vpn",
  internet: "internet",
};

const LINE_LABELS: Readonly<Record<Line, { ja: string; en: string }>> = {
  closed: { ja: "閉域網", en: "closed line" },
  lgwan: TRANSPORTS.lgwan,
  "internet-vpn": TRANSPORTS["internet-vpn"],
  internet: TRANSPORTS.internet,
};

/** The connections that join a vendor network to the system: remote maintenance, described as links. */
type Linked = { connection: Connection; index: number };
/** Vendor lines to each Government Cloud segment, by zone, once per description. */
const segmentLinesCache = new WeakMap<Description, Map<string, Linked[]>>();

/** A vendor's company, for telling two vendor entries of one company apart from two companies (「日本電算株式会社 保守サービス部」 is 日本電算). */
function companyOf(vendorId: string, ctx: Pick<CheckContext, "index">): string {
  const vendor = ctx.index.vendorsById.get(vendorId);
  const core = vendor === undefined ? "" : firstCompanyCore(vendor.name);
  return core === "" ? `id:${vendorId}` : `name:${core}`;
}

/** The companies that maintain a system: its maintainer, else the vendors it lists. */
function maintainersOf(system: System, ctx: Pick<CheckContext, "index">): Set<string> {
  const ids = system.remoteMaintenance?.vendorId !== undefined ? [system.remoteMaintenance.vendorId] : (system.vendorIds ?? []);
  return new Set(ids.map((id) => companyOf(id, ctx)));
}

/**
 * Whether a connection end is a screen-transfer appliance: a named server with that `boundaryRole`, or (no server
 * named) a system with it, or one serving screen transfer with web browsing at most beside it (a virtual browser),
 * not a platform of other work.
 */
function isScreenTransferAppliance(end: NodeRef, owner: System): boolean {
  const named = "server" in end && end.server !== undefined ? owner.servers?.find((sv) => sv.id === end.server) : undefined;
  if (named !== undefined) return named.boundaryRole === "screen-transfer";
  const functions = owner.businessFunctions ?? [];
  return (
    owner.boundaryRole === "screen-transfer" ||
    (functions.includes("screen-transfer") && functions.every((f) => f === "screen-transfer" || f === "web-browsing"))
  );
}

/** A host in the zone outside a system's (internet for LGWAN, LGWAN for My Number) that a vendor reaches, with a link from it that operates the system. */
interface JumpHost {
  readonly host: string;
  readonly connection: string;
  readonly operation: Operation;
  /** Whether the host's vendor is one of the system's own maintainers. */
  readonly sameVendor: boolean;
  /** Whether the link is claimed screen transfer into the LGWAN-zone system itself: asked, not failed (a shell, remote management or remote support is not). */
  readonly screen: boolean;
  /** The purpose that made a screen link count (read as maintenance): quoted in the finding, so its reader sees why. */
  readonly purpose?: string;
  /** How the vendor reaches the host (its maintenance line, or its vendor links), as the finding says it. */
  readonly reachedOver: { readonly ja: string; readonly en: string };
  /** The hosts the vendor passes before this one (a chain of jump hosts), nearest first. */
  readonly via?: readonly ChainStep[];
}

/**
 * Jump hosts (踏み台) into a system: hosts a vendor reaches over the internet (for an LGWAN-zone system) or over the
 * LGWAN or the internet (for a My Number zone system), by its maintenance block or a vendor line, from which a link
 * operates the system — itself, a named server, or its terminals (what a link does: ../remote-operation.ts). Such a
 * host makes maintenance a path into the zone whatever the system's own line says (thirty-second to thirty-ninth
 * reviews). Links the system's terminals open are left out (α's virtual browser, β's business terminals), and so is
 * the boundary's own screen transfer. One hop only: a chain of hosts is not followed. Worked out once per system and
 * evaluation: the check's `when` and `evaluate` both ask.
 */
const jumpHostCache = new WeakMap<DescriptionIndex, WeakMap<System, JumpHost[]>>();
function jumpHosts(system: System, ctx: Pick<CheckContext, "index" | "profile">): JumpHost[] {
  let bySystem = jumpHostCache.get(ctx.index);
  if (bySystem === undefined) {
    bySystem = new WeakMap();
    jumpHostCache.set(ctx.index, bySystem);
  }
  let found = bySystem.get(system);
  if (found === undefined) {
    found = findJumpHosts(system, ctx);
    bySystem.set(system, found);
  }
  return found;
}

/** The purposes that made screen links count, quoted (empty when none did): 「（接続の目的「…」を保守の接続と読んだ）」. */
function purposeNote(group: readonly JumpHost[]): { purposeNoteJa: string; purposeNoteEn: string } {
  const purposes = [...new Set(group.flatMap((j) => (j.purpose === undefined ? [] : [j.purpose])))];
  const chain = chainNote(group);
  if (purposes.length === 0) return { purposeNoteJa: chain.ja, purposeNoteEn: chain.en };
  const quoted = purposes.map((p) => `「${clip(p, 80)}」`).join("、");
  return {
    purposeNoteJa: `${chain.ja}（接続の目的${quoted}から、保守・操作の接続と読んだ）`,
    purposeNoteEn: `${chain.en} (read as a maintenance or operation link from its purpose: ${purposes.map((p) => `"${clip(p, 80)}"`).join(", ")})`,
  };
}

/** A host as a finding names it: its name with its id (「仮想ブラウザ（vb）」), so a reader need not look the id up. */
function hostLabel(host: System): string {
  return host.name.trim() === "" || host.name === host.id ? host.id : `${host.name}（${host.id}）`;
}

/** A host before a jump host on the vendor's way in, and the link from it. */
interface ChainStep {
  readonly host: System;
  readonly connection: string;
  readonly operation: Operation;
}

/** How deep a chain of jump hosts is followed (the vendor's own host and two more before the one that reaches the system). */
const MAX_CHAIN = 3;

/**
 * How a vendor reaches a host of the jump host's zone: over the host's own maintenance line or vendor links, or by remote
 * operation from another host of that zone which a vendor reaches so (a chain of jump hosts: the vendor's VPN ends at
 * one server, and the session into the system starts at another; from the last note). `via` lists the hosts before this
 * one, nearest first.
 */
function vendorReach(
  host: System,
  system: System,
  zone: "internet" | "lgwan",
  opens: (line: Line | undefined) => boolean,
  ctx: Pick<CheckContext, "index">,
  seen: ReadonlySet<string> = new Set([host.id]),
): { readonly over: { readonly ja: string; readonly en: string }; readonly via: readonly ChainStep[] } | undefined {
  const block = host.remoteMaintenance;
  const blockOpens = block?.used !== false && opens(block?.line);
  const links = maintenanceLinks(host, ctx.index);
  const overInternet = links.some(({ connection: line }) => linkCrossesInternet(line));
  const overLgwan = system.zone === "mynumber" && links.some(({ connection: line }) => linkCrossesLgwan(line));
  if (blockOpens || overInternet || overLgwan) {
    const over =
      blockOpens && block?.line !== undefined ? LINE_LABELS[block.line] : overInternet ? LINE_LABELS.internet : LINE_LABELS.lgwan;
    return { over, via: [] };
  }
  if (seen.size >= MAX_CHAIN) return undefined;
  for (const { connection, from: other, operation: how } of sessionsInto(host.id, ctx.index)) {
    if (other.terminalGroup !== undefined || other.system === system.id || seen.has(other.system)) continue;
    const previous = ctx.index.systemsById.get(other.system)?.system;
    if (previous === undefined || previous.zone !== zone) continue;
    const reach = vendorReach(previous, system, zone, opens, ctx, new Set([...seen, previous.id]));
    if (reach !== undefined)
      return { over: reach.over, via: [{ host: previous, connection: connection.id, operation: how }, ...reach.via] };
  }
  return undefined;
}

/** The note of a finding whose vendor comes in at another host first: the chain, from the vendor's host on. */
function chainNote(group: readonly JumpHost[]): { readonly ja: string; readonly en: string } {
  const chains = group.flatMap((j) => (j.via === undefined ? [] : [{ host: j.host, via: j.via }]));
  if (chains.length === 0) return { ja: "", en: "" };
  // 「A から接続 x（RDP）で B へ、そこから接続 y（SSH）で C へ」, "from A through x (RDP) to B, then through y (SSH) to C".
  const steps = (via: readonly ChainStep[], host: string) =>
    [...via].reverse().map((step, i, all) => ({ step, to: i + 1 < all.length ? hostLabel((all[i + 1] as ChainStep).host) : host }));
  const ja = chains.map(({ host, via }) =>
    steps(via, host)
      .map(
        ({ step, to }, i) =>
          `${i === 0 ? `${hostLabel(step.host)}から` : "そこから"}接続 ${step.connection}（${step.operation.ja}）で${to}へ`,
      )
      .join("、"),
  );
  const en = chains.map(({ host, via }) =>
    steps(via, host)
      .map(
        ({ step, to }, i) =>
          `${i === 0 ? `from ${hostLabel(step.host)}` : "then"} through connection ${step.connection} (${step.operation.en}) to ${to}`,
      )
      .join(", "),
  );
  return {
    ja: `（事業者が入るのはその手前のホストで、${[...new Set(ja)].join("。")}進める）`,
    en: ` (the vendor comes in at a host before it, and goes on ${[...new Set(en)].join("; ")})`,
  };
}

function findJumpHosts(system: System, ctx: Pick<CheckContext, "index" | "profile">): JumpHost[] {
  const networkModel = ctx.profile.networkModel;
  // The host's zone, and how a vendor reaching it opens this system's zone: an LGWAN-zone system from an internet-zone
  // host the vendor reaches over the internet; a My Number zone system from an LGWAN-zone host the vendor reaches over
  // the LGWAN or the internet (thirty-third review: the LGWAN line into the My Number zone, split at a relay).
  const hostZone = system.zone === "lgwan" ? "internet" : system.zone === "mynumber" ? "lgwan" : undefined;
  if (hostZone === undefined) return [];
  const opens = (line: Line | undefined) =>
    line === "internet" || line === "internet-vpn" || (system.zone === "mynumber" && line === "lgwan");
  let maintainers: Set<string> | undefined;
  const found: JumpHost[] = [];
  for (const { connection } of ctx.index.connectionsBySystem.get(system.id) ?? []) {
    const { from, to } = connection;
    // The host opens the session: the link runs from the host into the system (a server of it counts as the system;
    // its terminals too, which a remote-support host can take over), or both ways, or for maintenance, from a part of
    // the system that is no terminal group (terminals open their own sessions: α's virtual browser written both ways).
    // A link written the other way (from a server of the system to the host) counts too when its purpose says it is the
    // system's maintenance (fortieth review: 「人事給与システムの保守（保守用サーバから接続）」 drawn the way the screen flows).
    const ownEnd = (end: NodeRef) => "system" in end && end.system === system.id;
    // The purpose is read once per link, and only where it can matter.
    let purposeRead: MaintenancePurpose | undefined | null = null;
    const purposeOf = (): MaintenancePurpose | undefined => {
      if (purposeRead === null) purposeRead = maintenancePurpose(connection);
      return purposeRead;
    };
    const fromOwnPart = ownEnd(from) && !("terminalGroup" in from && from.terminalGroup !== undefined);
    const hostEnd = ownEnd(to)
      ? from
      : fromOwnPart && (connection.direction === "bidirectional" || purposeOf() === "stated")
        ? to
        : undefined;
    const systemEnd = hostEnd === from ? to : from;
    if (hostEnd === undefined || !("system" in hostEnd) || hostEnd.system === system.id || hostEnd.terminalGroup !== undefined) continue;
    const how = operation(connection);
    if (how === undefined) continue;
    const host = ctx.index.systemsById.get(hostEnd.system)?.system;
    if (host === undefined || host.zone !== hostZone) continue;
    // A screen link counts as screen transfer only where it says so (`sanitisation: [screen-transfer]`, or a protocol
    // named 「画面転送（RDP）」) and reaches the system itself, its terminals or a server declared a screen-transfer
    // appliance; an RDP session into a named business server, or one that does not claim to be screen transfer, is
    // remote operation (thirty-sixth and thirty-seventh reviews).
    const intoNamedServer = "server" in systemEnd && systemEnd.server !== undefined;
    const intoTerminals = "terminalGroup" in systemEnd && systemEnd.terminalGroup !== undefined;
    const claimed =
      connection.sanitisation?.includes("screen-transfer") === true ||
      (connection.protocols ?? []).some((p) => /画面転送|screen.?transfer/iu.test(p.normalize("NFKC")));
    // The boundary's own screen transfer (2(13)), between the LGWAN and the internet only: screen transfer into the
    // system's terminals (a virtual browser written the way its screen flows), a screen link to a part of the system
    // that is a screen-transfer appliance, or from the internet side's appliance into the system itself, and under
    // β/β' into anything (thirty-fourth to thirty-sixth reviews).
    // A screen link whose purpose is maintenance or support (「職員PCのリモート保守（ヘルプデスク）」) is someone at the
    // host working the system's screens, not screen transfer for the terminals' users (fortieth review).
    const purpose = purposeOf();
    const beta = networkModel === "beta" || networkModel === "beta-prime";
    const exempt =
      how.kind === "screen" &&
      system.zone === "lgwan" &&
      ((intoTerminals && claimed) ||
        isScreenTransferAppliance(systemEnd, system) ||
        (isScreenTransferAppliance(hostEnd, host) && (beta || !intoNamedServer)));
    if (exempt && purpose === undefined) continue;
    // A claimed screen is asked about (it may be screen transfer for the users), whatever its purpose says: free text
    // about maintenance brings a screen link into question but never fails it (forty-third review: purposes describing
    // the users' own screens, a support desk or a yearly inspection failed the commonest virtual browser). So is a link
    // drawn from the system towards the host, counted only for its purpose.
    const reversed = hostEnd === to && connection.direction !== "bidirectional";
    // ... except from a host with no screen-transfer role whose link's purpose states the work: a jump host in the
    // vendor's own words, which fails as any remote operation by the system's own vendor (forty-fourth review: review
    // 32's 保守用踏み台サーバ with 「保守作業」 had become a question).
    // A host on the boundary (any declared role, a screen-transfer or web-browsing function) or a link claimed as screen
    // transfer into the terminals keeps the question (forty-fifth review: a virtual browser listed as web-browsing, or one
    // that also sanitises files, failed on a purpose about its own upkeep).
    const functions = host.businessFunctions ?? [];
    const onBoundary =
      host.boundaryRole !== undefined ||
      functions.includes("screen-transfer") ||
      functions.includes("web-browsing") ||
      (intoTerminals && claimed);
    const statedFromPlainHost = purpose === "stated" && !onBoundary;
    const screen =
      !statedFromPlainHost &&
      (exempt ||
        (how.kind === "screen" && claimed && !intoNamedServer && system.zone === "lgwan") ||
        (reversed && system.zone === "lgwan"));
    const reach = vendorReach(host, system, hostZone, opens, ctx);
    if (reach === undefined) continue;
    maintainers ??= maintainersOf(system, ctx);
    // The vendor who comes in is the first host's; any host of the chain maintained by the system's own vendor counts.
    const sameVendor = [host, ...reach.via.map((v) => v.host)].some((h) =>
      [...maintainersOf(h, ctx)].some((company) => maintainers?.has(company) === true),
    );
    const byPurpose = how.kind === "screen" && purpose !== undefined;
    found.push({
      host: hostLabel(host),
      connection: connection.id,
      operation: how,
      sameVendor,
      screen,
      reachedOver: reach.over,
      ...(reach.via.length === 0 ? {} : { via: reach.via }),
      ...(byPurpose && connection.purpose !== undefined ? { purpose: connection.purpose } : {}),
    });
  }
  return found.sort((a, b) => (a.connection < b.connection ? -1 : a.connection > b.connection ? 1 : 0));
}

/** The vendor lines of a system: its own connections with a vendor network. */
function maintenanceLinks(system: System, index: DescriptionIndex): Linked[] {
  return (index.connectionsBySystem.get(system.id) ?? []).filter(({ connection }) =>
    [connection.from, connection.to].some((end) => "external" in end && end.external === "vendor-network"),
  );
}

/**
 * Vendor lines to the Government Cloud segment of a GC-hosted system's zone (or to Government
 * Cloud with no segment written). A segment line does not say whose it is, so it is neither the
 * system's maintenance line nor a second record of it (eighteenth review: another vendor's closed
 * line there turned an internet VPN's critical into a question); it only tells that an internet
 * line recorded in remoteMaintenance is already government-cloud-closed-line's finding.
 */
function segmentLines(system: System, description: Description): Linked[] {
  if (system.hosting?.kind !== "government-cloud" || system.zone === undefined) return [];
  let bySegment = segmentLinesCache.get(description);
  if (bySegment === undefined) {
    bySegment = new Map();
    const vendor = (end: NodeRef) => "external" in end && end.external === "vendor-network";
    const cloud = (end: NodeRef) => ("external" in end && end.external === "government-cloud" ? (end.segment ?? "any") : undefined);
    (description.connections ?? []).forEach((connection, i) => {
      const zone = vendor(connection.from) ? cloud(connection.to) : vendor(connection.to) ? cloud(connection.from) : undefined;
      if (zone === undefined) return;
      const list = bySegment?.get(zone) ?? [];
      list.push({ connection, index: i });
      bySegment?.set(zone, list);
    });
    segmentLinesCache.set(description, bySegment);
  }
  return [...(bySegment.get(system.zone) ?? []), ...(bySegment.get("any") ?? [])];
}

/**
 * Vendor remote maintenance is a door into the system from outside (3(1)) that the municipality
 * controls (6(6)) and holds the vendor to (6(8)): every session approved, authenticated with
 * multiple factors and logged, over a line that stays off the internet.
 *
 * Lines: `closed` and `lgwan` pass. Plain `internet` always fails — the session is then exposed to
 * the whole internet. `internet-vpn` fails for My Number and LGWAN zone systems, because it opens
 * an internet path into zones that 6(3)① and 6(3)② (with 2(12)) keep off the internet; for
 * internet-zone systems, which are internet-connected by definition (2(11)), a VPN with the other
 * three controls is accepted.
 */
export default defineCheck({
  meta: {
    id: "remote-maintenance-controlled",
    area: "technical",
    title: {
      ja: "リモート保守は接続ごとに承認し、多要素認証と記録を行い、マイナンバー利用事務系・LGWAN接続系のシステムではインターネットを経由しない回線を使うこと",
      en: "Remote maintenance must be approved per session, use MFA and be logged, and for My Number and LGWAN zone systems run over a line that avoids the internet",
    },
    clauses: ["6(6)", "6(8)", "6(3)①", "6(3)②"],
    threats: ["T1"],
    basis: "guideline",
    guideline: "ガイドライン（令和7年3月版）対策基準例「技術的セキュリティ」（システムの保守）・「業務委託」",
    severity: "high",
    target: "system",
    applicability: {
      when: (system, ctx) =>
        system.remoteMaintenance?.used === true ||
        system.remoteMaintenance?.line !== undefined ||
        maintenanceLinks(system, ctx.index).length > 0 ||
        jumpHosts(system, ctx).length > 0,
      condition: {
        ja: "リモート保守を使う（remoteMaintenance.used）か保守回線（remoteMaintenance.line）を記載した、事業者のネットワーク（vendor-network）との接続がある、または事業者がインターネット経由で入るインターネット接続系のホストから遠隔操作の接続があるシステム",
        en: "systems that use remote maintenance (remoteMaintenance.used), describe a maintenance line (remoteMaintenance.line), have a connection with a vendor network (vendor-network), or are operated over a link from an internet-zone host that a vendor reaches over the internet",
      },
    },
    messages: {
      noSessionApproval: {
        ja: "システム {{system}} のリモート保守は接続のたびに承認していない",
        en: "Remote maintenance sessions of system {{system}} are not approved one by one",
        remediation: {
          ja: "リモート保守の接続は作業ごとに申請・承認し、承認した作業の間だけ開けること",
          en: "Have each remote maintenance session requested and approved, and open the line only for the approved work",
        },
      },
      noMfa: {
        ja: "システム {{system}} のリモート保守は多要素認証を使っていない",
        en: "Remote maintenance of system {{system}} does not use multi-factor authentication",
        remediation: {
          ja: "リモート保守の接続に多要素認証（ワンタイムパスワード、証明書など）を求めること",
          en: "Require multi-factor authentication (one-time passwords, certificates or the like) for remote maintenance sessions",
        },
      },
      notLogged: {
        ja: "システム {{system}} のリモート保守の作業が記録されていない",
        en: "Remote maintenance sessions of system {{system}} are not logged",
        remediation: {
          ja: "リモート保守の操作を記録し、作業の後に記録を確認すること",
          en: "Log what is done in remote maintenance sessions and review the logs after the work",
        },
      },
      // The line into the My Number or LGWAN zone is that zone's separation: critical, as the same line
      // written as a connection is (nineteenth review: written only here, an internet VPN into the
      // LGWAN zone was high, and passed --fail-on critical).
      internetLine: {
        ja: "システム {{system}} のリモート保守はインターネットを直接経由している",
        en: "Remote maintenance of system {{system}} runs over the plain internet",
        basis: "policy",
        severity: "critical",
      },
      vpnIntoMyNumberZone: {
        ja: "マイナンバー利用事務系のシステム {{system}} のリモート保守はインターネットVPNを経由しており、マイナンバー利用事務系にインターネットからの経路を作っている",
        en: "Remote maintenance of My Number zone system {{system}} runs over an internet VPN, opening an internet path into the My Number zone",
        basis: "policy",
        severity: "critical",
      },
      // Thirty-second review: maintenance into the My Number zone over the LGWAN passed as a closed line.
      lgwanIntoMyNumberZone: {
        ja: "マイナンバー利用事務系のシステム {{system}} のリモート保守は LGWAN を経由している。マイナンバー利用事務系と LGWAN の間の通信は指定された国のシステムとの接続に限られる",
        en: "Remote maintenance of My Number zone system {{system}} runs over the LGWAN; traffic between the My Number zone and the LGWAN is permitted only for designated national systems",
        basis: "guideline",
        reference: GUIDELINE_ZONES,
        severity: "critical",
      },
      jumpHostOverInternet: {
        ja: "LGWAN接続系のシステム {{system}} を保守する事業者は、インターネット経由で入るインターネット接続系の{{host}}から、接続 {{connection}}（{{operationJa}}）でこのシステムを操作できる{{purposeNoteJa}}。インターネットからの保守の経路が LGWAN接続系に入っている",
        en: "The vendor who maintains LGWAN zone system {{system}} reaches {{host}} in the internet zone over the internet and can operate this system from there through connection {{connection}} ({{operationEn}}){{purposeNoteEn}}: a maintenance path from the internet into the LGWAN zone",
        basis: "policy",
        severity: "critical",
        remediation: {
          ja: "LGWAN接続系のシステムの保守は、インターネットを経由しない閉域網・専用線・LGWAN で直接行い、インターネット接続系の踏み台からの遠隔操作の接続を廃止すること",
          en: "Maintain the LGWAN zone system directly over a closed or dedicated line or the LGWAN, off the internet, and remove the remote-control link from the internet-zone jump host",
        },
      },
      // Thirty-third review: the LGWAN line into the My Number zone, split at an LGWAN-zone relay.
      jumpHostIntoMyNumberZone: {
        ja: "マイナンバー利用事務系のシステム {{system}} を保守する事業者は、{{reachedOverJa}}で入る LGWAN接続系の{{host}}から、接続 {{connection}}（{{operationJa}}）でこのシステムを操作できる{{purposeNoteJa}}。マイナンバー利用事務系を LGWAN接続系の踏み台から保守する経路になっている",
        en: "The vendor who maintains My Number zone system {{system}} reaches {{host}} in the LGWAN zone over {{reachedOverEn}} and can operate this system from there through connection {{connection}} ({{operationEn}}){{purposeNoteEn}}: a maintenance path into the My Number zone through a jump host in the LGWAN zone",
        basis: "guideline",
        reference: GUIDELINE_ZONES,
        severity: "critical",
        remediation: {
          ja: "マイナンバー利用事務系のシステムの保守は、LGWAN を経由しない閉域網・専用線で直接行い、LGWAN接続系の中継からの遠隔操作の接続を廃止すること",
          en: "Maintain the My Number zone system directly over a closed or dedicated line that does not pass through the LGWAN, and remove the remote-control link from the LGWAN-zone relay",
        },
      },
      // Thirty-third review: the same route through another vendor's host, or with the maintainers not written, is asked.
      jumpHostQuestion: {
        ja: "LGWAN接続系のシステム {{system}} は、事業者がインターネット経由で入るインターネット接続系の{{host}}から、接続 {{connection}}（{{operationJa}}）で操作できる{{purposeNoteJa}}。この経路で事業者がシステムを保守・操作できないことを確かめること",
        en: "LGWAN zone system {{system}} can be operated through connection {{connection}} ({{operationEn}}) from {{host}} in the internet zone, which a vendor reaches over the internet{{purposeNoteEn}}; confirm that no vendor can maintain or operate the system along this path",
        basis: "policy",
        severity: "critical",
        remediation: {
          ja: "インターネット接続系のホストから LGWAN接続系のシステムを遠隔操作する接続は、業務上必要なものに限り、事業者がその経路で入れないこと（ホストの保守回線、アカウント、接続の制限）を確かめて記録すること。不要なら廃止すること。ホストが仮想ブラウザ・VDI の接続装置など画面転送を担う境界の装置で、その役割をまだ記載していないなら記載すること（boundaryRole: screen-transfer）。記載しても、事業者がその経路で入れないことの確認は要る",
          en: "Keep remote-control links from internet-zone hosts into LGWAN zone systems to what the work needs, and confirm and record that no vendor can come in along them (the host's maintenance line, its accounts, the link's restrictions); remove them otherwise. If the host is the boundary's screen-transfer appliance (a virtual browser's or VDI's connection server) and its role is not stated yet, state it (boundaryRole: screen-transfer); the confirmation that no vendor comes in along the path is needed either way",
        },
      },
      jumpHostQuestionIntoMyNumberZone: {
        ja: "マイナンバー利用事務系のシステム {{system}} は、事業者が{{reachedOverJa}}で入る LGWAN接続系の{{host}}から、接続 {{connection}}（{{operationJa}}）で操作できる{{purposeNoteJa}}。この経路で事業者がシステムを保守・操作できないことを確かめること",
        en: "My Number zone system {{system}} can be operated through connection {{connection}} ({{operationEn}}) from {{host}} in the LGWAN zone, which a vendor reaches over {{reachedOverEn}}{{purposeNoteEn}}; confirm that no vendor can maintain or operate the system along this path",
        basis: "guideline",
        reference: GUIDELINE_ZONES,
        severity: "critical",
        remediation: {
          ja: "LGWAN接続系のホストからマイナンバー利用事務系のシステムを遠隔操作する接続は、承認された例外に限り、事業者がその経路で入れないこと（ホストの保守回線、アカウント、接続の制限）を確かめて記録すること。不要なら廃止すること",
          en: "Keep remote-control links from LGWAN-zone hosts into My Number zone systems to approved exceptions, and confirm and record that no vendor can come in along them (the host's maintenance line, its accounts, the link's restrictions); remove them otherwise",
        },
      },
      vpnIntoLgwanZone: {
        ja: "LGWAN接続系のシステム {{system}} のリモート保守はインターネットVPNを経由しており、インターネット接続系と分割すべき LGWAN接続系にインターネットからの経路を作っている",
        en: "Remote maintenance of LGWAN zone system {{system}} runs over an internet VPN, opening an internet path into the LGWAN zone, which must stay split from the internet",
        basis: "policy",
        severity: "critical",
      },
      zoneUnknown: {
        ja: "システム {{system}} の領域（zone）が分からず、インターネットVPNによる保守を認めてよいか判断できない",
        en: "The zone of system {{system}} is unknown, so whether maintenance over an internet VPN is acceptable cannot be decided",
      },
      factUnknown: {
        ja: "システム {{system}} のリモート保守の{{factJa}}（{{fact}}）の記載がない",
        en: "System {{system}} does not state {{factEn}} ({{fact}}) of its remote maintenance",
      },
      linesDisagree: {
        ja: "システム {{system}} のリモート保守の回線が、リモート保守の記載（{{lineJa}}）と接続 {{connection}}（{{transportJa}}）とで食い違っている。どちらが正しいか確かめて記載を直すこと",
        en: "System {{system}} describes its remote maintenance line twice, differently: {{lineEn}} in remoteMaintenance, {{transportEn}} on connection {{connection}}; find out which is true and correct the description",
      },
      // Twenty-eighth review: the record that gives the riskier line into the zone may be the true one; until
      // settled, the zone's separation is in doubt (asked at critical, citing the zone's clause).
      linesDisagreeIntoZone: {
        ja: "{{zoneJa}}のシステム {{system}} のリモート保守の回線が、リモート保守の記載（{{lineJa}}）と接続 {{connection}}（{{transportJa}}）とで食い違っている。{{openedJa}}。どちらが正しいか確かめて記載を直すこと",
        en: "Remote maintenance of {{zoneEn}} system {{system}} is described twice, differently: {{lineEn}} in remoteMaintenance, {{transportEn}} on connection {{connection}}; {{openedEn}}. Find out which is true and correct the description",
        basis: "policy",
        severity: "critical",
      },
      loggedDisagree: {
        ja: "システム {{system}} のリモート保守は作業を記録するとしている（remoteMaintenance.logged）が、保守の接続 {{connection}} は記録しない（logged: false）としている。どちらが正しいか確かめて記載を直すこと",
        en: "System {{system}} says its remote maintenance is logged (remoteMaintenance.logged), but maintenance connection {{connection}} says it is not (logged: false); find out which is true and correct the description",
      },
      maintainerUnknown: {
        ja: "システム {{system}} は事業者のネットワークと接続しているが、保守を行う事業者（remoteMaintenance.vendorId）の記載がない",
        en: "System {{system}} is linked to a vendor network but does not name the maintaining vendor (remoteMaintenance.vendorId)",
        severity: "medium",
        remediation: {
          ja: "保守を行う事業者を vendors に記載し、その id を remoteMaintenance.vendorId に書くこと（同じ事業者の回線が複数の領域に入っていないかの判定に使う）",
          en: "Describe the maintaining vendor in vendors and give its id in remoteMaintenance.vendorId (it tells whether one vendor's lines reach several zones)",
        },
      },
      blockUnknown: {
        ja: "システム {{system}} は事業者のネットワークと接続しているが、リモート保守の記載（remoteMaintenance：作業ごとの承認、多要素認証、記録）がない",
        en: "System {{system}} is linked to a vendor network but does not describe its remote maintenance (remoteMaintenance: per-session approval, MFA, logging)",
      },
      notUsedButLine: {
        ja: "システム {{system}} はリモート保守を行わないと記載しているが、保守回線（{{lineJa}}）も記載している。どちらが正しいか確かめて記載を直すこと",
        en: "System {{system}} says it has no remote maintenance but also describes a maintenance line ({{lineEn}}); find out which is true and correct the description",
      },
      notUsedButConnected: {
        ja: "システム {{system}} はリモート保守を行わないと記載しているが、接続 {{connection}} が事業者のネットワークとつないでいる",
        en: "System {{system}} says it has no remote maintenance, but connection {{connection}} links it to a vendor network",
      },
    },
    remediation: {
      ja: "マイナンバー利用事務系・LGWAN接続系のシステムの保守回線は閉域網・専用線（LGWAN接続系のシステムでは LGWAN も可）とし、インターネットやインターネットVPNを使わないこと。どの領域でも、接続は作業ごとに申請・承認してその間だけ開け、多要素認証を求め、操作を記録して確認すること",
      en: "For My Number and LGWAN zone systems, use a closed or dedicated line (LGWAN too for an LGWAN zone system), never the internet or an internet VPN. In every zone, open the connection only for an approved session, require multi-factor authentication, and log and review the operations",
    },
  },
  *evaluate(system, ctx) {
    const data = { system: system.id };
    // How the work is controlled is operations and outsourcing (6(6), 6(8)); the line into a zone
    // is that zone's separation (6(3)① or ②).
    const control: ClauseId[] = ["6(6)", "6(8)"];
    const intoZone = system.zone === "mynumber" || system.zone === "lgwan" ? boundaryClauses(system.zone, "public-internet") : control;
    const risk = (l: Line) => lineRisk(l, system.zone);
    // Jump hosts into this system. Into the My Number zone, the system's own maintainer's relay is the LGWAN line into
    // the zone (fail) and another's is asked. Into the LGWAN zone, the own maintainer's shell, remote management or
    // remote support from the internet side fails; a screen link is asked, whoever's and whatever the model, since a
    // screen-transfer product's own servers look the same when their role is not written (thirty-fifth review).
    const jumps = jumpHosts(system, ctx);
    const mynumber = system.zone === "mynumber";
    const messageOf = (j: (typeof jumps)[number]) =>
      mynumber
        ? j.sameVendor
          ? "jumpHostIntoMyNumberZone"
          : "jumpHostQuestionIntoMyNumberZone"
        : j.sameVendor && !j.screen
          ? "jumpHostOverInternet"
          : "jumpHostQuestion";
    for (const messageId of [
      "jumpHostIntoMyNumberZone",
      "jumpHostOverInternet",
      "jumpHostQuestionIntoMyNumberZone",
      "jumpHostQuestion",
    ] as const) {
      const group = jumps.filter((j) => messageOf(j) === messageId);
      if (group.length === 0) continue;
      const found = {
        ...data,
        host: [...new Set(group.map((j) => j.host))].join(", "),
        connection: group.map((j) => j.connection).join(", "),
        operationJa: [...new Set(group.map((j) => j.operation.ja))].join("・"),
        operationEn: [...new Set(group.map((j) => j.operation.en))].join(", "),
        ...purposeNote(group),
        reachedOverJa: [...new Set(group.map((j) => j.reachedOver.ja))].join("・"),
        reachedOverEn: [...new Set(group.map((j) => j.reachedOver.en))].join(", "),
      };
      const draft =
        messageId === "jumpHostQuestion" || messageId === "jumpHostQuestionIntoMyNumberZone"
          ? ctx.needsEvidence(messageId, ["remoteMaintenance"], found)
          : ctx.fail(messageId, ["remoteMaintenance"], found);
      yield { ...draft, clauses: intoZone };
    }
    // In id order, so what is reported does not depend on the order connections are listed in.
    const links = [...maintenanceLinks(system, ctx.index)].sort((a, b) =>
      a.connection.id < b.connection.id ? -1 : a.connection.id > b.connection.id ? 1 : 0,
    );
    const declared = system.remoteMaintenance;
    // Remote maintenance described twice must say the same; described once, either source counts.
    if (declared?.used === false && links.length > 0) {
      const draft = ctx.fail("notUsedButConnected", ["remoteMaintenance", "used"], {
        ...data,
        connection: [...new Set(links.map((link) => link.connection.id))].sort().join(", "),
      });
      yield { ...draft, clauses: control };
      return;
    }
    // "Not used" beside a line is a question, not a pass (a contradiction a description can hide an internet line in).
    if (declared?.used === false && declared.line !== undefined) {
      const label = LINE_LABELS[declared.line];
      yield {
        ...ctx.needsEvidence("notUsedButLine", ["remoteMaintenance", "line"], { ...data, lineJa: label.ja, lineEn: label.en }),
        clauses: control,
      };
      return;
    }
    // A system that says it is not maintained remotely, judged only for a jump host into it: that finding is all there
    // is (forty-first review: four questions about its line, MFA and logging followed it).
    if (declared?.used === false) return;
    let lineFromLinks: Line | undefined;
    for (const { connection } of links) {
      if (connection.transport === undefined) continue;
      // A line written closed but routed through the LGWAN is the LGWAN (thirty-third review: 「closed-line, via:
      // [lgwan-network]」 beside a block saying LGWAN was asked as a disagreement).
      const written = LINE_OF[connection.transport];
      const line: Line = written === "closed" && linkCrossesLgwan(connection) ? "lgwan" : written;
      // Two records of the line that disagree are a question (which is true?), not a second fail
      // (tenth review). Asked only where the difference matters (one line crosses the internet, the
      // other does not, or less so) and is not already the link's own finding: into the My Number
      // or LGWAN zone, a link riskier than the record is judged by the zone link checks.
      const judgedByZoneChecks = (system.zone === "mynumber" || system.zone === "lgwan") && risk(line) > risk(declared?.line ?? line);
      if (declared?.line !== undefined && risk(declared.line) !== risk(line) && !judgedByZoneChecks) {
        const lines = {
          ...data,
          connection: connection.id,
          lineJa: LINE_LABELS[declared.line].ja,
          lineEn: LINE_LABELS[declared.line].en,
          transportJa: TRANSPORTS[connection.transport].ja,
          transportEn: TRANSPORTS[connection.transport].en,
        };
        // The block's riskier line into the My Number or LGWAN zone would be the zone's own finding.
        if ((system.zone === "mynumber" || system.zone === "lgwan") && risk(declared.line) > risk(line)) {
          const zone = ZONES[system.zone].label;
          const opened =
            declared.line === "lgwan"
              ? {
                  openedJa: "記載のとおり LGWAN を経由するなら、マイナンバー利用事務系が LGWAN とつながっている",
                  openedEn: "if it runs over the LGWAN as the first says, the My Number zone is joined to the LGWAN",
                }
              : {
                  openedJa: `記載のとおりインターネットを経由するなら${zone.ja}にインターネットからの経路がある`,
                  openedEn: `if it crosses the internet as the first says, the ${zone.en} has a path from the internet`,
                };
          yield {
            ...ctx.needsEvidence("linesDisagreeIntoZone", ["remoteMaintenance", "line"], {
              ...lines,
              ...opened,
              zoneJa: zone.ja,
              zoneEn: zone.en,
            }),
            clauses: intoZone,
          };
        } else yield { ...ctx.needsEvidence("linesDisagree", ["remoteMaintenance", "line"], lines), clauses: control };
      }
      // The riskiest line described counts.
      if (lineFromLinks === undefined || risk(line) > risk(lineFromLinks)) lineFromLinks = line;
    }
    // A maintenance link that says it is not logged (`logged: false`) counts as the logging fact when the block
    // says nothing, and is a question beside a block that says it is logged (twelfth review).
    // Named by all of them, in id order: the first in the list would depend on the description's order.
    const notLogged = [
      ...new Set(links.filter(({ connection }) => connection.logged === false).map(({ connection }) => connection.id)),
    ].sort();
    const linkNotLogged = notLogged.length === 0 ? undefined : { id: notLogged.join(", ") };
    const maintenance: RemoteMaintenance = {
      ...declared,
      line: declared?.line ?? lineFromLinks,
      ...(declared?.logged === undefined && linkNotLogged !== undefined ? { logged: false } : {}),
    };
    if (declared?.logged === true && linkNotLogged !== undefined) {
      yield {
        ...ctx.needsEvidence("loggedDisagree", ["remoteMaintenance", "logged"], { ...data, connection: linkNotLogged.id }),
        clauses: control,
      };
    }
    // Vendor links but no remoteMaintenance block at all: one question, not one per fact (eighth review).
    if (declared === undefined) {
      // (A system judged only for a jump host into it has no vendor line of its own to ask about.)
      if (links.length > 0) yield { ...ctx.needsEvidence("blockUnknown", ["remoteMaintenance"], data), clauses: control };
      return;
    }
    // Who maintains over a vendor line: the maintainer tells one vendor's lines into two zones apart from two
    // vendors' (twenty-fourth and twenty-sixth reviews: left out, a bridge between the zones went unasked).
    if (links.length > 0 && declared.vendorId === undefined) {
      yield { ...ctx.needsEvidence("maintainerUnknown", ["remoteMaintenance"], data), clauses: control };
    }
    for (const [field, failId] of [
      ["perSessionApproval", "noSessionApproval"],
      ["mfa", "noMfa"],
      ["logged", "notLogged"],
    ] as const) {
      const value = maintenance[field];
      if (value === undefined)
        yield {
          ...ctx.needsEvidence("factUnknown", ["remoteMaintenance", field], { ...data, ...FACT_LABELS[field], fact: field }),
          clauses: control,
        };
      else if (!value) yield { ...ctx.fail(failId, ["remoteMaintenance", field], data), clauses: control };
    }
    const line = ["remoteMaintenance", "line"];
    // A line the vendor links describe is those links' finding (the zone link checks judge them, critical
    // into the My Number or LGWAN zone): judged here again, one line gave two fails (eighth review).
    if (lineFromLinks !== undefined) return;
    // An internet line recorded here beside a vendor line over the internet to the system's Government
    // Cloud segment: that line is government-cloud-closed-line's critical (sixteenth review).
    const recorded = maintenance.line;
    if (
      (recorded === "internet" || recorded === "internet-vpn") &&
      segmentLines(system, ctx.description).some(({ connection }) => linkCrossesInternet(connection))
    )
      return;
    // A provider running its own general cloud service over the internet is no line into the city's zone:
    // a service declared in the LGWAN or My Number zone is zone-hosting-consistent's finding (twenty-ninth
    // review: one wrong zone gave two criticals; #65 for the internet zone). A tenancy said to be reached
    // over closed lines only is the city's zone, and the line rule holds.
    // Only where zone-hosting-consistent fails the placement: a tenancy not yet shown open to the internet keeps
    // the line rule (thirtieth review: an internet line into an LGWAN tenancy went unjudged).
    if (maintenance.line !== undefined && misplacedCloudService(system, ctx)) return;
    switch (maintenance.line) {
      case undefined:
        yield ctx.needsEvidence("factUnknown", line, { ...data, ...FACT_LABELS.line, fact: "line" });
        break;
      case "internet":
        // The line rule binds My Number and LGWAN zone systems; an internet-zone system (a SaaS its provider runs
        // over HTTPS) is reached over the internet anyway, and its links are judged by the security-cloud rules.
        if (system.zone === undefined) yield ctx.needsEvidence("zoneUnknown", ["zone"], data);
        else if (system.zone === "mynumber" || system.zone === "lgwan")
          yield { ...ctx.fail("internetLine", line, data), clauses: intoZone };
        break;
      case "internet-vpn":
        if (system.zone === undefined) yield ctx.needsEvidence("zoneUnknown", ["zone"], data);
        else if (system.zone === "mynumber") yield { ...ctx.fail("vpnIntoMyNumberZone", line, data), clauses: intoZone };
        else if (system.zone === "lgwan") yield { ...ctx.fail("vpnIntoLgwanZone", line, data), clauses: intoZone };
        break;
      case "lgwan":
        // The LGWAN is a closed line for an LGWAN-zone system, not for the My Number zone.
        if (system.zone === "mynumber") yield { ...ctx.fail("lgwanIntoMyNumberZone", line, data), clauses: intoZone };
        break;
      default:
        break; // closed lines stay off the internet
    }
  },
});

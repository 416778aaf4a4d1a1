import { describe, expect, it } from "vitest";
import type { Connection } from "../model/connection.js";
import { NetworkModel } from "../model/network-model.js";
import { NATIONAL_SYSTEMS } from "../model/national-system.js";
import {
  allowListEntryProblem,
  FLOW_PLACES,
  FLOW_POLICY,
  type FlowPlace,
  flowContext,
  flowRule,
  type Hop,
  judgeLink,
} from "./flow-policy.js";

const connection = (extra: Partial<Connection> = {}): Connection => ({ id: "c", from: { system: "a" }, to: { system: "b" }, ...extra });

/** The cells of a model's table that differ from α, as `from→to: kind`. */
function differencesFromAlpha(model: NetworkModel): string[] {
  return FLOW_PLACES.flatMap((from) =>
    FLOW_PLACES.filter((to) => JSON.stringify(FLOW_POLICY[model][from][to]) !== JSON.stringify(FLOW_POLICY.alpha[from][to])).map(
      (to) =>
        `${from}→${to}: ${FLOW_POLICY[model][from][to].kind}${FLOW_POLICY[model][from][to].methods ? `(${FLOW_POLICY[model][from][to].methods?.join()})` : ""}`,
    ),
  );
}

describe("flow policy", () => {
  it("has a rule for every pair of places under every model", () => {
    for (const model of NetworkModel.options) {
      for (const from of FLOW_PLACES)
        for (const to of FLOW_PLACES) expect(FLOW_POLICY[model][from][to]?.kind, `${model} ${from}→${to}`).toBeTypeOf("string");
    }
  });

  it("encodes the §2.5 table under α", () => {
    expect(flowRule("alpha", "mynumber", "lgwan")?.kind).toBe("exception-only");
    expect(flowRule("alpha", "lgwan", "mynumber")?.kind).toBe("exception-only");
    expect(flowRule("alpha", "mynumber", "internet")?.kind).toBe("denied");
    expect(flowRule("alpha", "mynumber", "national-system")?.kind).toBe("exception-only");
    expect(flowRule("alpha", "lgwan", "internet")).toEqual({ kind: "sanitised-only", pushOutbound: true });
    expect(flowRule("alpha", "internet", "lgwan")?.kind).toBe("sanitised-only");
    expect(flowRule("alpha", "lgwan", "public-internet")?.kind).toBe("denied");
    expect(flowRule("alpha", "internet", "public-internet")?.kind).toBe("via-security-cloud");
    expect(flowRule("alpha", "lgwan", "lgwan-network")?.kind).toBe("allowed");
    expect(flowRule("alpha", "internet", "lgwan-network")?.kind).toBe("denied");
    expect(flowRule("alpha", undefined, "lgwan")).toBeUndefined();
  });

  it("differs between the models exactly where the guideline says", () => {
    expect(differencesFromAlpha("alpha")).toEqual([]);
    expect(differencesFromAlpha("alpha-prime")).toEqual(["lgwan→public-internet: allow-listed-breakout"]);
    expect(differencesFromAlpha("beta")).toEqual(["internet→lgwan: sanitised-only(screen-transfer)"]);
    expect(differencesFromAlpha("beta-prime")).toEqual(["internet→lgwan: sanitised-only(screen-transfer)"]);
  });

  it("judges links: ok, unknown when a fact is missing, violates otherwise", () => {
    const ctx = flowContext("alpha", NATIONAL_SYSTEMS, ["juki-net", "intermediate-server"]);
    const judge = (from: FlowPlace, to: FlowPlace, link: Partial<Connection> | undefined, extra: Partial<Hop> = {}, c = ctx) =>
      judgeLink({ from, to, link: link === undefined ? undefined : connection(link), forward: true, ...extra }, c);
    const reasons = (v: { problems: readonly { reason: string }[] }) => v.problems.map((p) => p.reason);
    const restricted: Partial<Connection> = { addressRestriction: { ip: true }, ports: [443], transport: "lgwan" };
    expect(judge("lgwan", "mynumber", {}).status).toBe("violates");
    expect(judge("lgwan", "mynumber", { approval: { reference: "r" } }).status).toBe("unknown");
    expect(judge("lgwan", "mynumber", { approval: { reference: "r" }, ...restricted }).status).toBe("ok");
    expect(reasons(judge("lgwan", "mynumber", { approval: { reference: "r" }, ...restricted, ports: ["any"] }))).toEqual(["any-port"]);
    // An approval never cures a denied cell, and an internet VPN counts as the internet.
    expect(reasons(judge("internet", "mynumber", { approval: { reference: "r" }, ...restricted }))).toEqual(["denied"]);
    expect(
      reasons(judge("vendor-network", "mynumber", { approval: { reference: "r" }, ...restricted, transport: "internet-vpn" })),
    ).toEqual(["over-internet"]);
    // National systems are recognised in Japanese; unknown names need evidence.
    expect(judge("mynumber", "national-system", restricted, { service: "中間サーバ" }).status).toBe("ok");
    expect(judge("mynumber", "national-system", restricted, { service: "住基ネットＣＳ" }).status).toBe("ok");
    expect(reasons(judge("mynumber", "national-system", restricted, { service: "謎のシステム" }))).toEqual(["national-unknown"]);
    // Sanitisation fits the protocol and the direction.
    const sanitised = (link: Partial<Connection>, extra: Partial<Hop> = {}) => reasons(judge("internet", "lgwan", link, extra));
    expect(sanitised({})).toEqual(["sanitisation-unknown"]);
    expect(sanitised({ sanitisation: [] })).toEqual(["not-sanitised"]);
    expect(sanitised({ sanitisation: ["attachment-removal"], protocols: ["smtp"] })).toEqual(["attachment-only"]);
    expect(sanitised({ sanitisation: ["mail-text-conversion", "attachment-removal"], protocols: ["smtp"] })).toEqual([]);
    // The body made text, the attachments not spoken of: asked.
    expect(sanitised({ sanitisation: ["mail-text-conversion"], protocols: ["smtp"] })).toEqual(["attachments-unknown"]);
    expect(sanitised({ sanitisation: ["mail-text-conversion"] })).toEqual(["attachments-unknown"]);
    // Protocols written other ways keep their kind (fifteenth review).
    expect(sanitised({ sanitisation: ["file-sanitisation"], protocols: ["ESMTPS"], ports: [2525] })).toEqual(["method-unfit"]);
    expect(sanitised({ sanitisation: ["file-sanitisation"], protocols: ["電子メール"] })).toEqual(["method-unfit"]);
    expect(sanitised({ sanitisation: ["screen-transfer"], protocols: ["SMB3"] })).toEqual(["method-unfit"]);
    expect(sanitised({ sanitisation: ["screen-transfer"], protocols: ["smb"] })).toEqual(["method-unfit"]);
    expect(reasons(judge("lgwan", "internet", { direction: "one-way", protocols: ["smtp"], ports: [25] }))).toEqual([]);
    expect(reasons(judge("lgwan", "internet", { direction: "one-way", protocols: ["https"] }))).toEqual(["sanitisation-unknown"]);
    const beta = flowContext("beta", NATIONAL_SYSTEMS, []);
    // Only terminals are held to screen transfer; files and mail between systems are judged as under α.
    const fromTerminals = (link: Partial<Connection>) => reasons(judge("internet", "lgwan", link, { fromTerminals: true }, beta));
    expect(fromTerminals({ sanitisation: ["file-sanitisation"] })).toEqual(["screen-transfer-required"]);
    expect(fromTerminals({ sanitisation: ["screen-transfer"], protocols: ["rdp"] })).toEqual([]);
    const betweenSystems = (link: Partial<Connection>) => reasons(judge("internet", "lgwan", link, { fromTerminals: false }, beta));
    expect(betweenSystems({ sanitisation: ["file-sanitisation"], protocols: ["smb"] })).toEqual([]);
    expect(betweenSystems({ sanitisation: ["mail-text-conversion"], protocols: ["smb"] })).toEqual(["method-unfit"]);
    expect(betweenSystems({ sanitisation: [] })).toEqual(["not-sanitised"]);
    expect(judge("internet", "public-internet", { via: [] }).status).toBe("violates");
    expect(judge("internet", "public-internet", { via: ["security-cloud"] }).status).toBe("ok");
    expect(judge("internet", "public-internet", { via: [] }, { providerIngress: true }).status).toBe("ok");
    const alphaPrime = flowContext("alpha-prime", NATIONAL_SYSTEMS, []);
    const breakout = (link: Partial<Connection>) => reasons(judge("lgwan", "public-internet", link, {}, alphaPrime));
    expect(breakout({ destinationAllowList: ["x.example.jp"], tenantRestriction: true })).toEqual(["breakout-unknown"]);
    expect(breakout({ destinationAllowList: ["*.sharepoint.com", "Microsoft 365"], tenantRestriction: true, logged: true })).toEqual([]);
    expect(breakout({ destinationAllowList: [], tenantRestriction: true, logged: true })).toEqual(["breakout-not-allow-listed"]);
    expect(breakout({ destinationAllowList: ["*"], tenantRestriction: true, logged: true })).toEqual(["breakout-wildcard"]);
    expect(breakout({ destinationAllowList: ["*.com"], tenantRestriction: true, logged: true })).toEqual(["breakout-wildcard"]);
    expect(breakout({ destinationAllowList: ["*.co.jp"], tenantRestriction: true, logged: true })).toEqual(["breakout-wildcard"]);
    // Thirty-second review: a word for "everything" is no allow-list; a service with a note or a CIDR block is one.
    expect(breakout({ destinationAllowList: ["すべて"], tenantRestriction: true, logged: true })).toEqual(["breakout-wildcard"]);
    expect(breakout({ destinationAllowList: ["ANY"], tenantRestriction: true, logged: true })).toEqual(["breakout-wildcard"]);
    expect(breakout({ destinationAllowList: ["0.0.0.0/0"], tenantRestriction: true, logged: true })).toEqual(["breakout-wildcard"]);
    expect(
      breakout({ destinationAllowList: ["Microsoft 365 (Exchange Online)", "52.96.0.0/14"], tenantRestriction: true, logged: true }),
    ).toEqual([]);
    expect(judge("lgwan", "internet", {}, { directionAssumed: true, forward: false }).status).toBe("unknown");
    expect(reasons(judgeLink({ from: undefined, to: "lgwan", link: undefined, forward: true }, ctx))).toEqual(["zone-unknown"]);
  });
});

describe("allow-list entries (α' local breakout)", () => {
  // Thirty-second review: the guideline's α' condition is a list of the destinations the LGWAN zone may reach. A word
  // for "all of them", in English or Japanese, any case or width, with spaces, quotes or a note, lists none.
  it.each([
    "any",
    "ANY",
    "ａｎｙ",
    "all",
    "ALL",
    "every",
    "everything",
    "Allow all",
    "any/any",
    "the internet",
    "すべて",
    "全て",
    "全部",
    "全部許可",
    "制限なし",
    "制限 なし",
    "無制限",
    "インターネット",
    "インターネット全般",
    "インターネット 全般",
    "全宛先",
    "宛先制限なし",
    "すべてのサイト",
    "任意",
    "任意のサイト",
    "すべて（業務に必要なサイト）",
    "『全て』",
    "「すべて」",
    "*",
    "*.*",
    "0.0.0.0/0",
    "0.0.0.0",
    "::/0",
  ])("%s leaves the destinations open", (entry) => {
    expect(allowListEntryProblem(entry)).toBeDefined();
  });

  // Names of services (with a note, or a sentence naming the vendor's published list), FQDNs, a domain's wildcard and
  // the services' published IP ranges are destinations an auditor can check.
  it.each([
    "Microsoft 365",
    "Microsoft 365 (Exchange Online)",
    "Microsoft 365（Exchange Online）",
    "Microsoft 365 のエンドポイント一覧",
    "All Microsoft 365 endpoints",
    "AnyConnect",
    "login.microsoftonline.com",
    "*.sharepoint.com",
    "*.sharepoint.com（SharePoint Online）",
    "[*.office.com]",
    "52.96.0.0/14",
    "13.107.6.152/31",
    "203.0.113.10",
    "2603:1006::/40",
  ])("%s names destinations", (entry) => {
    expect(allowListEntryProblem(entry)).toBeUndefined();
  });

  // Thirty-third review: an α' allow-list names destinations of a service's size (guideline, October 2024; 6(3)②,
  // 2(12)). A CIDR block wider than /8 (IPv6: /16) is a large share of the internet, 128.0.0.0/1 half of it; a
  // `*` or 「すべて」 in a note still says "everything" when the note is dropped; 「フィルタなし」 and 「制限しない」
  // are more words for it; and a URL or host:port whose host is too broad is as broad as the host. An auditor
  // fails each as an allow-list of "*".
  it.each([
    "128.0.0.0/1",
    "1.0.0.0/2",
    "64.0.0.0/3",
    "10.0.0.0/7",
    "2000::/3",
    "2603::/15",
    "Microsoft 365（*）",
    "Microsoft 365 (*)",
    "Microsoft 365（すべて）",
    "Microsoft 365（全て）",
    "Microsoft 365（Exchange Online・すべて）",
    "Microsoft 365（制限なし）",
    "Microsoft 365（0.0.0.0/0）",
    "Zoom（*.com）",
    "フィルタなし",
    "フィルターなし",
    "フィルタリングなし",
    "制限しない",
    "宛先を制限しない",
    "no filter",
    "unfiltered",
    "https://*/",
    "https://*.com/",
    "http://0.0.0.0/",
    "https://any",
  ])("%s leaves the destinations open (thirty-third review)", (entry) => {
    expect(allowListEntryProblem(entry)).toBeDefined();
  });

  // Thirty-third review: a /8 (or IPv6 /16) or narrower block, a note naming the service's parts or its own FQDN
  // pattern, and an endpoint copied with its port or as a URL (as Microsoft's endpoint list and vendors write them)
  // name destinations an auditor can look up, so they pass. A note word that usually means something else in a note
  // (任意: optional; インターネット: reached over the internet) does not make a named service "everything".
  it.each([
    "13.0.0.0/8",
    "2603::/16",
    "40.96.0.0/13",
    "Zoom（*.zoom.us）",
    "Zoom（*.zoom.us 等）",
    "Microsoft 365（Exchange Online・SharePoint Online）",
    "Microsoft 365（すべてのエンドポイント）",
    "Microsoft 365（52.96.0.0/14）",
    "Teams（任意）",
    "Microsoft 365（インターネット）",
    "*.office.com（M365 ポータル）",
    "outlook.office365.com:443",
    "203.0.113.10:443",
    "https://login.microsoftonline.com/",
    "https://login.microsoftonline.com",
    "https://*.office.com/path",
    "https://outlook.office365.com:443/owa",
    // Thirty-fourth review: a wildcard in the path only narrows what its host allows (web proxies list URLs so).
    "*.microsoft.com/*",
    "https://*.office.com/*",
    "teams.microsoft.com/l/*",
    "https://*.sharepoint.com/*",
  ])("%s names destinations (thirty-third and thirty-fourth reviews)", (entry) => {
    expect(allowListEntryProblem(entry)).toBeUndefined();
  });

  // Fortieth round (left by the thirty-ninth review): IPv4's whole range written in IPv6 (::ffff:0:0/96), and more
  // Japanese words for "the whole internet" (全インターネット, 全般, 全域) allow what "*" allows; an auditor fails them.
  // An IPv6 address in square brackets with a port is one host, as a URL writes it.
  it.each([
    "::ffff:0:0/96",
    "0:0:0:0:0:ffff:0:0/96",
    "::ffff:0:0/97",
    "（全インターネット）",
    "全インターネット",
    "全般",
    "インターネット全域",
    "[::]:443",
    "https://[::]/",
  ])("%s leaves the destinations open (fortieth round)", (entry) => {
    expect(allowListEntryProblem(entry)).toBeDefined();
  });

  it.each(["[2001:db8::1]:443", "https://[2001:db8::10]/", "[2603:1006::1]", "::ffff:cb00:7100/120", "2001:db8::/32"])(
    "%s names destinations (fortieth round)",
    (entry) => {
      expect(allowListEntryProblem(entry)).toBeUndefined();
    },
  );

  it("reports an address that is no address", () => {
    expect(allowListEntryProblem("300.1.1.1")).toBe("300.1.1.1");
    expect(allowListEntryProblem("10.0.0.0/33")).toBe("10.0.0.0/33");
  });
});

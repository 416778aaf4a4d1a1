import { description, internetSystem, lgwanSystem } from "../../../test/support/fixtures.js";
import { hitoyoshiProfile } from "../../profiles/hitoyoshi.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const alphaPrime = { ...hitoyoshiProfile, networkModel: "alpha-prime" as const };
const breakout = (connection: Record<string, unknown>) =>
  description([lgwanSystem()], {
    connections: [{ id: "lbo", from: { system: "groupware" }, to: { external: "public-internet" }, direction: "one-way", ...connection }],
  });
/** LGWAN terminals → an LGWAN-zone SaaS (Microsoft 365 as α' allows) over the internet: the breakout drawn to the service itself. */
const toSaas = (connection: Record<string, unknown>) =>
  description([lgwanSystem(), lgwanSystem({ id: "m365", name: "Microsoft 365", hosting: { kind: "cloud-service" } })], {
    connections: [
      { id: "lbo", from: { system: "groupware" }, to: { system: "m365" }, direction: "one-way", transport: "internet", ...connection },
    ],
  });
const good = {
  destinationAllowList: ["*.sharepoint.com", "outlook.office365.com", "Microsoft 365"],
  tenantRestriction: true,
  logged: true,
};
/** One otherwise good breakout per allow-list entry: connections lbo0, lbo1… each listing only that entry. */
const breakoutPerEntry = (entries: readonly string[]) =>
  description([lgwanSystem()], {
    connections: entries.map((entry, i) => ({
      id: `lbo${i}`,
      from: { system: "groupware" },
      to: { external: "public-internet" },
      direction: "one-way",
      ...good,
      destinationAllowList: [entry],
    })),
  });
/**
 * Thirty-second review: words a vendor or a 課長 writes for "every destination". The α' condition
 * (guideline, October 2024) is an allow-list of the cloud services the LGWAN zone may reach; an
 * entry saying "all of them" in any language lists none, so an auditor fails it as "*" is failed.
 */
const everyDestination = [
  "any",
  "ALL",
  "All",
  "every",
  "ＡＬＬ",
  "すべて",
  "全て",
  "全部",
  "制限なし",
  "制限 なし",
  "無制限",
  "インターネット全般",
  "全宛先",
  "任意",
  "すべて（業務に必要なサイト）",
  "「すべて」",
  "any destination",
  "0.0.0.0",
  "::/0",
];

/**
 * Thirty-third review: entries that passed although they open the breakout to most of the internet.
 * The α' allow-list names destinations of a service's size (guideline, October 2024; 6(3)②,
 * 2(12)): a block wider than /8 is a large share of every address (128.0.0.0/1 is half of them), a
 * `*` or 「すべて」 written in a note still says "everything", and 「フィルタなし」 is a word for it.
 */
const tooBroadThirtyThird = [
  "128.0.0.0/1",
  "1.0.0.0/2",
  "2000::/3",
  "Microsoft 365（*）",
  "Microsoft 365（すべて）",
  "フィルタなし",
  "フィルタリングなし",
  "制限しない",
  "https://*.com/",
];

/**
 * Sixteenth review: home telework on the LGWAN zone through J-LIS's telework system for LGWAN (an
 * LGWAN-ASP): issued internet-zone laptops reach the service over the internet through the
 * security cloud, and it carries only the screen (2(13)). An auditor passes it, as the same screen
 * transfer through a relay in the municipality's own internet zone.
 */
const telework = (
  facts: Record<string, unknown>,
  from: Record<string, unknown> = { system: "web-mail", terminalGroup: "tw-pc" },
  to: Record<string, unknown> = { external: "lgwan-network", service: "自治体テレワークシステム for LGWAN" },
) =>
  description([internetSystem({ terminalGroups: [{ id: "tw-pc", name: "テレワーク用貸与PC", count: 40 }] })], {
    connections: [
      {
        id: "tw",
        from,
        to,
        direction: "one-way",
        transport: "internet",
        via: ["security-cloud"],
        ports: [443],
        sanitisation: ["screen-transfer"],
        ...facts,
      },
    ],
  });

const table: CheckTable = {
  valid: [
    {
      // Eighty-third review: the breakout written both ways is the terminals' session; its answers are no way in.
      name: "α': an allow-listed breakout written bidirectional",
      description: breakout({ ...good, direction: "bidirectional" }),
      profile: alphaPrime,
    },
    {
      name: "α': an allow-listed breakout to Microsoft 365 written bidirectional",
      description: toSaas({ ...good, direction: "bidirectional" }),
      profile: alphaPrime,
    },
    {
      // Seventy-fourth review: the prefecture's virtual browser used over the LGWAN is sanitised traffic across the split
      // (2(13), 6(3)②), judged by lgwan-internet-sanitised, not a direct route out.
      name: "the security cloud's virtual browser reached over the LGWAN by screen transfer",
      description: description([lgwanSystem({ terminalGroups: [{ id: "pc", name: "職員端末" }] })], {
        connections: [
          {
            id: "vb",
            from: { system: "groupware", terminalGroup: "pc" },
            to: { external: "security-cloud", service: "熊本県自治体情報セキュリティクラウド 仮想ブラウザ" },
            direction: "one-way",
            transport: "lgwan",
            sanitisation: ["screen-transfer"],
          },
        ],
      }),
    },
    {
      // Thirty-sixth review: a remark row among real entries (「特になし」, 「拒否リストは使用しない」) is no destination and
      // no gap: the list names its destinations.
      name: "α': an allow-list with a remark row among its destinations",
      description: breakout({
        destinationAllowList: ["*.office.com", "login.microsoftonline.com", "特になし", "拒否リストは使用しない"],
        tenantRestriction: true,
        logged: true,
      }),
      profile: alphaPrime,
    },
    {
      // Thirty-seventh review: a deny-list said not to be used beside real entries is a remark too.
      // Thirty-eighth review: more remarks of the same kind.
      name: "α': an allow-list whose remarks say a deny-list is not used, or that the rest is blocked",
      description: breakout({
        destinationAllowList: [
          "*.office.com",
          "拒否リスト方式は採用しない",
          "ブラックリストは併用しない",
          "特になし（追加予定なし）",
          "※上記以外はブラックリストでも遮断",
          "Microsoft 365（帯域制限なし）",
        ],
        tenantRestriction: true,
        logged: true,
      }),
      profile: alphaPrime,
    },
    {
      // Fortieth review: a town writes its allow-list the way Japanese lists are written: notes marked 「※」 or
      // written as sentences (one that closes the list, one about who decides additions), and several services of one
      // vendor in one row (「Microsoft 365/Teams」, 「Box、Zoom」, 「Google Workspace: *.google.com」). Every row names
      // destinations or is a note that opens nothing, so an auditor finds the list sound (guideline α', 6(3)②).
      name: "α': notes marked 「※」 or written as sentences, and several named services in one row",
      description: breakout({
        destinationAllowList: [
          "Microsoft 365/Teams",
          "Box、Zoom",
          "Google Workspace: *.google.com",
          "Windows Update & Microsoft Defender",
          "login.microsoftonline.com",
          "※上記以外は全て遮断（既定拒否）。URL の追加はデジタル推進課長の決裁による",
          "※時間帯の制限なし",
          "（注）追加申請はデジタル推進課へ",
        ],
        tenantRestriction: true,
        logged: true,
      }),
      profile: alphaPrime,
    },
    {
      name: "internet-zone terminals to an LGWAN-ASP telework service by screen transfer, through the security cloud",
      description: telework({}),
    },
    {
      // Sixth review (r2): residents reaching an LGWAN-ASP from the internet is the provider's traffic, as for a SaaS.
      name: "residents reach an LGWAN-ASP e-application from the internet",
      description: description([lgwanSystem(), lgwanSystem({ id: "asp", name: "電子申請（LGWAN-ASP）", hosting: { kind: "lgwan-asp" } })], {
        connections: [
          {
            id: "res",
            from: { external: "public-internet" },
            to: { system: "asp" },
            direction: "one-way",
            transport: "internet",
            protocols: ["https"],
          },
          {
            id: "city",
            from: { system: "groupware" },
            to: { system: "asp" },
            direction: "one-way",
            transport: "lgwan",
            protocols: ["https"],
          },
        ],
      }),
    },
    { name: "α': allow-listed, tenant-restricted, logged breakout", description: breakout(good), profile: alphaPrime },
    { name: "α': the same breakout drawn to the LGWAN-zone SaaS system", description: toSaas(good), profile: alphaPrime },
    {
      // Thirty-second review: an allow-list names services, FQDNs or the services' published IP ranges, often with
      // a note in brackets; none of these is a word for "everything", and an auditor accepts them (guideline, α').
      name: "α': service names with notes, FQDNs, a domain's wildcard and CIDR blocks narrower than /0",
      description: breakout({
        ...good,
        destinationAllowList: [
          "Microsoft 365",
          "Microsoft 365 (Exchange Online)",
          "Microsoft 365（Exchange Online）",
          "Microsoft 365 のエンドポイント一覧",
          "login.microsoftonline.com",
          "*.sharepoint.com",
          "*.sharepoint.com（SharePoint Online）",
          "52.96.0.0/14",
          "13.107.6.152/31",
          "2603:1006::/40",
        ],
      }),
      profile: alphaPrime,
    },
    {
      // Thirty-third review: Microsoft's endpoint list and vendors write an endpoint with its port or as a URL, a
      // note lists the service's parts or its own FQDN pattern, and a service's IP range may be as wide as /8. Each
      // names destinations an auditor can look up in the vendor's list (guideline, α'), so none is "everything".
      name: "α': endpoints written with a port or as a URL, notes naming the service's parts, blocks of /8 or narrower",
      description: breakout({
        ...good,
        destinationAllowList: [
          "outlook.office365.com:443",
          "https://login.microsoftonline.com/",
          "https://*.office.com/path",
          "Microsoft 365（Exchange Online・SharePoint Online）",
          "Zoom（*.zoom.us）",
          "13.0.0.0/8",
          "40.96.0.0/13",
          "2603::/16",
        ],
      }),
      profile: alphaPrime,
    },
    {
      name: "an internet-zone system on the internet is judged elsewhere",
      description: description([internetSystem()], {
        connections: [{ id: "x", from: { system: "web-mail" }, to: { external: "public-internet" } }],
      }),
    },
  ],
  invalid: [
    {
      name: "telework by screen transfer whose internet leg bypasses the security cloud",
      description: telework({ via: [] }),
      expected: [{ messageId: "bypassesSecurityCloud", path: "/connections/0/via", severity: "high", clauses: ["6(3)③"] }],
    },
    {
      name: "telework by screen transfer, the internet leg's route not stated",
      description: telework({ via: undefined }),
      expected: [{ messageId: "viaUnknown", outcome: "needs-evidence", path: "/connections/0", severity: "high" }],
    },
    {
      // Twentieth review: only an LGWAN-ASP telework service is the scheme; an unnamed LGWAN destination is asked for.
      name: "telework by screen transfer to an unnamed LGWAN destination",
      description: telework({}, undefined, { external: "lgwan-network" }),
      expected: [{ messageId: "lgwanServiceUnknown", outcome: "needs-evidence", path: "/connections/0" }],
    },
    {
      name: "telework by screen transfer, its transport not stated",
      description: telework({ transport: undefined, via: undefined }),
      expected: [{ messageId: "transportUnknown", outcome: "needs-evidence", path: "/connections/0" }],
    },
    {
      // Eighteenth review: the scheme is reached over the internet; a closed line from the internet zone into the LGWAN is not it.
      name: "internet-zone terminals on a closed line to the LGWAN network, written as screen transfer",
      description: telework({ transport: "closed-line", via: undefined }),
      expected: [{ messageId: "denied", path: "/connections/0" }],
    },
    {
      // Eighteenth review: an SSH tunnel carries port forwarding and file copy, whatever is written beside it.
      name: "an SSH tunnel to an LGWAN-ASP written as screen transfer",
      description: telework({ protocols: ["ssh"], ports: [22] }),
      expected: [{ messageId: "screenTransferRequired", path: "/connections/0/sanitisation" }],
    },
    {
      name: "a file share from internet-zone terminals to an LGWAN-ASP, screen transfer written beside it",
      description: telework({ protocols: ["smb"], ports: [445] }),
      expected: [{ messageId: "screenTransferRequired", path: "/connections/0/sanitisation" }],
    },
    {
      // Only terminals using the service: a system of the internet zone sending into the LGWAN stays denied.
      name: "an internet-zone system (not its terminals) to the LGWAN network over the internet, written as screen transfer",
      // (A system of terminals only, written whole, is its terminals; this one has its mail server too.)
      description: {
        ...telework({}, { system: "web-mail" }),
        systems: [
          internetSystem({
            terminalGroups: [{ id: "tw-pc", name: "テレワーク用貸与PC", count: 40 }],
            servers: [{ id: "mx", name: "メールサーバ" }],
          }),
        ],
      },
      expected: [{ messageId: "overInternet", path: "/connections/0/transport" }],
    },
    {
      name: "internet-zone terminals to an LGWAN-ASP with file sanitisation instead of screen transfer",
      description: telework({ sanitisation: ["file-sanitisation"] }),
      expected: [{ messageId: "overInternet", path: "/connections/0/transport" }],
    },
    {
      // Fifth review (r4): an internet-zone terminal straight onto an LGWAN-ASP joins the LGWAN and the internet
      // zone without a split: critical under 6(3)② and 2(12), not a guideline matter at high.
      name: "the internet zone straight onto the LGWAN network",
      description: description([internetSystem()], {
        connections: [{ id: "x", from: { system: "web-mail" }, to: { external: "lgwan-network" }, direction: "one-way" }],
      }),
      expected: [{ messageId: "denied", severity: "critical", clauses: ["6(3)②", "2(12)"], path: "/connections/0" }],
    },
    {
      // Eleventh review: an LGWAN-ASP written as a system is a service on the LGWAN network, whatever zone its entry gives.
      name: "internet-zone terminals onto an LGWAN-ASP written as a system",
      description: description(
        [
          internetSystem({ terminalGroups: [{ id: "pc", name: "業務端末", count: 5 }] }),
          lgwanSystem({ id: "asp", name: "電子申請（LGWAN-ASP）", hosting: { kind: "lgwan-asp" } }),
        ],
        {
          connections: [
            { id: "x", from: { system: "web-mail", terminalGroup: "pc" }, to: { system: "asp" }, direction: "one-way", transport: "lgwan" },
          ],
        },
      ),
      expected: [{ messageId: "denied", severity: "critical", path: "/connections/0" }],
    },
    {
      // Ninth review's list: a link written between the internet and the LGWAN network opens the LGWAN zone behind it.
      name: "a link written between the internet and the LGWAN network",
      description: description([lgwanSystem()], {
        connections: [
          { id: "x", from: { system: "groupware" }, to: { external: "lgwan-network" }, direction: "bidirectional", transport: "lgwan" },
          { id: "y", from: { external: "public-internet" }, to: { external: "lgwan-network" }, direction: "one-way" },
        ],
      }),
      expected: [{ messageId: "denied", severity: "critical", path: "/connections/1" }],
    },
    {
      // Thirty-second review: refused in the direction it states, the link is refused either way; whether it
      // is one-way is no question beside that fail.
      name: "the LGWAN network to an internet-zone system, direction not stated",
      description: description([internetSystem()], {
        connections: [{ id: "x", from: { external: "lgwan-network" }, to: { system: "web-mail" } }],
      }),
      expected: [{ messageId: "denied", path: "/connections/0" }],
    },
    {
      // Review §4 N6 and the fourth auditor (r7): a vendor's internet VPN into the LGWAN zone is a route between the
      // LGWAN zone and the internet, critical under 6(3)② like a direct link, approved or not.
      name: "a vendor link into LGWAN over the internet",
      description: description([lgwanSystem()], {
        connections: [
          {
            id: "maint",
            from: { external: "vendor-network" },
            to: { system: "groupware" },
            direction: "one-way",
            transport: "internet",
            ports: [3389],
          },
        ],
      }),
      expected: [{ messageId: "overInternet", severity: "critical", clauses: ["6(3)②", "2(12)"], path: "/connections/0/transport" }],
    },
    {
      name: "two LGWAN sites joined over an internet VPN",
      description: description([lgwanSystem(), lgwanSystem({ id: "branch", name: "支所システム" })], {
        connections: [
          { id: "vpn", from: { system: "groupware" }, to: { system: "branch" }, direction: "one-way", transport: "internet-vpn" },
        ],
      }),
      expected: [{ messageId: "overInternet", path: "/connections/0/transport" }],
    },
    {
      name: "a link to a vendor called a closed line that lists the internet among the networks it passes",
      description: description([lgwanSystem()], {
        connections: [
          {
            id: "maint",
            from: { system: "groupware" },
            to: { external: "vendor-network" },
            direction: "one-way",
            transport: "closed-line",
            via: ["public-internet"],
          },
        ],
      }),
      expected: [{ messageId: "overInternet", path: "/connections/0/transport" }],
    },
    {
      name: "α: any direct route fails, even allow-listed",
      description: breakout(good),
      expected: [{ messageId: "denied", path: "/connections/0" }],
    },
    {
      // Eighty-fifth review: an LGWAN system that takes connections from the internet is no breakout session.
      name: "α': an allow-listed link written bidirectional whose purpose says it takes connections from the internet",
      description: breakout({ ...good, direction: "bidirectional", purpose: "インターネットからの接続を受け付ける" }),
      profile: alphaPrime,
      expected: [{ messageId: "denied", path: "/connections/0" }],
    },
    {
      name: "α: an allow-listed breakout written bidirectional fails once",
      description: breakout({ ...good, direction: "bidirectional" }),
      expected: [{ messageId: "denied", path: "/connections/0" }],
    },
    {
      // Review §4 N4: LGWAN terminals going straight to the security cloud for proxy browsing break the split.
      name: "LGWAN terminals straight to the security cloud",
      description: description([lgwanSystem({ terminalGroups: [{ id: "pc", name: "職員端末" }] })], {
        connections: [
          { id: "proxy", from: { system: "groupware", terminalGroup: "pc" }, to: { external: "security-cloud" }, direction: "one-way" },
        ],
      }),
      expected: [{ messageId: "denied", path: "/connections/0" }],
    },
    {
      name: "α': inbound from the internet is no breakout",
      description: description([lgwanSystem()], {
        connections: [{ id: "in", from: { external: "public-internet" }, to: { system: "groupware" }, direction: "one-way", ...good }],
      }),
      profile: alphaPrime,
      expected: [{ messageId: "denied", path: "/connections/0" }],
    },
    {
      name: "α': a breakout whose direction is not stated",
      description: breakout({ ...good, direction: undefined }),
      profile: alphaPrime,
      expected: [{ messageId: "directionUnknown", outcome: "needs-evidence", path: "/connections/0" }],
    },
    {
      // The security cloud stands on the internet side (sixth review): the LGWAN zone may not reach it by any line.
      name: "the LGWAN zone to the security cloud over the internet is denied",
      description: description([lgwanSystem()], {
        connections: [
          { id: "sc", from: { system: "groupware" }, to: { external: "security-cloud" }, direction: "one-way", transport: "internet" },
        ],
      }),
      expected: [{ messageId: "denied", severity: "critical", path: "/connections/0" }],
    },
    {
      // A LAN written straight from the LGWAN zone into the security cloud is no service reached over a closed network:
      // the split is bypassed however the link says it is sanitised (the flow-table auditor's cell). Over the LGWAN, the
      // same link is the security cloud's sanitising service, judged by lgwan-internet-sanitised (seventy-fourth review).
      name: "the LGWAN zone to the security cloud over a LAN, said to be screen transfer",
      description: description([lgwanSystem()], {
        connections: [
          {
            id: "sc",
            from: { system: "groupware" },
            to: { external: "security-cloud" },
            direction: "one-way",
            transport: "lan",
            sanitisation: ["screen-transfer"],
          },
        ],
      }),
      expected: [{ messageId: "securityCloudOverLan", severity: "critical", path: "/connections/0/transport" }],
    },
    {
      // Seventy-seventh review: a sanitised link to the security cloud whose line is not written is a gap, not a stated fact.
      name: "the LGWAN zone to the security cloud's virtual browser, sanitised, line not written",
      description: description([lgwanSystem()], {
        connections: [
          {
            id: "sc",
            from: { system: "groupware" },
            to: { external: "security-cloud" },
            direction: "one-way",
            sanitisation: ["screen-transfer"],
          },
        ],
      }),
      expected: [{ messageId: "securityCloudCarrierUnknown", outcome: "needs-evidence", severity: "critical", path: "/connections/0" }],
    },
    {
      // Seventy-eighth review: a "closed line" through a maintenance vendor's network is no longer the prefecture's line.
      name: "the security cloud's mail sanitiser into the LGWAN zone through a vendor's network",
      description: description([lgwanSystem()], {
        connections: [
          {
            id: "sc",
            from: { external: "security-cloud" },
            to: { system: "groupware" },
            direction: "one-way",
            transport: "closed-line",
            via: ["vendor-network"],
            sanitisation: ["mail-text-conversion", "file-sanitisation"],
          },
        ],
      }),
      expected: [{ messageId: "denied", severity: "critical", path: "/connections/0" }],
    },
    {
      name: "α': an empty allow-list, no tenant restriction, not logged",
      description: breakout({ destinationAllowList: [], tenantRestriction: false, logged: false }),
      profile: alphaPrime,
      expected: [
        { messageId: "breakoutNotAllowListed", path: "/connections/0/destinationAllowList" },
        { messageId: "breakoutNoTenantRestriction", path: "/connections/0/tenantRestriction" },
        { messageId: "breakoutNotLogged", path: "/connections/0/logged" },
      ],
    },
    {
      // Thirty-seventh review: a row saying the rest is not allow-listed (「許可リストなし」, 「上記以外は拒否リスト方式」)
      // leaves the internet open beside the real entries.
      name: "α': real entries beside a row saying the rest is not allow-listed",
      description: description([lgwanSystem()], {
        connections: ["許可リストなし", "上記以外は拒否リスト方式"].map((remark, i) => ({
          id: `lbo${i}`,
          from: { system: "groupware" },
          to: { external: "public-internet" },
          direction: "one-way",
          transport: "internet",
          destinationAllowList: ["*.office.com", remark],
          tenantRestriction: true,
          logged: true,
        })),
      }),
      profile: alphaPrime,
      expected: [0, 1].map((i) => ({ messageId: "breakoutWildcard", path: `/connections/${i}/destinationAllowList` })),
    },
    {
      // Thirty-fourth and thirty-fifth reviews: an allow-list that says there is none (「なし」, 「未設定」, 「許可リストなし」,
      // 「許可リストは設けていない」) or names a blacklist (blocking some destinations allows the rest) is no allow-list,
      // as an empty one is not.
      name: "α': allow-lists that say there is none",
      description: description([lgwanSystem()], {
        connections: [
          "なし",
          "未設定",
          "許可リストなし",
          "ブラックリスト方式",
          "特になし",
          "（なし）",
          "未作成",
          "許可リストは設けていない",
          "拒否リスト方式",
          "なし（今後作成予定）",
          "URLフィルタ（ブラックリスト）で有害サイトのみ遮断",
          "ホワイトリスト（未作成）",
          "許可リスト（作成中）",
          "当面は全許可",
          "ブラックリストは使用しない（URL制限なし）",
          "危険カテゴリのみブロック",
          "当面すべての通信を許可",
          "許可リスト（次年度作成予定）",
          "上記以外は遮断しない",
        ].map((entry, i) => ({
          id: `lbo${i}`,
          from: { system: "groupware" },
          to: { external: "public-internet" },
          direction: "one-way",
          transport: "internet",
          destinationAllowList: [entry],
          tenantRestriction: true,
          logged: true,
        })),
      }),
      profile: alphaPrime,
      expected: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18].map((i) => ({
        messageId: "breakoutNotAllowListed",
        path: `/connections/${i}/destinationAllowList`,
      })),
    },
    {
      // Fortieth review: a note row that says everything is allowed (「※制限なし」) opens the list as "*" does; a row
      // of several items with a wildcard among them is as wide as the wildcard. An auditor fails both (guideline α').
      name: "α': a note that opens everything, and a wildcard among several items of one row",
      description: description([lgwanSystem()], {
        connections: [
          {
            id: "lbo0",
            from: { system: "groupware" },
            to: { external: "public-internet" },
            direction: "one-way",
            ...good,
            destinationAllowList: ["Microsoft 365", "※制限なし"],
          },
          {
            id: "lbo1",
            from: { system: "groupware" },
            to: { external: "public-internet" },
            direction: "one-way",
            ...good,
            destinationAllowList: ["Microsoft 365/*"],
          },
          {
            id: "lbo2",
            from: { system: "groupware" },
            to: { external: "public-internet" },
            direction: "one-way",
            ...good,
            destinationAllowList: ["Box、インターネット全般"],
          },
        ],
      }),
      profile: alphaPrime,
      expected: [0, 1, 2].map((i) => ({
        messageId: "breakoutWildcard",
        severity: "critical",
        path: `/connections/${i}/destinationAllowList`,
      })),
    },
    {
      // Fortieth review: a list made of nothing but notes names no destination: no allow-list.
      name: "α': an allow-list of notes only",
      description: breakout({ ...good, destinationAllowList: ["※URLの追加は課長決裁", "注：詳細は別紙"] }),
      profile: alphaPrime,
      expected: [{ messageId: "breakoutNotAllowListed", path: "/connections/0/destinationAllowList" }],
    },
    {
      // Fortieth review: a row from which no destination can be read (a malformed address, symbols) may be a service
      // written oddly; an auditor asks what it is rather than failing the breakout. The row is quoted as written.
      name: "α': a row that names no readable destination is asked about",
      description: breakout({ ...good, destinationAllowList: ["Microsoft 365", "300.1.1.1", "#社内ポータル?"] }),
      profile: alphaPrime,
      expected: [
        {
          messageId: "breakoutEntryUnclear",
          outcome: "needs-evidence",
          severity: "critical",
          path: "/connections/0/destinationAllowList",
          data: { entry: "300.1.1.1, #社内ポータル?" },
        },
      ],
    },
    {
      // Review §4 N8: an allow-list of "*" is no allow-list; nor is a bare top-level domain.
      name: "α': wildcard allow-lists",
      description: breakout({ ...good, destinationAllowList: ["*", "*.com", "*.sharepoint.com"] }),
      profile: alphaPrime,
      expected: [{ messageId: "breakoutWildcard", path: "/connections/0/destinationAllowList" }],
    },
    {
      // Thirty-second review: "any", 「すべて」, 「制限なし」… in any case or width, with spaces, quotes or a note in brackets,
      // and the addresses that stand for the whole internet, leave the breakout's destinations open, as "*" does.
      name: "α': allow-list entries that are words for every destination",
      description: breakoutPerEntry(everyDestination),
      profile: alphaPrime,
      expected: everyDestination.map((_, i) => ({
        messageId: "breakoutWildcard",
        severity: "critical",
        path: `/connections/${i}/destinationAllowList`,
      })),
    },
    {
      // Thirty-third review: a block wider than /8 (IPv6 /16), a wildcard or 「すべて」 inside a note, 「フィルタなし」 and
      // a URL whose host is `*.com` leave the breakout's destinations open; an auditor fails each as "*" is failed.
      name: "α': wide blocks, everything in a note, more words for everything, a URL with a broad host",
      description: breakoutPerEntry(tooBroadThirtyThird),
      profile: alphaPrime,
      expected: tooBroadThirtyThird.map((_, i) => ({
        messageId: "breakoutWildcard",
        severity: "critical",
        path: `/connections/${i}/destinationAllowList`,
      })),
    },
    {
      name: "α': breakout facts not stated",
      description: breakout({ destinationAllowList: ["*.sharepoint.com"] }),
      profile: alphaPrime,
      expected: [{ messageId: "breakoutUnknown", outcome: "needs-evidence", path: "/connections/0" }],
    },
    {
      // Fidelity pass (audit-ok-alpha-prime-allowlist): a breakout drawn to the SaaS system is the link with the internet.
      name: "α': a breakout to an LGWAN-zone SaaS system without tenant restriction",
      description: toSaas({ ...good, tenantRestriction: false }),
      profile: alphaPrime,
      expected: [{ messageId: "breakoutNoTenantRestriction", path: "/connections/0/tenantRestriction" }],
    },
    {
      name: "α: LGWAN terminals to a SaaS over the internet are a direct internet route",
      description: toSaas(good),
      expected: [{ messageId: "denied", path: "/connections/0" }],
    },
    {
      // Fidelity pass: a wildcard over a cloud's shared hosting domain lets in any customer's site, as "*.com" would.
      name: "α': wildcards over shared cloud hosting domains",
      description: breakout({ ...good, destinationAllowList: ["*.azurewebsites.net", "*.s3.amazonaws.com", "*.github.io"] }),
      profile: alphaPrime,
      expected: [{ messageId: "breakoutWildcard", path: "/connections/0/destinationAllowList" }],
    },
  ],
};

export default table;

import { hitoyoshiProfile } from "../../profiles/hitoyoshi.js";
import { description, internetSystem, lgwanSystem, mynumberSystem } from "../../../test/support/fixtures.js";
import { goodMaintenance, system } from "../../../test/support/fixtures-technical.js";
import type { CheckTable } from "../../vitest/check-tester.js";

/** The maintainer named, as a description with vendor lines should (the twenty-sixth review's question otherwise). */
const maintained = { ...goodMaintenance, vendorId: "oa" };
const maintainer = { vendors: [{ id: "oa", name: "保守株式会社" }] };

/**
 * Thirty-second review: an LGWAN-zone system its vendor maintains, and an internet-zone host (`jump`) that the same or
 * another vendor reaches over `hostLine`, with a link from the host into the system carrying `link`.
 */
const withJumpHost = (hostVendor: string, hostLine: string, link: Record<string, unknown>) =>
  description(
    [
      lgwanSystem({ remoteMaintenance: maintained }),
      internetSystem({
        id: "jump",
        name: "保守用踏み台サーバ",
        remoteMaintenance: { ...goodMaintenance, vendorId: hostVendor, line: hostLine },
      }),
    ],
    {
      vendors: [...maintainer.vendors, { id: "other", name: "株式会社別保守" }],
      connections: [{ id: "rdp", from: { system: "jump" }, to: { system: "groupware" }, direction: "one-way", transport: "lan", ...link }],
    },
  );

/**
 * Thirty-third review: a My Number zone system its vendor maintains, and an LGWAN-zone relay the same vendor reaches over
 * `relayLine`, with an approved SSH link from the relay into the system.
 */
const withLgwanRelay = (relayLine: string) =>
  description(
    [
      mynumberSystem({ remoteMaintenance: maintained }),
      lgwanSystem({ id: "relay", name: "保守中継サーバ", remoteMaintenance: { ...maintained, line: relayLine } }),
    ],
    {
      ...maintainer,
      connections: [
        {
          id: "ssh",
          from: { system: "relay" },
          to: { system: "juki" },
          direction: "one-way",
          transport: "lan",
          protocols: ["ssh"],
          ports: [22],
        },
      ],
    },
  );

/**
 * From the last note: a chain of jump hosts. The vendor's line ends at the internet-zone server `gate` (maintained by
 * `gateVendor`; none when undefined); from it an RDP session reaches the management server `admin` (no vendor line of its own), and from there
 * `last` opens into the LGWAN system. `extra` adds systems and links (a third host, a loop).
 */
const chain = (
  gateVendor: string | undefined,
  last: Record<string, unknown>,
  extra: { systems?: Record<string, unknown>[]; connections?: Record<string, unknown>[] } = {},
) =>
  description(
    [
      lgwanSystem({ remoteMaintenance: maintained }),
      internetSystem({
        id: "gate",
        name: "保守用VPN装置",
        remoteMaintenance: gateVendor === undefined ? { used: false } : { ...goodMaintenance, vendorId: gateVendor, line: "internet-vpn" },
      }),
      internetSystem({ id: "admin", name: "運用管理サーバ", remoteMaintenance: { used: false } }),
      ...(extra.systems ?? []),
    ],
    {
      vendors: [...maintainer.vendors, { id: "other", name: "株式会社別保守" }],
      connections: [
        { id: "hop1", from: { system: "gate" }, to: { system: "admin" }, direction: "one-way", transport: "lan", protocols: ["rdp"] },
        { id: "hop2", from: { system: "admin" }, to: { system: "groupware" }, direction: "one-way", transport: "lan", ...last },
        ...(extra.connections ?? []),
      ],
    },
  );

/** A My Number zone system whose maintenance block gives `blockLine`, beside a vendor connection into it over `transport`. */
const blockBesideLine = (blockLine: string, transport: string, via?: string[]) =>
  description([mynumberSystem({ remoteMaintenance: { ...maintained, line: blockLine } })], {
    ...maintainer,
    connections: [
      {
        id: "v",
        from: { external: "vendor-network" },
        to: { system: "juki" },
        direction: "one-way",
        transport,
        ...(via === undefined ? {} : { via }),
      },
    ],
  });

/**
 * Thirty-fourth review: an LGWAN-zone system (with a server `ap` and terminals `pc`) its vendor maintains, and an
 * internet-zone host (`host`) the same vendor reaches over an internet VPN, joined by `link` (ends and facts).
 */
const hostAndSystem = (link: Record<string, unknown>, parts: { system?: Record<string, unknown>; host?: Record<string, unknown> } = {}) =>
  description(
    [
      lgwanSystem({
        remoteMaintenance: maintained,
        servers: [{ id: "ap", name: "APサーバ" }],
        terminalGroups: [{ id: "pc", name: "職員端末" }],
        ...parts.system,
      }),
      internetSystem({
        id: "host",
        name: "インターネット側のサーバ",
        remoteMaintenance: { ...maintained, line: "internet-vpn" },
        ...parts.host,
      }),
    ],
    {
      ...maintainer,
      connections: [{ id: "link", from: { system: "host" }, to: { system: "groupware" }, direction: "one-way", transport: "lan", ...link }],
    },
  );

const table: CheckTable = {
  valid: [
    {
      // The first host of the would-be chain has no vendor line, and hosts that only reach one another in a loop are no
      // way in: no finding (and the loop ends).
      name: "hosts reaching one another in a loop, none reached by a vendor",
      description: chain(
        undefined,
        { protocols: ["rdp"] },
        {
          connections: [
            {
              id: "back",
              from: { system: "admin" },
              to: { system: "gate" },
              direction: "bidirectional",
              transport: "lan",
              protocols: ["rdp"],
            },
          ],
        },
      ),
    },
    {
      // A link between the two hosts that carries files, not a session, is no way to operate the second: no chain.
      name: "hosts joined by a file hand-off only are no chain",
      description: (() => {
        const d = chain("oa", { protocols: ["rdp"] }) as { connections: Record<string, unknown>[] };
        return {
          ...d,
          connections: d.connections.map((c) => (c.id === "hop1" ? { ...c, protocols: ["sftp"], sanitisation: ["file-sanitisation"] } : c)),
        };
      })(),
    },
    {
      // Thirty-seventh review: SFTP or SCP named with SSH beside a file hand-off is a file transfer; a virtual browser whose
      // protocol is written 「画面転送（RDP）」 into the terminals, and one serving web browsing and screen transfer, do their job.
      name: "SFTP and SCP named with SSH hand over files; virtual browsers written by protocol name or with web browsing",
      description: description(
        [
          lgwanSystem({ remoteMaintenance: maintained, terminalGroups: [{ id: "pc", name: "職員端末" }] }),
          internetSystem({ id: "host", name: "無害化・仮想ブラウザ", remoteMaintenance: { ...maintained, line: "internet-vpn" } }),
          internetSystem({
            id: "vb",
            name: "仮想ブラウザ",
            businessFunctions: ["web-browsing", "screen-transfer"],
            remoteMaintenance: { ...maintained, line: "internet-vpn" },
          }),
        ],
        {
          ...maintainer,
          connections: [
            { protocols: ["SFTP（SSH鍵認証）"], ports: [22], sanitisation: ["file-sanitisation"] },
            { protocols: ["SCP/SSH"], ports: [22], sanitisation: ["file-sanitisation"] },
            { to: { system: "groupware", terminalGroup: "pc" }, protocols: ["画面転送（RDP）"], ports: [3389] },
            { from: { system: "vb" }, protocols: ["rdp"], sanitisation: ["screen-transfer"] },
          ].map((facts, i) => ({
            id: `c${i}`,
            from: { system: "host" },
            to: { system: "groupware" },
            direction: "one-way",
            transport: "lan",
            ...facts,
          })),
        },
      ),
    },
    {
      // Thirty-fifth review: α's virtual browser written the way its screen flows, from the internet-side servers to the
      // LGWAN terminals: the terminals' own screen transfer, not a jump host.
      name: "a virtual browser written from its internet-side server to the LGWAN terminals",
      description: hostAndSystem({
        to: { system: "groupware", terminalGroup: "pc" },
        protocols: ["rdp"],
        sanitisation: ["screen-transfer"],
      }),
    },
    {
      // Fortieth review: the same virtual browser with its purpose written: browsing the web is no maintenance.
      name: "a virtual browser from its internet-side server to the LGWAN terminals, for browsing",
      description: hostAndSystem({
        to: { system: "groupware", terminalGroup: "pc" },
        protocols: ["画面転送（RDP）"],
        ports: [3389],
        purpose: "職員PCからのインターネット閲覧（仮想ブラウザ）",
      }),
    },
    {
      // Forty-first review: virtual browsers whose purposes mention a support site, a vendor's technical pages, a help
      // desk's form or that maintenance is not done over them: browsing, not maintenance.
      name: "virtual browsers whose purposes mention support sites or exclude maintenance",
      description: description(
        [
          lgwanSystem({ remoteMaintenance: maintained, terminalGroups: [{ id: "pc", name: "職員端末" }] }),
          internetSystem({ id: "host", name: "仮想ブラウザ", remoteMaintenance: { ...maintained, line: "internet-vpn" } }),
        ],
        {
          ...maintainer,
          connections: [
            "仮想ブラウザによるインターネット閲覧（ベンダーのサポートサイト閲覧を含む）",
            "インターネット閲覧用の画面転送（保守対象外）",
            "インターネット閲覧（保守業者の技術情報サイトの閲覧用）",
            "Web閲覧（国・県のヘルプデスク問合せフォームの利用を含む）",
            // Forty-second review: a maintenance window, maintenance terminals, the host's own upkeep, a party's name.
            "インターネット閲覧（メンテナンス時間：毎月第3日曜 2:00～6:00）",
            "保守用端末からのインターネット閲覧",
            "インターネット閲覧（定期保守時は停止）",
            "仮想ブラウザによるWeb閲覧。仮想ブラウザ基盤自体の保守は事業者がリモートで行う",
            "インターネット閲覧（点検中は利用不可）",
            "インターネット閲覧（保守：肥後情報サービス）",
            "インターネット閲覧（設定変更は申請制）",
          ].map((purpose, i) => ({
            id: `vb${i}`,
            from: { system: "host" },
            to: { system: "groupware", terminalGroup: "pc" },
            direction: "one-way",
            transport: "lan",
            protocols: ["画面転送（RDP）"],
            ports: [3389],
            purpose,
          })),
        },
      ),
    },
    {
      // Thirty-fifth review: the internet-side server declared as serving screen transfer (as the bundled inventory
      // writes it) carrying screens to the LGWAN system as a whole.
      name: "an internet-side server serving screen transfer carries screens to the LGWAN system",
      description: hostAndSystem({ sanitisation: ["screen-transfer"] }, { host: { businessFunctions: ["screen-transfer"] } }),
    },
    {
      // Thirty-fifth review: SFTP named with SSH in it is a file transfer.
      name: "sanitised files handed over by 「SFTP（SSH File Transfer Protocol）」",
      description: hostAndSystem({ protocols: ["SFTP（SSH File Transfer Protocol）"], ports: [22], sanitisation: ["file-sanitisation"] }),
    },
    {
      // Thirty-fifth review: a declared VDI gateway whose protocol is written 「リモートデスクトップ」, under β.
      name: "under β, a declared screen-transfer gateway carries 「リモートデスクトップ」 into the system",
      description: hostAndSystem({ protocols: ["リモートデスクトップ"], ports: [3389] }, { host: { boundaryRole: "screen-transfer" } }),
      profile: { ...hitoyoshiProfile, networkModel: "beta" as const },
    },
    {
      // Thirty-fourth review: a virtual browser built with a connection server on each side, the LGWAN one declared
      // the boundary's screen-transfer appliance: α's screen transfer, not a jump host, whichever way it is written.
      name: "a virtual browser's internet-side servers and its LGWAN-side screen-transfer appliance, written both ways",
      description: hostAndSystem(
        { direction: "bidirectional", protocols: ["rdp"], sanitisation: ["screen-transfer"] },
        { system: { boundaryRole: "screen-transfer" } },
      ),
    },
    {
      // Thirty-fourth review: a β VDI gateway declared the boundary's screen-transfer appliance, carrying screens into
      // the LGWAN VDI: the β model itself.
      name: "under β, a VDI gateway declared a screen-transfer appliance carries screens into the system",
      description: hostAndSystem(
        { protocols: ["blast"], sanitisation: ["screen-transfer"] },
        { host: { boundaryRole: "screen-transfer" } },
      ),
      profile: { ...hitoyoshiProfile, networkModel: "beta" as const },
    },
    {
      // Thirty-fourth review: a file sanitiser handing files over on port 22 with no protocol written: SFTP, not a shell.
      name: "a file sanitiser hands sanitised files over on port 22, no protocol written",
      description: hostAndSystem({ ports: [22], sanitisation: ["file-sanitisation"] }, { host: { boundaryRole: "file-sanitiser" } }),
    },
    {
      // Thirty-third review: a file sanitiser handing files over SFTP on port 22 is no remote shell; the stated
      // protocol decides, not the port.
      name: "the same vendor's internet-zone file sanitiser passing files over SFTP on port 22",
      description: withJumpHost("oa", "internet-vpn", { protocols: ["sftp"], ports: [22], sanitisation: ["file-sanitisation"] }),
    },
    {
      // Thirty-third review: α's virtual browser written both ways. The LGWAN terminals open the session and view the
      // internet screen; the internet-zone server does not operate the LGWAN system.
      name: "α's virtual browser: the LGWAN system's terminals to the same vendor's internet-zone server, written both ways",
      description: description(
        [
          lgwanSystem({ remoteMaintenance: maintained, terminalGroups: [{ id: "pc", name: "業務端末" }] }),
          internetSystem({ id: "vb", name: "仮想ブラウザ", remoteMaintenance: { ...maintained, line: "internet-vpn" } }),
        ],
        {
          ...maintainer,
          connections: [
            {
              id: "vbrowse",
              from: { system: "groupware", terminalGroup: "pc" },
              to: { system: "vb" },
              direction: "bidirectional",
              transport: "lan",
              protocols: ["rdp"],
              sanitisation: ["screen-transfer"],
            },
          ],
        },
      ),
    },
    {
      // Thirty-third review: β's business terminals (a terminal group of an internet-zone system) using the LGWAN
      // system by screen transfer are staff at work, not a vendor's jump host, whoever maintains both.
      name: "internet-zone business terminals of a system the same vendor maintains, screen transfer into the system",
      description: description(
        [
          lgwanSystem({ remoteMaintenance: maintained }),
          internetSystem({
            id: "kiban",
            name: "業務基盤",
            terminalGroups: [{ id: "staff", name: "職員端末" }],
            remoteMaintenance: { ...maintained, line: "internet-vpn" },
          }),
        ],
        {
          ...maintainer,
          connections: [
            {
              id: "vdi",
              from: { system: "kiban", terminalGroup: "staff" },
              to: { system: "groupware" },
              direction: "one-way",
              transport: "lan",
              protocols: ["rdp"],
              sanitisation: ["screen-transfer"],
            },
          ],
        },
      ),
    },
    {
      // Thirty-third review: a closed line written through the LGWAN is the LGWAN line the block states; the two
      // records agree, and the line is mynumber-connections-restricted's critical (overLgwan), not asked here.
      name: "the block says LGWAN, the vendor connection into the My Number zone a closed line through the LGWAN",
      description: blockBesideLine("lgwan", "closed-line", ["lgwan-network"]),
    },
    {
      // The relay reached over a closed line: a closed maintenance line, relayed; the approved link into the zone is
      // mynumber-connections-restricted's to judge.
      name: "the same vendor reaches an LGWAN-zone relay over a closed line and opens SSH from it into the My Number system",
      description: withLgwanRelay("closed"),
    },
    {
      // The same vendor's internet-zone host reached over a closed line: no path from the internet.
      name: "the same vendor's internet-zone host on a closed line, with a screen link into the system",
      description: withJumpHost("oa", "closed", { protocols: ["rdp"], sanitisation: ["screen-transfer"] }),
    },
    {
      // A file handed over sanitised is no remote control of the system.
      name: "the same vendor's internet-zone host over an internet VPN, passing sanitised files into the system",
      description: withJumpHost("oa", "internet-vpn", { protocols: ["smb"], ports: [445], sanitisation: ["file-sanitisation"] }),
    },
    {
      // Twenty-ninth review: the provider's own operation of a general cloud service is no line into the
      // city's zone; a CMS wrongly declared in the LGWAN zone is zone-hosting-consistent's critical alone.
      name: "a general cloud service declared in the LGWAN zone, run by its provider over the internet",
      description: description(
        [
          lgwanSystem({
            hosting: { kind: "cloud-service", cloudServiceId: "cms" },
            remoteMaintenance: { used: true, vendorId: "web", line: "internet", perSessionApproval: true, mfa: true, logged: true },
          }),
        ],
        {
          vendors: [{ id: "web", name: "株式会社ウェブくまがわ" }],
          cloudServices: [{ id: "cms", name: "くまがわ CMS クラウド", terms: "negotiated", highestConfidentiality: "C1" }],
        },
      ),
    },
    {
      // Eighth review (r5): a SaaS in the internet zone run by its provider over HTTPS; the line rule binds the My
      // Number and LGWAN zones, and the internet zone's links are judged by the security-cloud rules.
      name: "an internet-zone system maintained over the internet with per-session approval, MFA and logging",
      description: description([internetSystem({ remoteMaintenance: { ...goodMaintenance, line: "internet" } })]),
    },
    { name: "approved, MFA, logged, over a closed line", description: system({ remoteMaintenance: goodMaintenance }) },
    { name: "over LGWAN", description: system({ remoteMaintenance: { ...goodMaintenance, line: "lgwan" } }) },
    {
      name: "an internet-zone system maintained over an internet VPN",
      description: description([internetSystem({ remoteMaintenance: { ...goodMaintenance, line: "internet-vpn" } })]),
    },
    { name: "no remote maintenance is not applicable", description: system({ remoteMaintenance: { used: false } }) },
    {
      // Tenth review: the internet VPN into the My Number zone is mynumber-connections-restricted's critical finding;
      // a second, high fail here for the records disagreeing reported one line twice.
      name: "the block says closed line, the vendor connection into the My Number zone an internet VPN",
      description: description([mynumberSystem({ remoteMaintenance: maintained })], {
        ...maintainer,
        connections: [
          { id: "vpn", from: { external: "vendor-network" }, to: { system: "juki" }, direction: "one-way", transport: "internet-vpn" },
        ],
      }),
    },
    {
      // The LGWAN linked into the My Number zone is mynumber-connections-restricted's critical (overLgwan,
      // thirty-second review); asked here again, one line would give two findings.
      name: "the block says closed line, the vendor connection into the My Number zone the LGWAN",
      description: blockBesideLine("closed", "lgwan"),
    },
  ],
  invalid: [
    {
      // From the last note: the vendor's VPN ends at one internet-zone server and the session into the LGWAN system starts
      // at another, reached from the first by RDP. The vendor who maintains the system reaches it from the internet all the
      // same (6(3)②): an auditor fails it as the one-hop jump host, and the finding shows the way in.
      name: "a chain of two jump hosts, the first reached by the system's own vendor over an internet VPN",
      description: chain("oa", { protocols: ["ssh"], ports: [22] }),
      expected: [
        {
          messageId: "jumpHostOverInternet",
          path: "/systems/0/remoteMaintenance",
          severity: "critical",
          data: { host: "運用管理サーバ（admin）", connection: "hop2" },
        },
      ],
    },
    {
      // The same chain one host longer, entered by another company: asked, as the one-hop route of another vendor is.
      name: "a chain of three hosts entered by another vendor is asked about",
      description: chain(
        undefined,
        { protocols: ["rdp"] },
        {
          systems: [
            internetSystem({
              id: "front",
              name: "受付サーバ",
              remoteMaintenance: { ...goodMaintenance, vendorId: "other", line: "internet-vpn" },
            }),
          ],
          connections: [
            { id: "hop0", from: { system: "front" }, to: { system: "gate" }, direction: "one-way", transport: "lan", protocols: ["vnc"] },
          ],
        },
      ),
      expected: [{ messageId: "jumpHostQuestion", outcome: "needs-evidence", path: "/systems/0/remoteMaintenance", severity: "critical" }],
    },
    {
      // Fortieth review (the thirty-eighth's z9): an internet-zone host the vendor reaches over an internet VPN opens
      // 「画面転送（RDP）」 into the LGWAN terminals "for their remote maintenance (help desk)": someone at the host works
      // the LGWAN zone's terminals, whatever the link is called (6(3)②: the LGWAN zone's maintenance line is a closed
      // line, a dedicated line or the LGWAN). A link claimed as screen transfer into the terminals is the boundary's own
      // kind of link, so its purpose brings it into question at critical, not to a fail (forty-fifth review).
      name: "screen transfer into the LGWAN terminals for their remote maintenance, from an internet-zone host",
      description: hostAndSystem({
        to: { system: "groupware", terminalGroup: "pc" },
        protocols: ["画面転送（RDP）"],
        ports: [3389],
        purpose: "職員PCのリモート保守（ヘルプデスク）",
      }),
      expected: [{ messageId: "jumpHostQuestion", outcome: "needs-evidence", path: "/systems/0/remoteMaintenance", severity: "critical" }],
    },
    {
      // Forty-second review: a screen link into the terminals whose purpose only mentions upkeep (「点検・設定変更」) with no
      // one named doing it: asked about at critical, not failed (a mention may mean something else).
      name: "screen transfer into the terminals whose purpose only mentions upkeep",
      description: hostAndSystem({
        to: { system: "groupware", terminalGroup: "pc" },
        protocols: ["画面転送（RDP）"],
        ports: [3389],
        purpose: "点検・設定変更",
      }),
      expected: [{ messageId: "jumpHostQuestion", outcome: "needs-evidence", path: "/systems/0/remoteMaintenance", severity: "critical" }],
    },
    {
      // Forty-first review: a system that says it is not maintained remotely, reached by the vendor's jump host: the
      // jump host is the finding; nothing is asked about the remote maintenance the system says it does not have.
      name: "a jump host into a system that says it is not maintained remotely",
      description: hostAndSystem(
        { protocols: ["RDP"], ports: [3389], purpose: "グループウェアの保守" },
        { system: { remoteMaintenance: { used: false, vendorId: "oa" } } },
      ),
      expected: [{ messageId: "jumpHostOverInternet", path: "/systems/0/remoteMaintenance", severity: "critical" }],
    },
    {
      // Forty-first review (the thirty-seventh's x9): the boundary's screen-transfer appliance carrying RDP claimed as
      // screen transfer into a business system without terminals, "for the system's maintenance", by the same vendor:
      // asked at critical (6(3)②); the purpose, being free text, does not fail it (forty-third review).
      name: "RDP claimed as screen transfer from the appliance, for the system's maintenance",
      description: hostAndSystem(
        { protocols: ["RDP"], ports: [3389], sanitisation: ["screen-transfer"], purpose: "グループウェアの保守" },
        { host: { businessFunctions: ["screen-transfer"] } },
      ),
      expected: [{ messageId: "jumpHostQuestion", outcome: "needs-evidence", path: "/systems/0/remoteMaintenance", severity: "critical" }],
    },
    {
      // Fortieth review (left by the thirty-sixth): the same vendor's RDP maintenance drawn the way the screen flows, from
      // the LGWAN system's server to the internet-zone host, with its purpose saying so. The direction written does not
      // change who works whose screen: from a host without a screen-transfer role whose purpose states the work, a fail
      // for the same vendor (forty-fourth review).
      name: "maintenance RDP written from the LGWAN server towards the internet-zone host",
      description: hostAndSystem({
        from: { system: "groupware", server: "ap" },
        to: { system: "host" },
        protocols: ["RDP"],
        ports: [3389],
        sanitisation: ["screen-transfer"],
        purpose: "グループウェアの保守（保守用サーバから接続）",
      }),
      expected: [{ messageId: "jumpHostOverInternet", path: "/systems/0/remoteMaintenance", severity: "critical" }],
    },
    {
      // Fortieth review (left by the thirty-ninth): the boundary's screen-transfer appliance used by the vendor for RDP
      // maintenance of the LGWAN system: its role covers screen transfer for users, not the vendor's remote operation.
      // Only the purpose says so: asked at critical (forty-third review).
      name: "RDP maintenance of the LGWAN system from the declared screen-transfer appliance",
      description: hostAndSystem(
        { protocols: ["RDP"], ports: [3389], purpose: "文書管理サーバの保守" },
        { host: { boundaryRole: "screen-transfer" } },
      ),
      expected: [{ messageId: "jumpHostQuestion", outcome: "needs-evidence", path: "/systems/0/remoteMaintenance", severity: "critical" }],
    },
    {
      // Thirty-sixth review: remote-control tools written with the web or file words beside them (「WinRM over HTTPS」,
      // 「SSH/SFTP」, 「TeamViewer（HTTPS）」, 「Telnet/FTP」), RDP with the SSH and WinRM ports open beside it, and RDP
      // or 「リモートアシスタンス」 into the staff PCs that does not claim screen transfer: each lets the vendor on the
      // internet drive the system or its terminals.
      name: "control tools written with web or file words, RDP with control ports, and remote assistance into terminals",
      description: description(
        [
          lgwanSystem({ remoteMaintenance: maintained, terminalGroups: [{ id: "pc", name: "職員端末" }] }),
          internetSystem({ id: "host", name: "保守サーバ", remoteMaintenance: { ...maintained, line: "internet-vpn" } }),
        ],
        {
          ...maintainer,
          connections: [
            { protocols: ["WinRM over HTTPS"] },
            { protocols: ["SSH/SFTP"] },
            { protocols: ["TeamViewer（HTTPS）"] },
            { protocols: ["Telnet/FTP"] },
            { protocols: ["rdp"], ports: [3389, 22, 5985], sanitisation: ["screen-transfer"] },
            { to: { system: "groupware", terminalGroup: "pc" }, protocols: ["rdp"] },
            { to: { system: "groupware", terminalGroup: "pc" }, protocols: ["リモートアシスタンス"], ports: [3389] },
            { protocols: ["OpenSSH"] },
            { protocols: ["Splashtop"], ports: [443] },
            { protocols: ["OpenSSH（SFTP・シェル）"], ports: [22], sanitisation: ["file-sanitisation"] },
          ].map((facts, i) => ({
            id: `c${i}`,
            from: { system: "host" },
            to: { system: "groupware" },
            direction: "one-way",
            transport: "lan",
            ...facts,
          })),
        },
      ),
      expected: [
        {
          messageId: "jumpHostOverInternet",
          path: "/systems/0/remoteMaintenance",
          severity: "critical",
          data: { connection: "c0, c1, c2, c3, c4, c5, c6, c7, c8, c9" },
        },
      ],
    },
    {
      // Thirty-sixth review: a platform that serves screen transfer among other work is no screen-transfer appliance; its
      // screen link into the LGWAN system is asked.
      name: "an internet-side platform serving screen transfer and other work carries screens into the system",
      description: hostAndSystem(
        { protocols: ["rdp"], sanitisation: ["screen-transfer"] },
        { host: { businessFunctions: ["screen-transfer", "groupware"] } },
      ),
      expected: [{ messageId: "jumpHostQuestion", outcome: "needs-evidence", path: "/systems/0/remoteMaintenance", severity: "critical" }],
    },
    {
      // Thirty-fifth review: a role does not cover what the role is not: a file sanitiser's host opening RDP, a link with
      // file sanitisation on port 3389, SSH written beside screen transfer, an unknown protocol name on port 22 — each
      // lets the vendor on the internet operate the system (RDP that does not claim screen transfer included: thirty-sixth review).
      name: "a file sanitiser's host opens RDP; file sanitisation on port 3389; SSH beside screen transfer; an unknown name on port 22",
      description: description(
        [
          lgwanSystem({ remoteMaintenance: maintained }),
          internetSystem({
            id: "host",
            name: "無害化装置",
            boundaryRole: "file-sanitiser",
            remoteMaintenance: { ...maintained, line: "internet-vpn" },
          }),
        ],
        {
          ...maintainer,
          connections: [
            { protocols: ["rdp"], sanitisation: ["file-sanitisation"] },
            { ports: [3389], sanitisation: ["file-sanitisation"] },
            { protocols: ["ssh"], ports: [22], sanitisation: ["screen-transfer"] },
            { protocols: ["保守用独自プロトコル"], ports: [22] },
          ].map((facts, i) => ({
            id: `c${i}`,
            from: { system: "host" },
            to: { system: "groupware" },
            direction: "one-way",
            transport: "lan",
            ...facts,
          })),
        },
      ),
      expected: [
        {
          messageId: "jumpHostOverInternet",
          path: "/systems/0/remoteMaintenance",
          severity: "critical",
          data: { connection: "c0, c1, c2, c3" },
        },
      ],
    },
    {
      // Thirty-fifth review: a screen-transfer appliance on the internet side does its job towards terminals and the LGWAN
      // side's appliance; RDP into a named business server is a jump host.
      // Thirty-sixth review: RDP into a named business server is remote operation of it, not screen transfer: it fails.
      name: "a declared screen-transfer appliance opens RDP to a server of the system",
      description: hostAndSystem(
        { to: { system: "groupware", server: "ap" }, protocols: ["rdp"], sanitisation: ["screen-transfer"] },
        { host: { boundaryRole: "screen-transfer" } },
      ),
      expected: [{ messageId: "jumpHostOverInternet", path: "/systems/0/remoteMaintenance", severity: "critical" }],
    },
    {
      // Thirty-fifth review: the role written on the whole LGWAN system does not cover a named server without one.
      // Thirty-sixth review: RDP into a named business server is remote operation of it, not screen transfer: it fails.
      name: "the LGWAN system declared a screen-transfer appliance; the link names a server without the role",
      description: hostAndSystem(
        { to: { system: "groupware", server: "ap" }, protocols: ["rdp"], sanitisation: ["screen-transfer"] },
        { system: { boundaryRole: "screen-transfer" } },
      ),
      expected: [{ messageId: "jumpHostOverInternet", path: "/systems/0/remoteMaintenance", severity: "critical" }],
    },
    {
      // Thirty-fifth review: the screen-transfer role is for the LGWAN–internet boundary; an LGWAN-zone relay declared so,
      // which the vendor reaches over the LGWAN, still opens a path into the My Number zone.
      name: "an LGWAN-zone relay declared a screen-transfer appliance opens RDP into the My Number system",
      description: description(
        [
          mynumberSystem({ remoteMaintenance: maintained }),
          lgwanSystem({
            id: "relay",
            name: "中継サーバ",
            boundaryRole: "screen-transfer",
            remoteMaintenance: { ...maintained, line: "lgwan" },
          }),
        ],
        {
          ...maintainer,
          connections: [
            {
              id: "rdp",
              from: { system: "relay" },
              to: { system: "juki" },
              direction: "one-way",
              transport: "lan",
              protocols: ["rdp"],
              sanitisation: ["screen-transfer"],
            },
          ],
        },
      ),
      expected: [{ messageId: "jumpHostIntoMyNumberZone", path: "/systems/0/remoteMaintenance", severity: "critical" }],
    },
    {
      // Thirty-fourth review: the jump host's RDP addressed to a server of the system reaches the system.
      // Thirty-sixth review: RDP into a named business server is remote operation of it, not screen transfer: it fails.
      name: "the same vendor's internet-zone host opens RDP to a server of the system",
      description: hostAndSystem({ to: { system: "groupware", server: "ap" }, protocols: ["rdp"] }),
      expected: [{ messageId: "jumpHostOverInternet", path: "/systems/0/remoteMaintenance", severity: "critical" }],
    },
    {
      // Thirty-fourth review: a remote-support host on the internet side that takes over the LGWAN staff PCs: the
      // internet drives LGWAN terminals, which α's screen transfer (terminals viewing the internet) never allows.
      name: "the same vendor's internet-zone host takes over the system's LGWAN terminals by VNC",
      description: hostAndSystem({ to: { system: "groupware", terminalGroup: "pc" }, protocols: ["vnc"], ports: [5900] }),
      expected: [{ messageId: "jumpHostOverInternet", path: "/systems/0/remoteMaintenance", severity: "critical" }],
    },
    {
      // Thirty-fourth review: protocols written as vendors write them (SSH2; TCP with port 3389) still operate the system.
      // Thirty-sixth review: RDP on port 3389 that does not claim to be screen transfer is remote operation.
      name: "the same vendor's internet-zone host opens SSH2, and TCP on port 3389, to the system",
      description: description(
        [
          lgwanSystem({ remoteMaintenance: maintained }),
          internetSystem({ id: "host", name: "踏み台", remoteMaintenance: { ...maintained, line: "internet-vpn" } }),
        ],
        {
          ...maintainer,
          connections: [
            {
              id: "a",
              from: { system: "host" },
              to: { system: "groupware" },
              direction: "one-way",
              transport: "lan",
              protocols: ["SSH2"],
              ports: [22],
            },
            {
              id: "b",
              from: { system: "host" },
              to: { system: "groupware" },
              direction: "one-way",
              transport: "lan",
              protocols: ["TCP"],
              ports: [3389],
            },
          ],
        },
      ),
      expected: [
        { messageId: "jumpHostOverInternet", path: "/systems/0/remoteMaintenance", severity: "critical", data: { connection: "a, b" } },
      ],
    },
    {
      // Thirty-fourth review: β lets internet-zone hosts use LGWAN systems by screen transfer, not by a shell: the
      // system's own vendor's SSH bastion on the internet side fails under β too.
      name: "under β, the same vendor's internet-zone bastion opens SSH to the system",
      description: hostAndSystem({ protocols: ["ssh"], ports: [22] }),
      profile: { ...hitoyoshiProfile, networkModel: "beta" as const },
      expected: [{ messageId: "jumpHostOverInternet", path: "/systems/0/remoteMaintenance", severity: "critical" }],
    },
    {
      // Thirty-fourth review: another vendor's LGWAN-zone relay, reached over the LGWAN, operating the My Number system: asked.
      name: "another vendor reaches an LGWAN-zone relay over the LGWAN and opens SSH from it into the My Number system",
      description: description(
        [
          mynumberSystem({ remoteMaintenance: maintained }),
          lgwanSystem({ id: "relay", name: "中継サーバ", remoteMaintenance: { ...goodMaintenance, vendorId: "other", line: "lgwan" } }),
        ],
        {
          vendors: [...maintainer.vendors, { id: "other", name: "株式会社別保守" }],
          connections: [
            {
              id: "ssh",
              from: { system: "relay" },
              to: { system: "juki" },
              direction: "one-way",
              transport: "lan",
              protocols: ["ssh"],
              ports: [22],
            },
          ],
        },
      ),
      expected: [
        {
          messageId: "jumpHostQuestionIntoMyNumberZone",
          outcome: "needs-evidence",
          path: "/systems/0/remoteMaintenance",
          severity: "critical",
        },
      ],
    },
    {
      // Thirty-second review: the vendor who maintains an LGWAN server reaches a jump host in the internet zone over an
      // internet VPN and operates the server from it by RDP written as screen transfer. An auditor sees maintenance of
      // the LGWAN zone from the internet (6(3)②, the guideline's maintenance lines), whatever the server's own line says.
      name: "the same vendor reaches an internet-zone jump host over an internet VPN and operates the system from it by RDP",
      description: withJumpHost("oa", "internet-vpn", { protocols: ["rdp"], ports: [3389], sanitisation: ["screen-transfer"] }),
      expected: [{ messageId: "jumpHostQuestion", outcome: "needs-evidence", path: "/systems/0/remoteMaintenance", severity: "critical" }],
    },
    {
      // Thirty-second and thirty-third reviews: another vendor's internet-reachable host that operates the system is
      // the same path; whether a vendor can come in along it is asked, at critical.
      name: "another vendor's internet-zone host, maintained over an internet VPN, with a screen link into the system",
      description: withJumpHost("other", "internet-vpn", { protocols: ["rdp"], sanitisation: ["screen-transfer"] }),
      expected: [{ messageId: "jumpHostQuestion", outcome: "needs-evidence", path: "/systems/0/remoteMaintenance", severity: "critical" }],
    },
    {
      // Thirty-third review: one company written as two vendor entries is one maintainer.
      name: "the jump host's vendor entry is another division of the system's maintainer",
      description: description(
        [
          lgwanSystem({ remoteMaintenance: maintained }),
          internetSystem({ id: "jump", name: "踏み台", remoteMaintenance: { ...goodMaintenance, vendorId: "oa2", line: "internet-vpn" } }),
        ],
        {
          vendors: [...maintainer.vendors, { id: "oa2", name: "保守株式会社 リモートサービス部" }],
          connections: [
            {
              id: "rdp",
              from: { system: "jump" },
              to: { system: "groupware" },
              direction: "one-way",
              transport: "lan",
              protocols: ["ssh"],
            },
          ],
        },
      ),
      expected: [{ messageId: "jumpHostOverInternet", path: "/systems/0/remoteMaintenance", severity: "critical" }],
    },
    {
      // Thirty-third review: the jump host written without a maintenance block, its vendor line over an internet VPN,
      // and the LGWAN system without one either, its vendor in vendorIds: the same route.
      name: "neither system has a maintenance block; the jump host's vendor line crosses the internet",
      description: description([lgwanSystem({ vendorIds: ["oa"] }), internetSystem({ id: "jump", name: "踏み台", vendorIds: ["oa"] })], {
        ...maintainer,
        connections: [
          {
            id: "vpn",
            from: { external: "vendor-network" },
            to: { system: "jump" },
            direction: "one-way",
            transport: "internet-vpn",
            via: ["security-cloud"],
          },
          { id: "rdp", from: { system: "jump" }, to: { system: "groupware" }, direction: "one-way", transport: "lan", protocols: ["ssh"] },
        ],
      }),
      expected: [
        { messageId: "jumpHostOverInternet", path: "/systems/0/remoteMaintenance", severity: "critical" },
        { messageId: "blockUnknown", outcome: "needs-evidence", path: "/systems/1/remoteMaintenance" },
      ],
    },
    {
      // Under β, internet-zone hosts reach LGWAN systems by screen transfer by design: the same vendor's jump host is asked.
      name: "under β, the same vendor's internet-zone host operates the system by RDP",
      description: withJumpHost("oa", "internet-vpn", { protocols: ["rdp"], sanitisation: ["screen-transfer"] }),
      profile: { ...hitoyoshiProfile, networkModel: "beta" as const },
      expected: [{ messageId: "jumpHostQuestion", outcome: "needs-evidence", path: "/systems/0/remoteMaintenance", severity: "critical" }],
    },
    {
      // Thirty-third review: the vendor reaches an LGWAN-zone relay over the LGWAN and opens SSH from it into the My
      // Number zone system it maintains: the LGWAN line into the My Number zone (guideline: over the LGWAN only designated
      // national systems), split in two. An auditor fails it at critical, as the direct line fails.
      name: "the same vendor reaches an LGWAN-zone relay over the LGWAN and opens SSH from it into the My Number system",
      description: withLgwanRelay("lgwan"),
      expected: [{ messageId: "jumpHostIntoMyNumberZone", path: "/systems/0/remoteMaintenance", severity: "critical" }],
    },
    {
      // The same with SSH from the jump host.
      name: "the same vendor reaches an internet-zone jump host over the internet and opens SSH to the system",
      description: withJumpHost("oa", "internet", { ports: [22] }),
      expected: [{ messageId: "jumpHostOverInternet", path: "/systems/0/remoteMaintenance", severity: "critical" }],
    },
    {
      // Thirty-second review: the guideline lets the My Number zone reach over the LGWAN only the systems of
      // public bodies (the designated national systems); a vendor's maintenance there runs over a closed or
      // dedicated line. An auditor fails maintenance of a My Number system over the LGWAN at critical, as the
      // same line written as a connection fails.
      name: "a My Number zone system maintained over the LGWAN, written only in the maintenance block",
      description: description([mynumberSystem({ remoteMaintenance: { ...goodMaintenance, line: "lgwan" } })]),
      expected: [{ messageId: "lgwanIntoMyNumberZone", path: "/systems/0/remoteMaintenance/line", severity: "critical" }],
    },
    {
      // Thirty-second review: the block's LGWAN line into the My Number zone beside a closed vendor line is a
      // question at critical: if the block is true, the zone is joined to the LGWAN.
      name: "the block says LGWAN, the vendor connection into the My Number zone a closed line",
      description: blockBesideLine("lgwan", "closed-line"),
      expected: [
        { messageId: "linesDisagreeIntoZone", outcome: "needs-evidence", severity: "critical", path: "/systems/0/remoteMaintenance/line" },
      ],
    },
    {
      // Twenty-fourth and twenty-sixth reviews: with the maintainer left out, one vendor's lines into two zones
      // could not be told from two vendors'.
      name: "a vendor line, the maintainer not named",
      description: description([lgwanSystem({ remoteMaintenance: goodMaintenance })], {
        connections: [
          { id: "v", from: { external: "vendor-network" }, to: { system: "groupware" }, direction: "one-way", transport: "closed-line" },
        ],
      }),
      expected: [{ messageId: "maintainerUnknown", outcome: "needs-evidence", severity: "medium", path: "/systems/0/remoteMaintenance" }],
    },
    {
      // Eighteenth review: the 運用管理補助者's closed line to the segment is another vendor's line; the application
      // vendor's internet VPN recorded in the block stays critical (it had become a question of two records).
      name: "a Government Cloud system maintained over an internet VPN beside another vendor's closed line to its segment",
      description: description(
        [mynumberSystem({ hosting: { kind: "government-cloud" }, remoteMaintenance: { ...goodMaintenance, line: "internet-vpn" } })],
        {
          connections: [
            {
              id: "ops",
              from: { external: "vendor-network" },
              to: { external: "government-cloud", segment: "mynumber" },
              direction: "one-way",
              transport: "closed-line",
            },
          ],
        },
      ),
      expected: [{ messageId: "vpnIntoMyNumberZone", path: "/systems/0/remoteMaintenance/line", severity: "critical" }],
    },
    {
      // Sixteenth review: the 運用管理補助者's internet VPN to the My Number segment of Government Cloud is
      // government-cloud-closed-line's critical finding (the connection shows the line); the same line in
      // remoteMaintenance gave a second critical. One line, one finding; the missing MFA stays this check's.
      name: "a Government Cloud system whose vendor line to its segment is an internet VPN: only the missing MFA here",
      description: description(
        [
          mynumberSystem({
            hosting: { kind: "government-cloud" },
            remoteMaintenance: { ...goodMaintenance, line: "internet-vpn", mfa: false },
          }),
        ],
        {
          connections: [
            {
              id: "ops",
              from: { external: "vendor-network" },
              to: { external: "government-cloud", segment: "mynumber" },
              direction: "one-way",
              transport: "internet-vpn",
            },
          ],
        },
      ),
      expected: [{ messageId: "noMfa", path: "/systems/0/remoteMaintenance/mfa" }],
    },
    {
      // Twelfth review: the maintenance link says it is not logged; the block says it is.
      name: "the block says the work is logged, the maintenance link says it is not",
      description: description([mynumberSystem({ remoteMaintenance: maintained })], {
        ...maintainer,
        connections: [
          {
            id: "v",
            from: { external: "vendor-network" },
            to: { system: "juki" },
            direction: "one-way",
            transport: "closed-line",
            logged: false,
          },
        ],
      }),
      expected: [{ messageId: "loggedDisagree", outcome: "needs-evidence", path: "/systems/0/remoteMaintenance/logged" }],
    },
    {
      name: "a My Number system whose maintenance line is declared as an internet VPN",
      description: description([mynumberSystem({ remoteMaintenance: { ...goodMaintenance, line: "internet-vpn" } })]),
      expected: [{ messageId: "vpnIntoMyNumberZone", path: "/systems/0/remoteMaintenance/line" }],
    },
    {
      name: "an LGWAN-zone system maintained over an internet VPN",
      description: system({ remoteMaintenance: { ...goodMaintenance, line: "internet-vpn" } }),
      expected: [{ messageId: "vpnIntoLgwanZone", path: "/systems/0/remoteMaintenance/line", severity: "critical" }],
    },
    {
      // Review §4 N3: the line is described only as a connection from the vendor network, with no remoteMaintenance block.
      name: "a My Number system maintained over an internet VPN described only as a connection",
      description: description([mynumberSystem()], {
        connections: [
          { id: "vpn", from: { external: "vendor-network" }, to: { system: "juki" }, direction: "one-way", transport: "internet-vpn" },
        ],
      }),
      // One question for the missing block, and the internet VPN itself is mynumber-connections-restricted's finding
      // (eighth review: one line, one finding).
      expected: [{ messageId: "blockUnknown", outcome: "needs-evidence", path: "/systems/0/remoteMaintenance" }],
    },
    {
      // Tenth review: the records disagree, and the block's internet VPN would be a breach: asked, not passed.
      // Twenty-eighth review: asked at critical, under the zone's clause, as the VPN written alone fails.
      name: "the maintenance block says internet VPN, the vendor connection a closed line",
      description: blockBesideLine("internet-vpn", "closed-line"),
      expected: [
        {
          messageId: "linesDisagreeIntoZone",
          outcome: "needs-evidence",
          path: "/systems/0/remoteMaintenance/line",
          severity: "critical",
          clauses: ["6(3)①"],
        },
      ],
    },
    {
      name: "an internet-zone system: the block says closed line, the vendor connection the internet",
      description: description([internetSystem({ remoteMaintenance: maintained })], {
        ...maintainer,
        connections: [
          { id: "v", from: { external: "vendor-network" }, to: { system: "web-mail" }, direction: "one-way", transport: "internet" },
        ],
      }),
      expected: [{ messageId: "linesDisagree", outcome: "needs-evidence", path: "/systems/0/remoteMaintenance/line" }],
    },
    {
      // First-contact review: "not used" beside an internet line passed silently (not applicable).
      name: "no remote maintenance declared, yet a maintenance line described",
      description: description([mynumberSystem({ remoteMaintenance: { used: false, line: "internet-vpn" } })]),
      expected: [{ messageId: "notUsedButLine", outcome: "needs-evidence", path: "/systems/0/remoteMaintenance/line" }],
    },
    {
      name: "no remote maintenance declared, yet a vendor network is connected",
      description: description([mynumberSystem({ remoteMaintenance: { used: false } })], {
        connections: [
          { id: "v", from: { external: "vendor-network" }, to: { system: "juki" }, direction: "one-way", transport: "closed-line" },
        ],
      }),
      expected: [{ messageId: "notUsedButConnected", path: "/systems/0/remoteMaintenance/used" }],
    },
    {
      // Found by the order property: the finding named whichever vendor link came first in the list.
      name: "no remote maintenance declared, yet two vendor links: both named, whatever their order",
      description: description([mynumberSystem({ remoteMaintenance: { used: false } })], {
        connections: [
          { id: "v2", from: { external: "vendor-network" }, to: { system: "juki" }, direction: "one-way", transport: "closed-line" },
          { id: "v1", from: { external: "vendor-network" }, to: { system: "juki" }, direction: "one-way", transport: "closed-line" },
        ],
      }),
      expected: [{ messageId: "notUsedButConnected", path: "/systems/0/remoteMaintenance/used", data: { connection: "v1, v2" } }],
    },
    {
      name: "an always-open line without MFA over the plain internet",
      description: description([
        lgwanSystem({ remoteMaintenance: { ...goodMaintenance, line: "internet", perSessionApproval: false, mfa: false } }),
      ]),
      expected: [
        { messageId: "noSessionApproval", path: "/systems/0/remoteMaintenance/perSessionApproval" },
        { messageId: "noMfa", path: "/systems/0/remoteMaintenance/mfa" },
        { messageId: "internetLine", path: "/systems/0/remoteMaintenance/line", severity: "critical" },
      ],
    },
    {
      name: "sessions not logged",
      description: system({ remoteMaintenance: { ...goodMaintenance, logged: false } }),
      expected: [{ messageId: "notLogged", path: "/systems/0/remoteMaintenance/logged" }],
    },
    {
      name: "only 'used' is stated",
      description: system({ remoteMaintenance: { used: true } }),
      expected: [
        { messageId: "factUnknown", outcome: "needs-evidence", path: "/systems/0/remoteMaintenance/perSessionApproval" },
        { messageId: "factUnknown", outcome: "needs-evidence", path: "/systems/0/remoteMaintenance/mfa" },
        { messageId: "factUnknown", outcome: "needs-evidence", path: "/systems/0/remoteMaintenance/logged" },
        { messageId: "factUnknown", outcome: "needs-evidence", path: "/systems/0/remoteMaintenance/line" },
      ],
    },
    {
      name: "an internet VPN to a system of unknown zone",
      description: system({ zone: undefined, remoteMaintenance: { ...goodMaintenance, line: "internet-vpn" } }),
      expected: [{ messageId: "zoneUnknown", outcome: "needs-evidence", path: "/systems/0/zone" }],
    },
  ],
};

export default table;

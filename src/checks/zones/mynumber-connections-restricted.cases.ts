import { APPROVING_MUNICIPALITY, description, internetSystem, lgwanSystem, mynumberSystem } from "../../../test/support/fixtures.js";
import { hitoyoshiProfile } from "../../profiles/hitoyoshi.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const link = (connection: Record<string, unknown>, extra: Record<string, unknown> = { municipality: APPROVING_MUNICIPALITY }) =>
  description([mynumberSystem(), lgwanSystem()], {
    ...extra,
    connections: [{ id: "c1", from: { system: "juki" }, to: { system: "groupware" }, direction: "one-way", ...connection }],
  });
const restricted = { addressRestriction: { ip: true, mac: true }, ports: [443], transport: "lan" };
const approval = { reference: "情政第12号", approvedBy: "CISO", approvedOn: "2026-01-10" };
const national = (service: string, extra: Record<string, unknown> = {}) =>
  description([mynumberSystem()], {
    connections: [
      {
        id: "c1",
        from: { system: "juki" },
        to: { external: "national-system", service },
        direction: "bidirectional",
        ...restricted,
        transport: "lgwan",
        ...extra,
      },
    ],
  });

/** One approved, restricted one-way link `c1` among `systems`, in a description whose organisation can approve it. */
const approvedLink = (systems: Record<string, unknown>[], from: unknown, to: unknown, facts: Record<string, unknown>) =>
  description(systems, {
    municipality: APPROVING_MUNICIPALITY,
    connections: [{ id: "c1", from, to, direction: "one-way", approval, ...restricted, ...facts }],
  });

/** An approved, restricted vendor link into the My Number zone, called a closed line, that passes through `via`. */
const vendorClosedLine = (via: string) =>
  approvedLink([mynumberSystem()], { external: "vendor-network" }, { system: "juki" }, { transport: "closed-line", via: [via] });

/**
 * Sixteenth review: a line from the city's My Number zone to a system of another body (here a
 * 一部事務組合's 介護保険 system, outside 4(1)), written in the My Number zone like the city's own.
 * The line leaves the city's zone: an auditor wants it approved and restricted by address and port
 * (6(3)①), as any link out of the zone.
 */
const toOtherBody = (facts: Record<string, unknown>, ownerBody = "人吉球磨広域行政組合") =>
  description([mynumberSystem(), mynumberSystem({ id: "kaigo", name: "介護保険システム", ownerBody, department: "介護保険課" })], {
    municipality: APPROVING_MUNICIPALITY,
    connections: [
      { id: "c1", from: { system: "juki" }, to: { system: "kaigo" }, direction: "one-way", transport: "closed-line", ...facts },
    ],
  });

/**
 * Fifty-fourth review: the LGWAN zone's VDI server (`vdi`) opens an approved, restricted RDP session into the My Number
 * system; `inbound` is the link by which the internet zone's terminals reach the VDI (β': telework PCs by screen transfer).
 */
const vdiChain = (inbound: Record<string, unknown>) =>
  description(
    [
      mynumberSystem(),
      lgwanSystem({ id: "vdi", name: "LGWAN仮想デスクトップ基盤", terminalGroups: [{ id: "pc", name: "職員端末", count: 20 }] }),
      internetSystem({ id: "oa", name: "業務端末", terminalGroups: [{ id: "oa-pc", name: "業務PC", count: 100 }] }),
    ],
    {
      municipality: APPROVING_MUNICIPALITY,
      connections: [
        {
          id: "vdi-to-juki",
          from: { system: "vdi" },
          to: { system: "juki" },
          direction: "one-way",
          approval,
          ...restricted,
          protocols: ["rdp"],
          ports: [3389],
        },
        { id: "into-vdi", direction: "one-way", transport: "lan", protocols: ["rdp"], sanitisation: ["screen-transfer"], ...inbound },
      ],
    },
  );

const table: CheckTable = {
  valid: [
    {
      // Fifty-second review: the same line to the Government Cloud system over the connection service (a dedicated line)
      // stays inside the zone.
      name: "My Number terminals reach their Government Cloud system over a dedicated line",
      description: approvedLink(
        [mynumberSystem(), mynumberSystem({ id: "std-juki", name: "標準準拠 住民記録", hosting: { kind: "government-cloud" } })],
        { system: "juki", terminalGroup: "mn-pc" },
        { system: "std-juki" },
        { transport: "dedicated-line" },
      ),
    },
    {
      // Eighteenth review: a 組合 written with its division is the 組合.
      name: "a line to a system of 「人吉球磨広域行政組合 介護保険課」, approved and restricted",
      description: toOtherBody({ approval, addressRestriction: { ip: true, mac: true }, ports: [443] }, "人吉球磨広域行政組合 介護保険課"),
    },
    {
      name: "a line to another body's system in the My Number zone, approved and restricted",
      description: toOtherBody({ approval, addressRestriction: { ip: true, mac: true }, ports: [443] }),
    },
    {
      // Sixth review (r7): an access line to Government Cloud over an internet VPN is government-cloud-closed-line's
      // finding (the line to change); reporting it here too gave two criticals for one line.
      name: "a My Number terminal's line to its Government Cloud segment over an internet VPN is left to government-cloud-closed-line",
      description: description([mynumberSystem({ hosting: { kind: "government-cloud" }, terminalGroups: [{ id: "pc", name: "端末" }] })], {
        connections: [
          {
            id: "gc",
            from: { system: "juki", terminalGroup: "pc" },
            to: { external: "government-cloud", segment: "mynumber" },
            direction: "one-way",
            transport: "internet-vpn",
            ports: [443],
            addressRestriction: { ip: true },
          },
        ],
      }),
    },
    { name: "an approved, restricted exception", description: link({ ...restricted, approval }) },
    { name: "a designated national system by id", description: national("juki-net") },
    // National links are written in Japanese as often as not (review §3: 中間サーバ, 戸籍情報連携, 国保連, J-LIS).
    { name: "the intermediate server written in Japanese without the long vowel", description: national("中間サーバ") },
    { name: "the family register exchange system", description: national("戸籍情報連携システム") },
    { name: "the national health insurance federation", description: national("国保連") },
    // Sixty-eighth review: a routine national link of the My Number zone that the vocabulary lacked.
    { name: "the national tax returns passed on through eLTAX (国税連携)", description: national("国税連携システム") },
    { name: "J-LIS convenience-store certificates", description: national("コンビニ交付") },
    // Thirty-second review: 「公的個人認証サービス」 is JPKI's official name; one system gets one result under both names.
    { name: "JPKI written as 公的個人認証サービス", description: national("公的個人認証サービス") },
    { name: "JPKI written as 公的個人認証サービス（JPKI）", description: national("公的個人認証サービス（JPKI）") },
    // Nineteenth review: 台帳 write a name with a note in brackets, or in words that name the same system.
    { name: "a name with a note in brackets: 住基ネット（全国サーバ）", description: national("住基ネット（全国サーバ）") },
    {
      name: "a name with a note in brackets: 証明書交付センター（コンビニ交付）",
      description: national("証明書交付センター（コンビニ交付）"),
    },
    {
      name: "a name with a note in brackets: 中間サーバー（情報提供ネットワークシステム）",
      description: national("中間サーバー（情報提供ネットワークシステム）"),
    },
    // Twenty-eighth review: registers put notes in other brackets as often.
    { name: "a note in 【】: 住基ネット【全国サーバ】", description: national("住基ネット【全国サーバ】") },
    // Thirtieth review: the route or the maker in a note is still the system.
    { name: "a note giving the route: 中間サーバー（LGWAN経由）", description: national("中間サーバー（LGWAN経由）") },
    {
      name: "a note in 〔〕: 中間サーバー〔情報提供ネットワークシステム〕",
      description: national("中間サーバー〔情報提供ネットワークシステム〕"),
    },
    { name: "a note in ＜＞: 戸籍情報連携システム＜法務省＞", description: national("戸籍情報連携システム＜法務省＞") },
    { name: "words naming one system: J-LIS 証明書交付センター", description: national("J-LIS 証明書交付センター") },
    { name: "words naming one system: 住基ネット 都道府県サーバ", description: national("住基ネット 都道府県サーバ") },
    // Twentieth review: the operator written in front names no other system.
    { name: "the operator in front: J-LIS 中間サーバー・プラットフォーム", description: national("J-LIS 中間サーバー・プラットフォーム") },
    { name: "the operator in front: 総務省 住基ネット", description: national("総務省 住基ネット") },
    // Thirty-third review: a 係長 writes the operator with the system in brackets, or the system's name split by a
    // space after the operator. The bracket (or the words) names 住基ネット, a system the guideline lets the My Number
    // zone reach (6(3)①), so an auditor passes the link as for 「住基ネット」 itself.
    ...[
      "J-LIS（住基ネット）",
      "地方公共団体情報システム機構（住民基本台帳ネットワーク）",
      "J-LIS 住基ネット CS",
      "J-LIS（住基ネット CS）",
    ].map((service) => ({ name: `the operator with the system named after it: ${service}`, description: national(service) })),
    {
      name: "a national system a profile adds",
      description: national("県の税務共同システム"),
      profile: {
        ...hitoyoshiProfile,
        nationalSystems: [{ id: "pref-tax", ja: "県の税務共同システム", en: "Prefectural shared tax system" }],
        approvedSpecificCommunications: [...hitoyoshiProfile.approvedSpecificCommunications, "pref-tax"],
      },
    },
    {
      name: "links inside the My Number zone over the LAN",
      description: description([mynumberSystem(), mynumberSystem({ id: "tax" })], {
        connections: [{ id: "c1", from: { system: "juki" }, to: { system: "tax" }, ports: ["any"], transport: "lan" }],
      }),
    },
    {
      // Standardised systems on Government Cloud are the My Number zone's environment; the terminal's closed line passes.
      name: "My Number terminals to their Government Cloud segment over a closed line",
      description: description([mynumberSystem()], {
        connections: [
          {
            id: "gc",
            from: { system: "juki", terminalGroup: "mn-pc" },
            to: { external: "government-cloud", service: "標準準拠システム" },
            transport: "closed-line",
            direction: "one-way",
          },
        ],
      }),
    },
    {
      name: "an approved exception without a stated direction is judged both ways, and holds both ways",
      description: description([mynumberSystem(), lgwanSystem()], {
        municipality: APPROVING_MUNICIPALITY,
        connections: [{ id: "c1", from: { system: "groupware" }, to: { system: "juki" }, approval, ...restricted }],
      }),
    },
    // The role written with the holder, as approval forms are often filled in.
    {
      name: "approved by 「CISO（副市長）」",
      description: link({ ...restricted, approval: { ...approval, approvedBy: "CISO（副市長）" } }),
    },
    {
      name: "approved by the head of the municipality by name",
      description: link({ ...restricted, approval: { ...approval, approvedBy: "市長" } }),
    },
    {
      name: "approved on the evaluation date itself",
      description: link({ ...restricted, approval: { ...approval, approvedOn: "2026-04-01" } }),
    },
    {
      // Fifty-seventh review: the legitimate short lists an auditor sees on maintenance and interface lines pass.
      name: "approved links with short lists of the ports their service uses",
      description: link({ approval, ...restricted, ports: [22, 1521, 5500] }),
    },
    {
      // Sixtieth review's correct city: the My Number zone's own management server fetches definitions from the LGWAN
      // one, one way, out of the zone. Nothing operates the zone from outside.
      name: "the My Number zone's management server fetching updates one way from the LGWAN zone",
      description: link({ approval, ...restricted, protocols: ["https"], ports: [443, 8530] }),
    },
    {
      // Sixty-first review: a file pushed by SFTP is no remote operation (port 22 carries files here).
      name: "an approved SFTP push of tax data from an LGWAN transfer server",
      description: description([mynumberSystem(), lgwanSystem()], {
        municipality: APPROVING_MUNICIPALITY,
        connections: [
          {
            id: "sftp",
            from: { system: "groupware" },
            to: { system: "juki" },
            direction: "one-way",
            approval,
            ...restricted,
            protocols: ["sftp"],
            ports: [22],
            purpose: "eLTAX 課税データの取込み",
          },
        ],
      }),
    },
    {
      // Sixty-third review: SFTP spelled out names SSH; it is still a file transfer.
      name: "an approved SFTP push written 「SFTP（SSH File Transfer Protocol）」",
      description: description([mynumberSystem(), lgwanSystem()], {
        municipality: APPROVING_MUNICIPALITY,
        connections: [
          {
            id: "sftp",
            from: { system: "groupware" },
            to: { system: "juki" },
            direction: "one-way",
            approval,
            ...restricted,
            protocols: ["SFTP（SSH File Transfer Protocol）"],
            ports: [22],
          },
        ],
      }),
    },
    {
      // Sixty-fifth review: a purpose that says the remote function is turned off.
      name: "an approved link from the LGWAN zone whose purpose says remote operation is disabled",
      description: description([mynumberSystem(), lgwanSystem()], {
        municipality: APPROVING_MUNICIPALITY,
        connections: [
          {
            id: "inv",
            from: { system: "groupware" },
            to: { system: "juki" },
            direction: "one-way",
            approval,
            ...restricted,
            purpose: "資産台帳の更新（遠隔操作機能は無効化）",
          },
        ],
      }),
    },
    {
      // Thirty-sixth review's 「端末一台化」: the LGWAN desktop's screens written flowing one way into the My Number terminals,
      // by screen transfer. The terminal opens the session; nothing operates the zone from outside.
      name: "an approved screen transfer written flowing one way into My Number terminals",
      description: description([mynumberSystem(), lgwanSystem()], {
        municipality: APPROVING_MUNICIPALITY,
        connections: [
          {
            id: "vdi",
            from: { system: "groupware" },
            to: { system: "juki", terminalGroup: "mn-pc" },
            direction: "one-way",
            approval,
            ...restricted,
            protocols: ["RDP"],
            ports: [3389],
            sanitisation: ["screen-transfer"],
          },
        ],
      }),
    },
    {
      name: "an approved link with a monitoring product's ten ports",
      description: link({ approval, ...restricted, ports: [161, 162, 443, 514, 5044, 8080, 8443, 9100, 9200, 10051] }),
    },
  ],
  invalid: [
    {
      // α's virtual browser written the way its screens flow (into the LGWAN terminals) is the terminals' own session
      // out: no way in for the internet zone, so the approved link from the same LGWAN system is not a chain (no
      // operatedFromInternet). The RDP into the My Number system from the LGWAN zone is still asked about (sixtieth review).
      name: "an approved RDP link from an LGWAN system whose terminals get the virtual browser's screens",
      description: vdiChain({ from: { system: "oa" }, to: { system: "vdi", terminalGroup: "pc" } }),
      expected: [{ messageId: "remoteOperationIntoMyNumber", outcome: "needs-evidence", path: "/connections/0" }],
    },
    {
      // Eighteenth review: 国保連, another town, a legal affairs bureau and a 組合 written with its division were
      // judged as the city's own systems, and such a line passed.
      name: "lines to systems of 国保連, another town, a legal affairs bureau and a 組合's division, unapproved, any port",
      description: description(
        [
          mynumberSystem(),
          ...["熊本県国民健康保険団体連合会", "錦町", "熊本地方法務局", "人吉球磨広域行政組合 介護保険課"].map((ownerBody, i) =>
            mynumberSystem({ id: `other-${i}`, name: `他団体のシステム${i}`, ownerBody, department: "担当課" }),
          ),
        ],
        {
          municipality: APPROVING_MUNICIPALITY,
          connections: [0, 1, 2, 3].map((i) => ({
            id: `c${i}`,
            from: { system: "juki" },
            to: { system: `other-${i}` },
            direction: "one-way",
            transport: "closed-line",
            addressRestriction: { ip: true, mac: true },
            ports: ["any"],
          })),
        },
      ),
      expected: [0, 1, 2, 3].flatMap((i) => [
        { messageId: "notApproved" as const, path: `/connections/${i}` },
        { messageId: "anyPort" as const, path: `/connections/${i}/ports` },
      ]),
    },
    {
      name: "a line to another body's system in the My Number zone, with no approval, no address restriction and any port",
      description: toOtherBody({ ports: ["any"] }),
      expected: [
        { messageId: "notApproved", path: "/connections/0", data: { toPlaceJa: "基本方針 4(1) の適用範囲外の機関のネットワーク" } },
        { messageId: "addressUnknown", outcome: "needs-evidence", path: "/connections/0" },
        { messageId: "anyPort", path: "/connections/0/ports" },
      ],
    },
    {
      // Fifty-fifth review: every port written out, or the first thousand and more with RDP and VNC, restricts nothing;
      // an auditor reads it as any port, at critical on a My Number link.
      name: "an approved link listing every port from 1 to 65535, or 1 to 1024 with RDP and VNC",
      description: link({ approval, ...restricted, ports: Array.from({ length: 65535 }, (_, i) => i + 1) }),
      expected: [{ messageId: "anyPort", path: "/connections/0/ports" }],
    },
    {
      // Fifty-sixth review: a hundred and more ports, high ones included, restrict nothing either.
      name: "an approved link listing 150 high ports",
      description: link({ approval, ...restricted, ports: Array.from({ length: 150 }, (_, i) => 49152 + i) }),
      expected: [{ messageId: "anyPort", path: "/connections/0/ports" }],
    },
    {
      // Fifty-seventh review: an auditor asks, at the check's severity, about a list of a few dozen ports on a My Number
      // line (a range or a template copied in): each port needs its reason under 6(3)①'s "restricted".
      name: "an approved link listing 40 ports (a range copied in)",
      description: link({ approval, ...restricted, ports: Array.from({ length: 40 }, (_, i) => 10000 + i) }),
      expected: [{ messageId: "portsBroad", outcome: "needs-evidence", path: "/connections/0/ports", data: { count: "40" } }],
    },
    {
      // Fifty-sixth review: telnet and SMB among a short list passed. No service across the My Number boundary needs a
      // clear-text shell or a Windows file share; an auditor asks why they are open.
      name: "an approved link with telnet and SMB among six ports",
      description: link({ approval, ...restricted, ports: [443, 23, 1521, 445, 139, 22] }),
      expected: [
        {
          messageId: "portsShellOrShare",
          outcome: "needs-evidence",
          path: "/connections/0/ports",
          data: { ports: "23（telnet）、139（NetBIOS/SMB）、445（SMB）" },
        },
      ],
    },
    {
      // Sixtieth review: My Number terminals saving files to the LGWAN zone's file share; written as SMB, the share
      // passed, while port 445 alone was asked about. Out of the My Number zone, a file share is asked however written.
      name: "an approved file share from the My Number zone to an LGWAN file server, written as SMB",
      description: link({ approval, ...restricted, protocols: ["smb"], ports: [445] }),
      expected: [
        { messageId: "portsShellOrShare", outcome: "needs-evidence", path: "/connections/0/ports", data: { ports: "445（SMB）" } },
      ],
    },
    {
      name: "an approved file share from the My Number zone named only by its protocol",
      description: link({ approval, ...restricted, protocols: ["SMB3"], ports: [443] }),
      expected: [
        {
          messageId: "portsShellOrShare",
          outcome: "needs-evidence",
          path: "/connections/0/ports",
          data: { ports: "ファイル共有（protocols の SMB3）" },
        },
      ],
    },
    {
      // Sixtieth review: an LGWAN-zone management server takes control of My Number terminals and pushes software to
      // them, approved and restricted by address. Whoever holds that server operates the zone: an auditor asks, critical.
      name: "approved remote operation from an LGWAN management server into the My Number zone",
      description: description([mynumberSystem(), lgwanSystem()], {
        municipality: APPROVING_MUNICIPALITY,
        connections: [
          {
            id: "ops",
            from: { system: "groupware" },
            to: { system: "juki" },
            direction: "one-way",
            approval,
            ...restricted,
            protocols: ["rdp", "資産管理エージェント"],
            ports: [3389, 10001],
          },
        ],
      }),
      expected: [
        {
          messageId: "remoteOperationIntoMyNumber",
          outcome: "needs-evidence",
          path: "/connections/0",
          severity: "high",
          data: { operation: "rdp, 資産管理エージェント" },
        },
      ],
    },
    {
      // Fifty-fifth review: the 住基ネット line written as a closed line through a vendor's network passed.
      name: "a 住基ネット line through a vendor's network",
      description: national("住基ネット", { transport: "closed-line", via: ["vendor-network"] }),
      expected: [{ messageId: "viaVendorNetwork", outcome: "needs-evidence", severity: "high", path: "/connections/0/via" }],
    },
    ...[
      { ports: [13389], purpose: "リモートデスクトップ（ポート変更）によるヘルプデスク対応" },
      { protocols: ["資産管理ツール（SKYSEA Client View）"], ports: [52000], purpose: "端末のリモート操作・ソフトウェア配布" },
      { protocols: ["TeamViewer"], ports: [5938] },
      { ports: [2222], purpose: "基幹系サーバの保守（SSH、ポート変更）" },
    ].map((facts, i) => ({
      // Sixty-first review: remote operation written by its product, its purpose or on another port passed.
      name: `approved remote operation into the My Number zone written another way (${i + 1})`,
      description: description([mynumberSystem(), lgwanSystem()], {
        municipality: APPROVING_MUNICIPALITY,
        connections: [
          { id: "ops", from: { system: "groupware" }, to: { system: "juki" }, direction: "one-way", approval, ...restricted, ...facts },
        ],
      }),
      expected: [{ messageId: "remoteOperationIntoMyNumber" as const, outcome: "needs-evidence" as const, path: "/connections/0" }],
    })),
    {
      // Sixty-first review: NFS mounts the other zone's storage as SMB does.
      name: "an approved NFS mount from the My Number zone",
      description: link({ approval, ...restricted, protocols: ["nfs"], ports: [2049] }),
      expected: [
        { messageId: "portsShellOrShare", outcome: "needs-evidence", path: "/connections/0/ports", data: { ports: "2049（NFS）" } },
      ],
    },
    {
      name: "an approved link listing ports 1 to 1024 with RDP and VNC",
      description: link({ approval, ...restricted, ports: [...Array.from({ length: 1024 }, (_, i) => i + 1), 3389, 5900] }),
      expected: [{ messageId: "anyPort", path: "/connections/0/ports" }],
    },
    {
      // Fifty-fifth review: another body's system that goes straight to the internet, reached by an approved,
      // restricted line from the My Number zone. The zone is one hop from the internet; an auditor fails it at critical
      // whatever the approval (6(3)①).
      name: "an approved, restricted line to another body's system that is connected to the internet itself",
      description: (() => {
        const d = toOtherBody({ approval, addressRestriction: { ip: true, mac: true }, ports: [443] }) as { connections: unknown[] };
        return {
          ...d,
          connections: [
            ...d.connections,
            { id: "kaigo-net", from: { system: "kaigo" }, to: { external: "public-internet" }, direction: "bidirectional" },
          ],
        };
      })(),
      expected: [{ messageId: "otherBodyOnInternet", severity: "critical", path: "/connections/0", data: { internetLink: "kaigo-net" } }],
    },
    {
      // The internet zone's terminals enter the VDI by screen transfer and operate the core system from it, screen within
      // screen: an auditor fails the approved link at critical (6(3)①), the approval notwithstanding.
      name: "an approved RDP link from the LGWAN VDI into the My Number system, the VDI entered from the internet zone",
      profile: { ...hitoyoshiProfile, networkModel: "beta-prime" },
      description: vdiChain({ from: { system: "oa", terminalGroup: "oa-pc" }, to: { system: "vdi" } }),
      expected: [{ messageId: "operatedFromInternet", severity: "critical", path: "/connections/0", data: { inbound: "into-vdi" } }],
    },
    {
      // Fifty-sixth review: the VDI the internet zone enters opens RDP to an LGWAN jump host, which opens it into the core
      // system; the chain is the same way in.
      name: "the VDI the internet zone enters reaches the core system through an LGWAN jump host",
      profile: { ...hitoyoshiProfile, networkModel: "beta-prime" },
      description: (() => {
        const d = vdiChain({ from: { system: "oa", terminalGroup: "oa-pc" }, to: { system: "vdi" } }) as {
          systems: Record<string, unknown>[];
          connections: Record<string, unknown>[];
        };
        return {
          ...d,
          systems: [...d.systems, lgwanSystem({ id: "jump", name: "LGWAN踏み台サーバ", terminalGroups: [] })],
          connections: [
            { ...(d.connections[0] as Record<string, unknown>), from: { system: "jump" } },
            d.connections[1],
            {
              id: "vdi-to-jump",
              from: { system: "vdi" },
              to: { system: "jump" },
              direction: "one-way",
              transport: "lan",
              protocols: ["rdp"],
            },
          ],
        };
      })(),
      expected: [{ messageId: "operatedFromInternet", severity: "critical", path: "/connections/0", data: { inbound: "into-vdi" } }],
    },
    {
      // Fifty-sixth review: another body's server reaching the internet through its own proxy is as near the internet.
      name: "an approved, restricted line to another body's system whose proxy goes to the internet",
      description: (() => {
        const d = toOtherBody({ approval, addressRestriction: { ip: true, mac: true }, ports: [443] }) as {
          systems: Record<string, unknown>[];
          connections: unknown[];
        };
        return {
          ...d,
          systems: [
            ...d.systems,
            mynumberSystem({ id: "proxy", name: "組合プロキシ", ownerBody: "人吉球磨広域行政組合", department: "事務局" }),
          ],
          connections: [
            ...d.connections,
            { id: "kaigo-proxy", from: { system: "kaigo" }, to: { system: "proxy" }, direction: "bidirectional" },
            { id: "proxy-net", from: { system: "proxy" }, to: { external: "public-internet" }, direction: "bidirectional" },
          ],
        };
      })(),
      expected: [{ messageId: "otherBodyOnInternet", severity: "critical", path: "/connections/0", data: { internetLink: "proxy-net" } }],
    },
    {
      name: "an unapproved link to the LGWAN zone",
      description: link(restricted),
      expected: [{ messageId: "notApproved", path: "/connections/0" }],
    },
    {
      name: "an approved link open to any port and any address",
      description: link({ approval, transport: "lan", addressRestriction: { ip: false, mac: false }, ports: ["any"] }),
      expected: [
        { messageId: "addressUnrestricted", path: "/connections/0/addressRestriction" },
        { messageId: "anyPort", path: "/connections/0/ports" },
      ],
    },
    {
      name: "an approved, restricted link from an internet-zone server is still denied",
      description: description([mynumberSystem(), internetSystem()], {
        connections: [{ id: "c1", from: { system: "web-mail" }, to: { system: "juki" }, direction: "one-way", approval, ...restricted }],
      }),
      expected: [{ messageId: "denied", path: "/connections/0" }],
    },
    {
      name: "an approved vendor link over an internet VPN counts as the internet",
      description: description([mynumberSystem()], {
        connections: [
          {
            id: "c1",
            from: { external: "vendor-network" },
            to: { system: "juki" },
            direction: "one-way",
            approval,
            ...restricted,
            transport: "internet-vpn",
          },
        ],
      }),
      expected: [{ messageId: "overInternet", path: "/connections/0/transport" }],
    },
    {
      // Thirty-second review: the guideline lets the My Number zone reach over the LGWAN only systems of public
      // bodies (designated national systems); a vendor's maintenance line over the LGWAN fails at critical
      // whatever its approval, as the same far end written as an LGWAN-ASP does (nationalOnly).
      name: "an approved, restricted vendor link into the My Number zone over the LGWAN",
      description: approvedLink([mynumberSystem()], { external: "vendor-network" }, { system: "juki" }, { transport: "lgwan" }),
      expected: [{ messageId: "overLgwan", severity: "critical", path: "/connections/0/transport" }],
    },
    {
      // Seventy-seventh review: a 広域連合's system reached over the LGWAN is another body's network, not a vendor's.
      name: "an approved, restricted link from the My Number zone to another body's system over the LGWAN",
      description: toOtherBody({ approval, ...restricted, transport: "lgwan" }),
      expected: [
        {
          messageId: "overLgwan",
          severity: "critical",
          path: "/connections/0/transport",
          data: { farNetworkJa: "基本方針 4(1) の適用範囲外の機関のネットワーク" },
        },
      ],
    },
    {
      // Thirty-second review: the same link written as a closed line through the LGWAN.
      name: "an approved, restricted vendor link into the My Number zone called a closed line, via the LGWAN",
      description: vendorClosedLine("lgwan-network"),
      expected: [{ messageId: "overLgwan", severity: "critical", path: "/connections/0/transport" }],
    },
    ...[{ transport: "lgwan" }, { transport: "dedicated-line", via: ["lgwan-network"] }].map((line) => ({
      // Fifty-second review: the My Number terminals' line to their standardised system in Government Cloud carried by
      // the LGWAN. An auditor fails it at critical: the zone's traffic with the LGWAN is for national systems only, and
      // the guideline has the standardised systems reached over dedicated lines or the connection service.
      name: `My Number terminals reach their Government Cloud system over the LGWAN (${JSON.stringify(line)})`,
      description: approvedLink(
        [mynumberSystem(), mynumberSystem({ id: "std-juki", name: "標準準拠 住民記録", hosting: { kind: "government-cloud" } })],
        { system: "juki", terminalGroup: "mn-pc" },
        { system: "std-juki" },
        line,
      ),
      expected: [{ messageId: "overLgwanInside", severity: "critical" as const, path: "/connections/0/transport" }],
    })),
    {
      // The same for a branch office reaching the main site's My Number system over the LGWAN.
      name: "a branch's My Number terminals reach the main site's system over the LGWAN",
      description: approvedLink(
        [mynumberSystem(), mynumberSystem({ id: "shisho", name: "支所窓口端末" })],
        { system: "shisho" },
        { system: "juki" },
        { transport: "lgwan" },
      ),
      expected: [{ messageId: "overLgwanInside", severity: "critical", path: "/connections/0/transport" }],
    },
    {
      // Fourth auditor (r19): until the name is known, the link cannot be told from any other link out of the zone.
      name: "a national system name the vocabulary does not know needs evidence at critical",
      description: national("中間サーバー連携ASP（民間）"),
      expected: [{ messageId: "nationalUnknown", outcome: "needs-evidence", severity: "critical", path: "/connections/0" }],
    },
    ...["J-LIS", "JLIS", "地方公共団体情報システム機構", "地方公共団体情報システム機構（J-LIS）"].map((service) => ({
      // Thirty-second review: J-LIS is an organisation that runs many services, LGWAN-ASP among them, not a designated
      // system. Its name alone does not say which system the My Number zone reaches, so an auditor asks (6(3)①).
      name: `the operator's name alone: ${service}`,
      description: national(service),
      expected: [
        { messageId: "nationalUnknown", outcome: "needs-evidence" as const, severity: "critical" as const, path: "/connections/0" },
      ],
    })),
    ...["eLTAX（電子申請ASP 共同利用）", "中間サーバー（LGWAN-ASP）", "住基ネット（SaaS 連携）"].map((service) => ({
      // Fifty-fifth review: a note naming an ASP or a SaaS says the end is that service, not the national system.
      name: `a national system name with a note naming an ASP or SaaS: ${service}`,
      description: national(service),
      expected: [
        { messageId: "nationalUnknown", outcome: "needs-evidence" as const, severity: "critical" as const, path: "/connections/0" },
      ],
    })),
    ...["J-LIS（LGWAN-ASP）", "J-LIS（住基ネット・LGWAN-ASP）", "J-LIS（住基ネット）（検証環境）"].map((service) => ({
      // Thirty-third review: an operator whose note names no designated system, two systems, or a test copy of one
      // still does not say which national system the My Number zone reaches, so an auditor asks (6(3)①).
      name: `the operator with a note naming no single designated system: ${service}`,
      description: national(service),
      expected: [
        { messageId: "nationalUnknown", outcome: "needs-evidence" as const, severity: "critical" as const, path: "/connections/0" },
      ],
    })),
    {
      // Twenty-eighth review: a note saying the end is not the system itself keeps the question.
      name: "a note saying the end is a vendor's test copy: 中間サーバー（ベンダー検証環境）",
      description: national("中間サーバー（ベンダー検証環境）"),
      expected: [{ messageId: "nationalUnknown", outcome: "needs-evidence", severity: "critical", path: "/connections/0" }],
    },
    {
      // Nineteenth review: words naming different systems, or a word naming none, leave it unknown; with nothing
      // close, the message lists the known names.
      name: "words that do not all name one system: 中間サーバー 経由 インターネット",
      description: national("中間サーバー 経由 インターネット"),
      expected: [{ messageId: "nationalUnknown", outcome: "needs-evidence", path: "/connections/0" }],
    },
    {
      name: "a name nothing is close to lists the known names",
      description: national("ABCDEFG"),
      expected: [
        {
          messageId: "nationalUnknown",
          outcome: "needs-evidence",
          path: "/connections/0",
          data: {
            suggestionJa:
              "（一覧の名称：住民基本台帳ネットワークシステム（住基ネット）、中間サーバー、戸籍情報連携システム、国保総合システム（国民健康保険団体連合会）、J-LIS のサービス（コンビニ交付等）、地方税ポータルシステム（eLTAX）、マイナポータル（ぴったりサービス））",
          },
        },
      ],
    },
    // Fourth auditor (r2): an approval is what makes a link an exception, so whoever wrote it must be able to approve,
    // and it must exist on the evaluation date. Otherwise anyone clears a 6(3)① breach by writing `approval`.
    {
      // Seventy-third review: a romanised name cannot be compared with the organisation's Japanese; asked, not failed.
      name: "an approval by the mayor written in Latin letters",
      description: {
        ...link({ ...restricted, approval: { ...approval, approvedBy: "Mayor Matsumoto" } }),
        municipality: {
          name: "人吉市",
          roles: [
            { role: "head", person: "市長 松本 一郎" },
            { role: "ciso", person: "副市長 田中 誠" },
          ],
        },
      },
      expected: [
        { messageId: "approverNotComparable", outcome: "needs-evidence", severity: "medium", path: "/connections/0/approval/approvedBy" },
      ],
    },
    {
      name: "an approval given by the vendor itself",
      description: link({ ...restricted, approval: { ...approval, approvedBy: "株式会社ひごソリューションズ 保守責任者" } }),
      expected: [{ messageId: "approverNotAuthorised", severity: "critical", path: "/connections/0/approval/approvedBy" }],
    },
    {
      // Ninth review: a role word beside anyone but its holder is nobody.
      name: "an approval by 「CISO（南九州ソリューションズ）」",
      description: link({ ...restricted, approval: { ...approval, approvedBy: "CISO（南九州ソリューションズ）" } }),
      expected: [{ messageId: "approverNotAuthorised", path: "/connections/0/approval/approvedBy" }],
    },
    {
      // Ninth review: a vendor the description lists cannot approve its own link by being written in as the CISO.
      name: "an approval by a vendor listed as the CISO",
      description: description([mynumberSystem(), lgwanSystem()], {
        municipality: { name: "人吉市", roles: [{ role: "ciso", person: "株式会社南九州ソリューションズ" }] },
        vendors: [{ id: "mks", name: "株式会社南九州ソリューションズ" }],
        connections: [
          {
            id: "c1",
            from: { system: "juki" },
            to: { system: "groupware" },
            direction: "one-way",
            ...restricted,
            approval: { ...approval, approvedBy: "株式会社南九州ソリューションズ" },
          },
        ],
      }),
      expected: [{ messageId: "approverNotAuthorised", severity: "critical", path: "/connections/0/approval/approvedBy" }],
    },
    {
      name: "an approval by someone the organisation does not list (「誰か」)",
      description: link({ ...restricted, approval: { ...approval, approvedBy: "誰か" } }),
      expected: [{ messageId: "approverNotAuthorised", path: "/connections/0/approval/approvedBy" }],
    },
    {
      name: "an approval dated after the evaluation date",
      description: link({ ...restricted, approval: { ...approval, approvedOn: "2026-09-01" } }),
      expected: [{ messageId: "approvalAfterDate", path: "/connections/0/approval/approvedOn" }],
    },
    {
      name: "an approval with a reference only: who and when are asked for",
      description: link({ ...restricted, approval: { reference: "情政第12号" } }),
      expected: [{ messageId: "approvalIncomplete", outcome: "needs-evidence", severity: "critical", path: "/connections/0/approval" }],
    },
    {
      name: "an approval 「未定」: nobody approved",
      description: link({ ...restricted, approval: { ...approval, approvedBy: "未定" } }),
      expected: [{ messageId: "approvalIncomplete", outcome: "needs-evidence", path: "/connections/0/approval" }],
    },
    {
      // Thirty-second review: under a town's profile the spec is evaluated with the town's inventory, and the
      // message says whose (the guideline's exceptions are approved within the municipality the policy is for).
      name: "an approval in a description without the organisation, under a town's profile",
      description: link({ ...restricted, approval }, {}),
      profile: { ...hitoyoshiProfile, municipality: "木綿葉町" },
      expected: [
        {
          messageId: "approverUnverified",
          outcome: "needs-evidence",
          path: "/connections/0/approval/approvedBy",
          data: { municipality: "木綿葉町" },
        },
      ],
    },
    {
      // A vendor's delivery spec often leaves the organisation out: the approver is asked about, not suspected.
      name: "an approval in a description without the organisation",
      description: link({ ...restricted, approval }, {}),
      expected: [
        { messageId: "approverUnverified", outcome: "needs-evidence", severity: "medium", path: "/connections/0/approval/approvedBy" },
      ],
    },
    {
      // Eleventh review: the same LGWAN-ASP written as a system; an approval does not permit it either.
      name: "an approved, restricted link to an LGWAN-ASP written as a system",
      description: approvedLink(
        [mynumberSystem(), lgwanSystem({ id: "asp", name: "電子申請（LGWAN-ASP）", hosting: { kind: "lgwan-asp" } })],
        { system: "juki" },
        { system: "asp" },
        { transport: "lgwan" },
      ),
      expected: [{ messageId: "nationalOnly", severity: "critical", path: "/connections/0" }],
    },
    {
      // Fourth auditor (r14): from the My Number zone, the LGWAN is reached only for designated national systems.
      name: "an approved, restricted link to an LGWAN-ASP",
      description: approvedLink(
        [mynumberSystem()],
        { system: "juki" },
        { external: "lgwan-network", service: "LGWAN-ASP 電子申請" },
        { transport: "lgwan" },
      ),
      expected: [{ messageId: "nationalOnly", severity: "critical", path: "/connections/0" }],
    },
    {
      // Fourth auditor (r1): a link that lists the internet among the networks it passes is an internet link, whatever its transport is called.
      name: "a vendor link called a closed line that passes through the internet",
      description: vendorClosedLine("public-internet"),
      expected: [{ messageId: "overInternet", severity: "critical", path: "/connections/0/transport" }],
    },
    {
      // Tenth review: the security cloud stands on the internet side; a line through it has left the closed networks.
      name: "a vendor closed line that passes through the security cloud",
      description: vendorClosedLine("security-cloud"),
      expected: [{ messageId: "overInternet", severity: "critical", path: "/connections/0/transport" }],
    },
    {
      name: "restriction, ports and transport not stated",
      description: link({ approval }),
      expected: [
        { messageId: "transportUnknown", outcome: "needs-evidence", path: "/connections/0" },
        { messageId: "addressUnknown", outcome: "needs-evidence", path: "/connections/0" },
        { messageId: "portsUnknown", outcome: "needs-evidence", path: "/connections/0" },
      ],
    },
    {
      // Thirty-second review: refused in the direction it states, the link is refused either way; whether it
      // is one-way is no question beside that fail.
      name: "the reverse of a link without a stated direction out to the internet zone",
      description: description([mynumberSystem(), internetSystem()], {
        connections: [{ id: "c1", from: { system: "juki" }, to: { system: "web-mail" }, ...restricted }],
      }),
      expected: [{ messageId: "denied", path: "/connections/0" }],
    },
    {
      // Fidelity pass (audit-ng-beta-prime-shortcuts): two places of one zone, so the message says "within the My
      // Number zone", not "between the My Number zone and the My Number zone". (The terminal-to-Government-Cloud line of
      // that review is now government-cloud-closed-line's finding.)
      name: "two My Number sites joined over an internet VPN",
      description: description([mynumberSystem(), mynumberSystem({ id: "tax", name: "住民税システム" })], {
        connections: [
          {
            id: "vpn",
            from: { system: "juki" },
            to: { system: "tax" },
            direction: "one-way",
            transport: "internet-vpn",
            ports: [443],
            addressRestriction: { ip: true },
          },
        ],
      }),
      expected: [
        {
          messageId: "overInternet",
          path: "/connections/0/transport",
          data: { betweenJa: "マイナンバー利用事務系の中", betweenEn: "within the My Number zone" },
        },
      ],
    },
    {
      // First-contact review: a My Number system wired to a relay whose zone is not stated (which goes
      // on to the internet) passed unseen, as not applicable. Whatever the relay is, the link is into
      // or out of the My Number zone; an auditor asks what the other end is (needs evidence, 6(3)①).
      name: "a link from the My Number zone to a system of no stated zone",
      description: description([mynumberSystem(), { id: "relay", name: "中継サーバ" }], {
        connections: [{ id: "mn-to-relay", from: { system: "juki" }, to: { system: "relay" }, direction: "one-way", ...restricted }],
      }),
      expected: [{ messageId: "zoneUnknown", outcome: "needs-evidence", path: "/connections/0", clauses: ["6(3)①"], severity: "critical" }],
    },
  ],
};

export default table;

import { description, internetSystem, lgwanSystem } from "../../../test/support/fixtures.js";
import { hitoyoshiProfile } from "../../profiles/hitoyoshi.js";
import type { CheckTable } from "../../vitest/check-tester.js";

/** internet-zone mail → LGWAN groupware, with the given facts. */
const inbound = (connection: Record<string, unknown>) =>
  description([internetSystem(), lgwanSystem()], {
    connections: [{ id: "mail-in", from: { system: "web-mail" }, to: { system: "groupware" }, direction: "one-way", ...connection }],
  });
/** LGWAN groupware → internet-zone relay, with the given facts. */
const outbound = (connection: Record<string, unknown>) =>
  description([internetSystem(), lgwanSystem()], {
    connections: [{ id: "mail-out", from: { system: "groupware" }, to: { system: "web-mail" }, ...connection }],
  });
const beta = { ...hitoyoshiProfile, networkModel: "beta" as const };
/** β: internet-zone business terminals → an LGWAN business system. */
const betaTerminals = (sanitisation: string[] | undefined, extra: Record<string, unknown> = {}) =>
  description([lgwanSystem({ terminalGroups: [{ id: "pc", name: "業務端末", zone: "internet", attachedZones: ["internet"] }] })], {
    connections: [
      {
        id: "vdi",
        from: { system: "groupware", terminalGroup: "pc" },
        to: { system: "groupware" },
        direction: "one-way",
        ...(sanitisation === undefined ? {} : { sanitisation }),
        ...extra,
      },
    ],
  });

/**
 * β: files or mail brought into the LGWAN zone through a sanitiser, system to system. 6(3)② asks
 * for 無害化通信 between the two zones, and 2(13) names text conversion of mail and screen transfer
 * "等"; the β model's screen-transfer rule is about internet-zone terminals using LGWAN business
 * systems, and under β files and mail still come in through file sanitisation or text conversion.
 * An auditor expects no finding when the method fits the traffic, and the usual findings when not.
 */
const betaImport = (role: "file-sanitiser" | "mail-sanitiser", sanitisation: string[], protocols: string[], at: "system" | "server") =>
  description(
    [
      internetSystem(
        at === "system"
          ? { id: "cleaner", name: "無害化装置", boundaryRole: role, attachedZones: ["internet", "lgwan"] }
          : { servers: [{ id: "cleaner", name: "無害化サーバ", boundaryRole: role, attachedZones: ["internet", "lgwan"] }] },
      ),
      lgwanSystem(),
    ],
    {
      connections: [
        {
          id: "import",
          from: at === "system" ? { system: "cleaner" } : { system: "web-mail", server: "cleaner" },
          to: { system: "groupware" },
          direction: "one-way",
          sanitisation,
          protocols,
        },
      ],
    },
  );

/**
 * A town with no internet-zone equipment of its own: its LGWAN-zone staff browse through the prefecture's security
 * cloud's virtual browser and receive internet mail through its mail sanitiser, both over the LGWAN (seventy-fourth
 * review). 2(13) names screen transfer and mail text conversion as 無害化通信 and 6(3)② admits sanitised traffic
 * across the split: an auditor expects these links to pass when sanitised as they say, to fail when they say they are
 * not, and to be asked about when they say nothing of it — as the same links to the town's own internet zone would be.
 */
const securityCloudServices = (browse: Record<string, unknown>, mail: Record<string, unknown> = {}) =>
  description([lgwanSystem({ terminalGroups: [{ id: "pc", name: "職員端末" }] })], {
    connections: [
      {
        id: "vbrowser",
        from: { system: "groupware", terminalGroup: "pc" },
        to: { external: "security-cloud", service: "熊本県自治体情報セキュリティクラウド 仮想ブラウザ" },
        direction: "one-way",
        transport: "lgwan",
        ports: [443],
        ...browse,
      },
      {
        id: "inet-mail",
        from: { external: "security-cloud", service: "熊本県自治体情報セキュリティクラウド メール無害化" },
        to: { system: "groupware" },
        direction: "one-way",
        transport: "closed-line",
        ports: [25],
        sanitisation: ["mail-text-conversion", "file-sanitisation"],
        ...mail,
      },
    ],
  });

/**
 * Seventy-eighth review: LGWAN-zone staff terminals reaching the internet side by the web, with the given facts and far end.
 * 2(13) names screen transfer to the terminal as the sanitised way; file sanitisation cleans downloaded files only, so a
 * proxy with it lets pages reach the terminal (an auditor expects a critical fail), while fetching sanitised files from
 * a file sanitiser over the web is the download relay the guideline describes (no finding).
 */
const staffWeb = (to: Record<string, unknown>, sanitisation: string[], extra: Record<string, unknown> = {}) =>
  description([internetSystem(extra), lgwanSystem({ terminalGroups: [{ id: "pc", name: "職員端末" }] })], {
    connections: [
      {
        id: "web",
        from: { system: "groupware", terminalGroup: "pc" },
        to,
        direction: "one-way",
        ...("external" in to ? { transport: "lgwan" } : {}),
        protocols: ["https"],
        ports: [443],
        sanitisation,
      },
    ],
  });
/** Seventy-eighth review: a screen session opened from the internet side into an LGWAN system's server. */
const screenIn = (from: Record<string, unknown>, to: Record<string, unknown>) =>
  description([internetSystem(), lgwanSystem({ servers: [{ id: "ap01", name: "APサーバ" }] })], {
    connections: [
      {
        id: "rdp",
        from,
        to,
        direction: "one-way",
        transport: "closed-line",
        protocols: ["rdp"],
        ports: [3389],
        sanitisation: ["screen-transfer"],
      },
    ],
  });

const table: CheckTable = {
  valid: [
    {
      name: "staff terminals fetch sanitised files from a declared file sanitiser over the web",
      description: staffWeb({ system: "web-mail" }, ["file-sanitisation"], {
        boundaryRole: "file-sanitiser",
        attachedZones: ["internet", "lgwan"],
      }),
    },
    {
      name: "staff terminals browse through the security cloud's virtual browser (screen transfer over https)",
      description: staffWeb({ external: "security-cloud", service: "仮想ブラウザ" }, ["screen-transfer"], {}),
    },
    {
      // Eightieth review: sanitisers are often sold as 「…ゲートウェイ」 or by product name; the purpose says what the link is for.
      name: "staff terminals fetch sanitised files from 「ファイル無害化ゲートウェイ」 and from Votiro by name",
      description: {
        ...staffWeb({ external: "security-cloud", service: "ファイル無害化ゲートウェイ" }, ["file-sanitisation"]),
        connections: ["ファイル無害化ゲートウェイ", "Votiro Secure File Gateway"].map((service, i) => ({
          id: `dl${i}`,
          from: { system: "groupware", terminalGroup: "pc" },
          to: { external: "security-cloud", service },
          direction: "one-way",
          transport: "lgwan",
          protocols: ["https"],
          sanitisation: ["file-sanitisation"],
        })),
      },
    },
    {
      name: "staff terminals fetch files from an internet-zone system whose link's purpose says sanitised files are taken out",
      description: {
        ...staffWeb({ system: "web-mail" }, ["file-sanitisation"]),
        connections: [
          {
            id: "dl",
            from: { system: "groupware", terminalGroup: "pc" },
            to: { system: "web-mail" },
            direction: "one-way",
            protocols: ["https"],
            sanitisation: ["file-sanitisation"],
            purpose: "無害化済みファイルの取り出し",
          },
        ],
      },
    },
    {
      // Eightieth review: the prefecture's virtual browser written the way the screen flows, into the town's terminals.
      name: "the security cloud's virtual browser sends its screen over the LGWAN to a system of terminals only",
      description: description([lgwanSystem({ id: "lgwan-pc", terminalGroups: [{ id: "pc", name: "職員端末" }] })], {
        connections: [
          {
            id: "vb",
            from: { external: "security-cloud", service: "熊本県自治体情報セキュリティクラウド 仮想ブラウザ" },
            to: { system: "lgwan-pc" },
            direction: "one-way",
            transport: "lgwan",
            protocols: ["ica"],
            ports: [1494, 443],
            sanitisation: ["screen-transfer"],
            purpose: "仮想ブラウザの画面を職員端末へ転送（インターネット閲覧）",
          },
        ],
      }),
    },
    {
      // Eightieth review: under β, an RD gateway (a declared screen-transfer appliance) relays the internet-zone terminals'
      // sessions to the LGWAN virtual desktops: the β model's arrangement, judged by its rules, not as remote operation.
      name: "under β, an RD gateway relays terminals' screen sessions to an LGWAN virtual desktop server",
      description: description(
        [
          internetSystem({ id: "rdgw", name: "RD ゲートウェイ", boundaryRole: "screen-transfer", businessFunctions: ["screen-transfer"] }),
          lgwanSystem({ servers: [{ id: "vda01", name: "仮想デスクトップ基盤" }] }),
        ],
        {
          connections: [
            {
              id: "gw-vdi",
              from: { system: "rdgw" },
              to: { system: "groupware", server: "vda01" },
              direction: "one-way",
              protocols: ["rdp"],
              sanitisation: ["screen-transfer"],
            },
          ],
        },
      ),
      profile: beta,
    },
    {
      // The prefecture's virtual browser sends its screen to a system of terminals and servers written whole; its purpose
      // names who runs the browser, not maintenance of the LGWAN system.
      name: "the security cloud's virtual browser sends its screen to a mixed LGWAN system, the purpose saying the prefecture runs it",
      description: description(
        [lgwanSystem({ terminalGroups: [{ id: "pc", name: "職員端末" }], servers: [{ id: "ap", name: "APサーバ" }] })],
        {
          connections: [
            {
              id: "vb",
              from: { external: "security-cloud", service: "熊本県自治体情報セキュリティクラウド 仮想ブラウザ" },
              to: { system: "groupware" },
              direction: "one-way",
              transport: "lgwan",
              protocols: ["ica"],
              sanitisation: ["screen-transfer"],
              purpose: "仮想ブラウザ（県が運用）の画面を職員へ",
            },
          ],
        },
      ),
    },
    {
      // The LGWAN mail server fetching sanitised mail from the internet-zone sanitiser by POP: the LGWAN side reads.
      name: "the LGWAN mail server fetches sanitised mail from the internet-zone sanitiser by POP",
      description: description([internetSystem(), lgwanSystem()], {
        connections: [
          {
            id: "fetch",
            from: { system: "groupware" },
            to: { system: "web-mail" },
            direction: "bidirectional",
            protocols: ["pop3s"],
            sanitisation: ["mail-text-conversion", "file-sanitisation"],
          },
        ],
      }),
    },
    {
      // Eighty-second review: a declared sanitiser outranks a purpose that says its sanitised files are viewed.
      name: "staff terminals fetch from a declared file sanitiser, the purpose saying sanitised files are viewed and taken out",
      description: {
        ...staffWeb({ system: "web-mail" }, ["file-sanitisation"], {
          boundaryRole: "file-sanitiser",
          attachedZones: ["internet", "lgwan"],
        }),
        connections: [
          {
            id: "dl",
            from: { system: "groupware", terminalGroup: "pc" },
            to: { system: "web-mail" },
            direction: "one-way",
            protocols: ["https"],
            sanitisation: ["file-sanitisation"],
            purpose: "無害化済みファイルの閲覧・取り出し",
          },
        ],
      },
    },
    {
      // Eighty-fifth review: the purpose says where the files came from; the declared sanitiser hands them over.
      name: "staff terminals take in, from a declared file sanitiser, files obtained while browsing",
      description: {
        ...staffWeb({ system: "web-mail" }, ["file-sanitisation"], {
          boundaryRole: "file-sanitiser",
          attachedZones: ["internet", "lgwan"],
        }),
        connections: [
          {
            id: "dl",
            from: { system: "groupware", terminalGroup: "pc" },
            to: { system: "web-mail" },
            direction: "one-way",
            protocols: ["https"],
            sanitisation: ["file-sanitisation"],
            purpose: "インターネット閲覧で取得したファイルの取込",
          },
        ],
      },
    },
    {
      name: "staff terminals fetch files from the security cloud's file sanitising service",
      description: staffWeb({ external: "security-cloud", service: "ファイル無害化サービス" }, ["file-sanitisation"]),
    },
    {
      name: "the internet-zone virtual browser sends its screen to LGWAN staff terminals",
      description: description([internetSystem(), lgwanSystem({ terminalGroups: [{ id: "pc", name: "職員端末" }] })], {
        connections: [
          {
            id: "vb",
            from: { system: "web-mail" },
            to: { system: "groupware", terminalGroup: "pc" },
            direction: "one-way",
            protocols: ["rdp"],
            sanitisation: ["screen-transfer"],
          },
        ],
      }),
    },
    {
      name: "the security cloud's virtual browser and mail sanitiser, used by the LGWAN zone over the LGWAN and a closed line",
      description: securityCloudServices({ sanitisation: ["screen-transfer"] }),
    },
    {
      name: "the security cloud's virtual browser over a dedicated line",
      description: securityCloudServices({ sanitisation: ["screen-transfer"], transport: "dedicated-line" }),
    },
    {
      // Seventy-seventh review: a village that does not keep its LGWAN-ASP mailbox in its inventory writes it as a service on
      // the LGWAN; the sanitised mail it receives is the same crossing.
      name: "the security cloud's mail sanitiser delivering over the LGWAN to an LGWAN-ASP mail service written as the LGWAN",
      description: securityCloudServices(
        { sanitisation: ["screen-transfer"] },
        { to: { external: "lgwan-network", service: "LGWAN-ASP メールサービス" }, transport: "lgwan" },
      ),
    },
    {
      // The town's LGWAN mail is an LGWAN-ASP service written in its LGWAN zone: the sanitised mail it receives from the
      // security cloud over the LGWAN is the same crossing (seventy-fourth review).
      name: "the security cloud's mail sanitiser delivering over the LGWAN to the town's LGWAN-zone mail kept by an LGWAN-ASP",
      description: {
        ...securityCloudServices({ sanitisation: ["screen-transfer"] }, { transport: "lgwan" }),
        systems: [lgwanSystem({ terminalGroups: [{ id: "pc", name: "職員端末" }], hosting: { kind: "lgwan-asp" } })],
      },
    },
    {
      // Sixth review (r3): a declared boundary appliance stands on the internet side whichever zone its `zone` names;
      // files reach it freely and the hop it hands to the LGWAN side is the sanitised one.
      name: "a file sanitiser written as zone: lgwan, attached to both zones, with its role",
      description: description(
        [
          lgwanSystem(),
          internetSystem(),
          { id: "fsan", name: "ファイル無害化装置", zone: "lgwan", attachedZones: ["lgwan", "internet"], boundaryRole: "file-sanitiser" },
        ],
        {
          connections: [
            { id: "f1", from: { system: "web-mail" }, to: { system: "fsan" }, direction: "one-way", transport: "lan", protocols: ["smb"] },
            {
              id: "f2",
              from: { system: "fsan" },
              to: { system: "groupware" },
              direction: "one-way",
              transport: "lan",
              protocols: ["smb"],
              sanitisation: ["file-sanitisation"],
            },
          ],
        },
      ),
    },
    {
      name: "under β, files enter through a declared file sanitiser (file sanitisation)",
      description: betaImport("file-sanitiser", ["file-sanitisation"], ["smb"], "system"),
      profile: beta,
    },
    {
      name: "under β, mail enters through a declared mail sanitiser server (text conversion, attachments sanitised)",
      description: betaImport("mail-sanitiser", ["mail-text-conversion", "file-sanitisation"], ["smtp"], "server"),
      profile: beta,
    },
    {
      name: "under β, the internet-zone mail server delivers into LGWAN mail with bodies converted to text, attachments removed",
      description: inbound({ sanitisation: ["mail-text-conversion", "attachment-removal"], protocols: ["smtp"] }),
      profile: beta,
    },
    {
      name: "under β, business terminals reach an LGWAN business system by screen transfer",
      description: betaTerminals(["screen-transfer"]),
      profile: beta,
    },
    {
      name: "inbound mail converted to text with attachments removed",
      description: inbound({ sanitisation: ["mail-text-conversion", "attachment-removal"], protocols: ["smtp"] }),
    },
    {
      name: "files brought in through file sanitisation",
      description: inbound({ sanitisation: ["file-sanitisation"], protocols: ["https"] }),
    },
    {
      // Outbound mail pushed one way to the internet-zone relay brings nothing into LGWAN (review §3, FP-8).
      name: "an outbound SMTP relay, one-way",
      description: outbound({ direction: "one-way", protocols: ["smtp"], ports: [25] }),
    },
    {
      name: "under β, business terminals reach LGWAN systems by screen transfer",
      description: betaTerminals(["screen-transfer"]),
      profile: beta,
    },
  ],
  invalid: [
    {
      // Eighty-second review: 「SSH」 written for SFTP, the purpose saying so, delivering sanitised files into an LGWAN server:
      // not failed as a shell; which protocol it is stays asked.
      name: "a file sanitiser delivers into an LGWAN server by SFTP, written 「SSH」 with the purpose naming SFTP",
      description: description([internetSystem(), lgwanSystem({ servers: [{ id: "fs", name: "ファイルサーバ" }] })], {
        connections: [
          {
            id: "deliver",
            from: { system: "web-mail" },
            to: { system: "groupware", server: "fs" },
            direction: "one-way",
            protocols: ["SSH"],
            ports: [22],
            sanitisation: ["file-sanitisation"],
            purpose: "無害化済みファイルを SFTP で庁内ファイルサーバへ配送",
          },
        ],
      }),
      expected: [{ messageId: "protocolUnknown", outcome: "needs-evidence", path: "/connections/0/protocols" }],
    },
    {
      name: "staff terminals browse through an internet-zone proxy with file sanitisation only",
      description: staffWeb({ system: "web-mail" }, ["file-sanitisation"], { name: "Webプロキシ" }),
      expected: [{ messageId: "browsingNotScreenTransfer", severity: "critical", path: "/connections/0/sanitisation" }],
    },
    {
      // Eightieth review: a base that is both proxy and sanitiser is a proxy to the terminals browsing through it.
      name: "staff terminals browse through a base declared as web browsing and file sanitisation",
      description: staffWeb({ system: "web-mail" }, ["file-sanitisation"], { businessFunctions: ["web-browsing", "file-sanitisation"] }),
      expected: [{ messageId: "browsingNotScreenTransfer", severity: "critical", path: "/connections/0/sanitisation" }],
    },
    {
      // Eightieth review: a "sanitiser" whose link's purpose says browsing is browsing.
      name: "staff terminals reach a service named 無害化中継 whose purpose says web browsing",
      description: {
        ...staffWeb({ external: "security-cloud", service: "熊本県セキュリティクラウド 無害化中継" }, ["file-sanitisation"]),
        connections: [
          {
            id: "web",
            from: { system: "groupware", terminalGroup: "pc" },
            to: { external: "security-cloud", service: "熊本県セキュリティクラウド 無害化中継" },
            direction: "one-way",
            transport: "lgwan",
            protocols: ["https"],
            sanitisation: ["file-sanitisation"],
            purpose: "職員のインターネット閲覧（ダウンロードファイルは無害化）",
          },
        ],
      },
      expected: [{ messageId: "browsingNotScreenTransfer", severity: "critical", path: "/connections/0/sanitisation" }],
    },
    {
      // Eighty-second review: staff PCs written as their system (terminals only) browse through a proxy.
      name: "an LGWAN system of terminals only, written whole, browses through a proxy with file sanitisation only",
      description: description(
        [internetSystem({ name: "Webプロキシ" }), lgwanSystem({ terminalGroups: [{ id: "pc", name: "職員端末" }] })],
        {
          connections: [
            {
              id: "web",
              from: { system: "groupware" },
              to: { system: "web-mail" },
              direction: "one-way",
              protocols: ["https"],
              sanitisation: ["file-sanitisation"],
            },
          ],
        },
      ),
      expected: [{ messageId: "browsingNotScreenTransfer", severity: "critical", path: "/connections/0/sanitisation" }],
    },
    {
      // Seventy-eighth and eighty-fourth reviews: the field says screen transfer, the purpose says the pages are shown
      // directly and screen transfer was abolished.
      name: "staff terminals browse through the security cloud's proxy, the purpose saying screen transfer was abolished",
      description: {
        ...staffWeb({ external: "security-cloud", service: "県クラウド プロキシ" }, ["screen-transfer"]),
        connections: [
          {
            id: "web",
            from: { system: "groupware", terminalGroup: "pc" },
            to: { external: "security-cloud", service: "熊本県自治体情報セキュリティクラウド Webプロキシ" },
            direction: "one-way",
            transport: "lgwan",
            protocols: ["https"],
            ports: [80, 443],
            sanitisation: ["screen-transfer"],
            purpose: "県クラウドのプロキシを経由してWebサイトを直接表示。画面転送方式は廃止済み",
          },
        ],
      },
      expected: [{ messageId: "screenTransferDeniedInPurpose", severity: "critical", path: "/connections/0/purpose" }],
    },
    {
      // Eighty-second review: the security cloud syncs LGWAN mailboxes, sent mail included, by two-way IMAP.
      name: "the security cloud reads LGWAN-zone mailboxes by IMAP over the LGWAN",
      description: securityCloudServices(
        { sanitisation: ["screen-transfer"] },
        {
          transport: "lgwan",
          direction: "bidirectional",
          protocols: ["imaps"],
          ports: [993],
          sanitisation: ["mail-text-conversion", "attachment-removal"],
        },
      ),
      expected: [{ messageId: "mailboxReadFromOutside", severity: "critical", path: "/connections/1" }],
    },
    {
      // Eighty-fifth review: a name that says proxy outranks a ticked file-sanitiser role.
      name: "staff terminals browse through 「インターネット分離プロキシ」 declared a file sanitiser",
      description: staffWeb({ system: "web-mail" }, ["file-sanitisation"], {
        name: "インターネット分離プロキシ",
        boundaryRole: "file-sanitiser",
        attachedZones: ["internet", "lgwan"],
      }),
      expected: [{ messageId: "browsingNotScreenTransfer", severity: "critical", path: "/connections/0/sanitisation" }],
    },
    {
      // Eighty-fifth review: RDP into an LGWAN system written whole, for maintenance when it fails.
      name: "an internet-zone monitoring server opens RDP into an LGWAN system written whole, for maintenance at failures",
      description: description([internetSystem(), lgwanSystem()], {
        connections: [
          {
            id: "rdp",
            from: { system: "web-mail" },
            to: { system: "groupware" },
            direction: "one-way",
            protocols: ["rdp"],
            sanitisation: ["screen-transfer"],
            purpose: "障害時の遠隔保守",
          },
        ],
      }),
      expected: [{ messageId: "screenIntoSystem", severity: "critical", path: "/connections/0" }],
    },
    {
      // Eighty-fifth review: under β too, a shell through the screen-transfer relay is no screen transfer.
      name: "under β, SSH through a declared screen-transfer relay into an LGWAN server",
      description: description(
        [
          internetSystem({ id: "rdgw", name: "RD ゲートウェイ", boundaryRole: "screen-transfer", businessFunctions: ["screen-transfer"] }),
          lgwanSystem({ servers: [{ id: "ap", name: "APサーバ" }] }),
        ],
        {
          connections: [
            {
              id: "ssh",
              from: { system: "rdgw" },
              to: { system: "groupware", server: "ap" },
              direction: "one-way",
              protocols: ["SSH"],
              ports: [22],
              sanitisation: ["screen-transfer"],
            },
          ],
        },
      ),
      profile: beta,
      expected: [{ messageId: "screenIntoSystem", severity: "critical", path: "/connections/0" }],
    },
    {
      // Eighty-second review: a proxy on its own ports, no protocol written.
      name: "staff terminals browse through 「Squid」 on 3128/8080 with file sanitisation only, no protocol written",
      description: {
        ...staffWeb({ system: "web-mail" }, ["file-sanitisation"], { name: "Squid" }),
        connections: [
          {
            id: "web",
            from: { system: "groupware", terminalGroup: "pc" },
            to: { system: "web-mail" },
            direction: "one-way",
            ports: [3128, 8080],
            sanitisation: ["file-sanitisation"],
          },
        ],
      },
      expected: [{ messageId: "browsingNotScreenTransfer", severity: "critical", path: "/connections/0/sanitisation" }],
    },
    {
      // Eighty-second review: a web gateway that adds download sanitising is still the web exit.
      name: "staff terminals browse through 「セキュアWebゲートウェイ（ダウンロード無害化）」",
      description: staffWeb({ external: "security-cloud", service: "セキュアWebゲートウェイ（ダウンロード無害化）" }, [
        "file-sanitisation",
      ]),
      expected: [{ messageId: "browsingNotScreenTransfer", severity: "critical", path: "/connections/0/sanitisation" }],
    },
    {
      // A far end that says neither browsing nor sanitising, reached by https with file sanitisation only: asked.
      name: "staff terminals reach an internet-zone system by https with file sanitisation only, nothing saying what for",
      description: staffWeb({ system: "web-mail" }, ["file-sanitisation"]),
      expected: [{ messageId: "browsingOrDownload", outcome: "needs-evidence", severity: "critical", path: "/connections/0/sanitisation" }],
    },
    {
      name: "staff terminals browse through the security cloud's web proxy over the LGWAN with file sanitisation only",
      description: staffWeb({ external: "security-cloud", service: "Webプロキシ" }, ["file-sanitisation"], {}),
      expected: [{ messageId: "browsingNotScreenTransfer", severity: "critical", path: "/connections/0/sanitisation" }],
    },
    {
      // A proxy that also sanitises downloads is still a proxy: the pages reach the terminal.
      name: "staff terminals browse through the security cloud's 「Webプロキシ（ファイル無害化付き）」 with file sanitisation only",
      description: staffWeb({ external: "security-cloud", service: "Webプロキシ（ファイル無害化付き）" }, ["file-sanitisation"]),
      expected: [{ messageId: "browsingNotScreenTransfer", severity: "critical", path: "/connections/0/sanitisation" }],
    },
    {
      // Eightieth review: a shell or control tool from the security cloud's SOC into an LGWAN server, as screen transfer.
      name: "the security cloud's SOC opens SSH into an LGWAN server over a closed line",
      description: description([lgwanSystem({ servers: [{ id: "ap01", name: "APサーバ" }] })], {
        connections: [
          {
            id: "soc",
            from: { external: "security-cloud", service: "熊本県自治体情報セキュリティクラウド SOC" },
            to: { system: "groupware", server: "ap01" },
            direction: "one-way",
            transport: "closed-line",
            protocols: ["SSH"],
            ports: [22],
            sanitisation: ["screen-transfer"],
          },
        ],
      }),
      expected: [{ messageId: "screenIntoSystem", severity: "critical", path: "/connections/0" }],
    },
    {
      // Eightieth review: a system of servers only, written whole, receives a screen on its servers.
      name: "an internet-zone host opens RDP into an LGWAN system of servers only, written as the whole system",
      description: description([internetSystem(), lgwanSystem({ servers: [{ id: "db", name: "DBサーバ" }] })], {
        connections: [
          {
            id: "rdp",
            from: { system: "web-mail" },
            to: { system: "groupware" },
            direction: "one-way",
            protocols: ["rdp"],
            sanitisation: ["screen-transfer"],
            purpose: "財務会計サーバの運用（リモートデスクトップ）",
          },
        ],
      }),
      expected: [{ messageId: "screenIntoSystem", severity: "critical", path: "/connections/0" }],
    },
    {
      // Eightieth review: servers written as a terminal group, operated from the SOC: the purpose says remote operation.
      name: "the security cloud's SOC opens RDP into a terminal group, its purpose an investigation by remote desktop",
      description: description([lgwanSystem({ terminalGroups: [{ id: "consoles", name: "財務会計サーバ群（管理コンソール）" }] })], {
        connections: [
          {
            id: "soc",
            from: { external: "security-cloud", service: "熊本県自治体情報セキュリティクラウド SOC" },
            to: { system: "groupware", terminalGroup: "consoles" },
            direction: "one-way",
            transport: "closed-line",
            protocols: ["rdp"],
            sanitisation: ["screen-transfer"],
            purpose: "SOC からの調査（リモートデスクトップ）",
          },
        ],
      }),
      expected: [{ messageId: "screenIntoSystem", severity: "critical", path: "/connections/0" }],
    },
    {
      name: "an internet-zone host opens RDP into an LGWAN server, written as screen transfer",
      description: screenIn({ system: "web-mail" }, { system: "groupware", server: "ap01" }),
      expected: [{ messageId: "screenIntoSystem", severity: "critical", path: "/connections/0" }],
    },
    {
      name: "the security cloud's SOC opens RDP into an LGWAN system over a closed line, written as screen transfer",
      description: screenIn({ external: "security-cloud", service: "SOC" }, { system: "groupware" }),
      expected: [{ messageId: "screenIntoSystem", severity: "critical", path: "/connections/0" }],
    },
    {
      name: "unsanitised mail from the security cloud over the LGWAN into the town's LGWAN-zone mail kept by an LGWAN-ASP",
      description: {
        ...securityCloudServices({ sanitisation: ["screen-transfer"] }, { transport: "lgwan", sanitisation: [] }),
        systems: [lgwanSystem({ terminalGroups: [{ id: "pc", name: "職員端末" }], hosting: { kind: "lgwan-asp" } })],
      },
      expected: [{ messageId: "notSanitised", severity: "critical", path: "/connections/1/sanitisation" }],
    },
    {
      name: "the LGWAN zone browsing through the security cloud over the LGWAN, said to be unsanitised",
      description: securityCloudServices({ sanitisation: [] }),
      expected: [{ messageId: "notSanitised", severity: "critical", path: "/connections/0/sanitisation" }],
    },
    {
      name: "the LGWAN zone browsing through the security cloud over the LGWAN, sanitisation not written",
      description: securityCloudServices({}),
      expected: [{ messageId: "sanitisationUnknown", outcome: "needs-evidence", path: "/connections/0" }],
    },
    {
      name: "mail from the security cloud's sanitiser with only the attachments removed",
      description: securityCloudServices({ sanitisation: ["screen-transfer"] }, { sanitisation: ["attachment-removal"] }),
      expected: [{ messageId: "attachmentOnly", path: "/connections/1/sanitisation" }],
    },
    {
      // Thirty-second review: internet-zone business terminals using an LGWAN business system by screen transfer is
      // how the β model works (guideline, December 2020). Under the α profile an auditor asks which model the city has
      // adopted: the β conditions would otherwise go unchecked without a word.
      name: "under α, internet-zone business terminals reach an LGWAN business system by screen transfer",
      description: betaTerminals(["screen-transfer"]),
      expected: [{ messageId: "betaShapeUnderAlpha", outcome: "needs-evidence", severity: "high", path: "/connections/0" }],
    },
    {
      // Fifty-fifth review: written by port alone, a database or a shell is asked about as when written by protocol.
      name: "port 1433 alone, beside mail text conversion, into the LGWAN zone",
      description: inbound({ sanitisation: ["mail-text-conversion", "attachment-removal"], ports: [1433] }),
      expected: [
        { messageId: "protocolUnknown", outcome: "needs-evidence", path: "/connections/0/protocols", data: { protocols: "mssql" } },
      ],
    },
    {
      // Fifty-sixth review: screen transfer written with RDP but on SSH's port: SSH can carry files, so it is asked.
      // Eightieth review: a shell into the LGWAN zone from the internet side is remote operation, not screen transfer.
      name: "a screen-transfer link with RDP written, on port 22",
      description: inbound({ sanitisation: ["screen-transfer"], protocols: ["rdp"], ports: [22] }),
      expected: [{ messageId: "screenIntoSystem", severity: "critical", path: "/connections/0", data: { operation: "rdp, 22（SSH）" } }],
    },
    {
      // Fifty-seventh review: the virtual browser written from the LGWAN terminals out, over SSH: SSH can carry files back.
      name: "a virtual browser link from the LGWAN side written with SSH",
      description: description(
        [
          lgwanSystem({ terminalGroups: [{ id: "pc", name: "職員端末", count: 20 }] }),
          internetSystem({ id: "vb", name: "仮想ブラウザ", boundaryRole: "screen-transfer" }),
        ],
        {
          connections: [
            {
              id: "browse",
              from: { system: "groupware", terminalGroup: "pc" },
              to: { system: "vb" },
              direction: "one-way",
              transport: "lan",
              sanitisation: ["screen-transfer"],
              protocols: ["ssh"],
              ports: [22],
            },
          ],
        },
      ),
      expected: [{ messageId: "protocolUnknown", outcome: "needs-evidence", path: "/connections/0/protocols", data: { protocols: "ssh" } }],
    },
    {
      // Every port open carries a file share and mail too: screen transfer does not sanitise them.
      name: "a screen-transfer link into the LGWAN zone open to any port",
      description: inbound({ sanitisation: ["screen-transfer"], protocols: ["rdp"], ports: ["any"] }),
      expected: [{ messageId: "methodUnfit", severity: "critical", path: "/connections/0/sanitisation", data: { protocol: "smb" } }],
    },
    {
      // A vendor's own sync tool written beside file sanitisation: its kind is unknown, so the fit cannot be judged.
      name: "a protocol of unknown kind into the LGWAN zone beside file sanitisation",
      description: inbound({ sanitisation: ["file-sanitisation"], protocols: ["独自連携プロトコル"], ports: [9000] }),
      expected: [{ messageId: "protocolUnknown", outcome: "needs-evidence", path: "/connections/0/protocols" }],
    },
    {
      // Eleventh review: the body made text, but nothing said of the attachments (removed or sanitised).
      name: "inbound mail with its body converted to text and nothing said of attachments",
      description: inbound({ sanitisation: ["mail-text-conversion"], protocols: ["smtp"] }),
      expected: [{ messageId: "attachmentsUnknown", outcome: "needs-evidence", severity: "high", path: "/connections/0/sanitisation" }],
    },
    {
      name: "inbound mail not sanitised",
      description: inbound({ sanitisation: [] }),
      expected: [{ messageId: "notSanitised", path: "/connections/0/sanitisation" }],
    },
    {
      name: "sanitisation not stated",
      description: inbound({}),
      expected: [{ messageId: "sanitisationUnknown", outcome: "needs-evidence", path: "/connections/0" }],
    },
    {
      // Attachment removal alone leaves HTML bodies; the policy's own example for mail is text conversion (2(13)).
      name: "inbound mail with attachments removed only",
      description: inbound({ sanitisation: ["attachment-removal"], protocols: ["smtp"] }),
      expected: [{ messageId: "attachmentOnly", path: "/connections/0/sanitisation" }],
    },
    {
      // Tenth review: sanitising the attachments leaves the HTML body; mail's body is made text (2(13)).
      name: "inbound mail with its files sanitised but its body left as it was",
      description: inbound({ sanitisation: ["file-sanitisation"], protocols: ["smtp"] }),
      expected: [{ messageId: "methodUnfit", path: "/connections/0/sanitisation" }],
    },
    {
      // Twelfth review: no protocols written, but port 25 says it is mail.
      name: "inbound mail on port 25, protocols not written, with its files sanitised only",
      description: inbound({ sanitisation: ["file-sanitisation"], ports: [25] }),
      expected: [{ messageId: "methodUnfit", path: "/connections/0/sanitisation" }],
    },
    {
      name: "screen transfer claimed on an SMB file share",
      description: inbound({ sanitisation: ["screen-transfer"], protocols: ["smb"] }),
      expected: [{ messageId: "methodUnfit", path: "/connections/0/sanitisation" }],
    },
    {
      name: "an outbound link that fetches content back (https) is not push-only",
      description: outbound({ direction: "one-way", protocols: ["https"], sanitisation: [] }),
      expected: [{ messageId: "notSanitised", path: "/connections/0/sanitisation" }],
    },
    {
      name: "a bidirectional mail link: the inbound half needs sanitisation",
      description: outbound({ direction: "bidirectional", protocols: ["smtp"], sanitisation: [] }),
      expected: [{ messageId: "notSanitised", path: "/connections/0/sanitisation" }],
    },
    {
      name: "an outbound relay whose direction is not stated",
      description: outbound({ protocols: ["smtp"], sanitisation: [] }),
      expected: [{ messageId: "directionUnknown", outcome: "needs-evidence", path: "/connections/0" }],
    },
    {
      name: "LGWAN and internet-zone sites joined over an internet VPN",
      description: inbound({ transport: "internet-vpn", sanitisation: ["file-sanitisation"] }),
      expected: [{ messageId: "overInternet", path: "/connections/0/transport" }],
    },
    {
      // Fifth review (r1): under β' a file share from the business terminals fails whatever sanitisation is written:
      // screen transfer cannot carry it, and files come in through a file sanitiser between systems.
      name: "under β, business terminals putting files on an LGWAN system by SMB, sanitisation not stated",
      description: betaTerminals(undefined, { protocols: ["smb"] }),
      profile: beta,
      expected: [{ messageId: "screenTransferRequired", severity: "critical", path: "/connections/0/sanitisation" }],
    },
    {
      // Fifth review (r2): the advice no longer goes round (screen transfer → "not for file shares" → screen transfer).
      name: "under β, business terminals putting files on an LGWAN system by SMB, said to be screen transfer",
      description: betaTerminals(["screen-transfer"], { protocols: ["smb"] }),
      profile: beta,
      expected: [{ messageId: "screenTransferRequired", path: "/connections/0/sanitisation" }],
    },
    {
      name: "under β, file sanitisation is not enough for business terminals",
      description: betaTerminals(["file-sanitisation"]),
      profile: beta,
      expected: [{ messageId: "screenTransferRequired", path: "/connections/0/sanitisation" }],
    },
    {
      // A declared sanitiser lifts only β's screen-transfer rule: its method must still fit.
      name: "under β, a declared mail sanitiser that only removes attachments",
      description: betaImport("mail-sanitiser", ["attachment-removal"], ["smtp"], "system"),
      profile: beta,
      expected: [{ messageId: "attachmentOnly", path: "/connections/0/sanitisation" }],
    },
    {
      name: "under β, a declared mail sanitiser whose link carries a file share text conversion cannot sanitise",
      description: betaImport("mail-sanitiser", ["mail-text-conversion"], ["smb"], "system"),
      profile: beta,
      expected: [{ messageId: "methodUnfit", path: "/connections/0/sanitisation" }],
    },
  ],
};

export default table;

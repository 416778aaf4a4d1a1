import { description, internetSystem, lgwanSystem } from "../../../test/support/fixtures.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const egress = (connection: Record<string, unknown>, system: Record<string, unknown> = {}) =>
  description([internetSystem(system)], {
    connections: [{ id: "out", from: { system: "web-mail" }, to: { external: "public-internet" }, direction: "one-way", ...connection }],
  });

const table: CheckTable = {
  valid: [
    { name: "through the security cloud", description: egress({ via: ["security-cloud"] }) },
    {
      // Residents reaching a vendor's SaaS is the vendor's traffic, not the city's internet traffic (6(3)③).
      name: "residents reach a provider-hosted service directly",
      description: description([internetSystem({ id: "e-apply", name: "電子申請（事業者SaaS）", hosting: { kind: "cloud-service" } })], {
        connections: [{ id: "residents", from: { external: "public-internet" }, to: { system: "e-apply" }, direction: "one-way", via: [] }],
      }),
    },
    {
      // The prefecture's security cloud named in short: the same cloud.
      name: "the security cloud named 「熊本県SC」 or 「県セキュリティクラウド」",
      description: description([internetSystem()], {
        connections: [
          { id: "a", from: { system: "web-mail" }, to: { external: "security-cloud", service: "熊本県SC" }, direction: "one-way" },
          {
            id: "b",
            from: { system: "web-mail" },
            to: { external: "security-cloud", service: "県セキュリティクラウド" },
            direction: "one-way",
          },
        ],
      }),
    },
    ...["くまもと県域セキュリティクラウド", "Kumamoto SC", "熊本県セキュリティクラウド（運用：NTT西日本）", "県クラウド 仮想ブラウザ"].map(
      (service) => ({
        // Sixty-first review: the prefecture's cloud named in kana, in Latin letters, or with its operator.
        name: `the security cloud named 「${service}」`,
        description: description([internetSystem()], {
          connections: [
            { id: "a", from: { system: "web-mail" }, to: { external: "security-cloud", service }, direction: "one-way" as const },
          ],
        }),
      }),
    ),
    {
      // Sixty-third review: a note of regions, redundancy and monitoring, and the operator named, say nothing of another cloud.
      name: "the prefecture's cloud with a note of its regions and redundancy, and its operator",
      description: description([internetSystem()], {
        connections: [
          {
            id: "a",
            from: { system: "web-mail" },
            to: { external: "security-cloud", service: "熊本県自治体情報セキュリティクラウド（東京・大阪リージョン、三重化、SOC監視）" },
            direction: "one-way",
          },
          {
            id: "b",
            from: { system: "web-mail" },
            to: { external: "security-cloud", service: "熊本県自治体情報セキュリティクラウド 運用：株式会社ABC" },
            direction: "one-way",
          },
        ],
      }),
    },
    {
      // A vendor's maintenance line to the internet-zone mail server is maintenance, not mail leaving the city.
      name: "a vendor's maintenance line to the mail server",
      description: description([internetSystem({ businessFunctions: ["mail"] })], {
        connections: [
          {
            id: "m",
            from: { external: "vendor-network", service: "保守センター" },
            to: { system: "web-mail" },
            direction: "one-way",
            ports: [443],
          },
          { id: "n", from: { system: "web-mail" }, to: { external: "vendor-network" }, ports: [443], purpose: "保守用の監視通知" },
        ],
      }),
    },
    {
      name: "a system of no stated zone linked to the internet through the security cloud",
      description: description([internetSystem({ zone: undefined })], {
        connections: [
          { id: "px", from: { system: "web-mail" }, to: { external: "public-internet" }, direction: "one-way", via: ["security-cloud"] },
        ],
      }),
    },
    {
      // Sixty-first review: a maintenance VPN over the internet on 443 is maintenance, not browsing.
      name: "a maintenance VPN to the mail server, over the internet",
      description: description([internetSystem({ businessFunctions: ["mail"] })], {
        connections: [
          {
            id: "m2",
            from: { system: "web-mail" },
            to: { external: "vendor-network", service: "保守センター" },
            direction: "bidirectional",
            ports: [443],
            purpose: "リモート保守（SSL-VPN、インターネット経由）",
          },
        ],
      }),
    },
    {
      name: "LGWAN systems are judged by other checks",
      description: description([lgwanSystem()], {
        connections: [{ id: "x", from: { system: "groupware" }, to: { external: "public-internet" } }],
      }),
    },
  ],
  invalid: [
    ...[
      { from: { external: "vendor-network", service: "ISP MX" }, to: { system: "web-mail" }, direction: "one-way", ports: [25] },
      { from: { system: "web-mail" }, to: { external: "vendor-network" }, ports: [2525], purpose: "庁外宛メールの送信" },
      {
        from: { system: "web-mail" },
        to: { external: "vendor-network" },
        protocols: ["smtp"],
        ports: [25],
        purpose: "庁外宛メールの中継（ISPの保守契約に含むスマートホスト、24時間監視付き）",
      },
    ].map((link, i) => ({
      // Sixty-first review: mail coming in from the ISP, on another port, or beside the word 保守, passed.
      name: `mail exchanged with a vendor's network, written another way (${i + 1})`,
      description: description([internetSystem({ businessFunctions: ["mail"] })], { connections: [{ id: "m", ...link }] }),
      expected: [{ messageId: "egressByVendorNetwork" as const, outcome: "needs-evidence" as const, path: "/connections/0" }],
    })),
    {
      // Fifty-fifth review: an unzoned proxy's direct line to the internet got only the question of its zone.
      name: "a system of no stated zone linked to the internet with via: []",
      description: description([internetSystem({ zone: undefined })], {
        connections: [{ id: "px", from: { system: "web-mail" }, to: { external: "public-internet" }, direction: "one-way", via: [] }],
      }),
      expected: [{ messageId: "unzonedDirect", outcome: "needs-evidence", path: "/connections/0/via" }],
    },
    {
      // Fifty-fifth review: a vendor's own web gateway written as the security cloud passed as the prefecture's.
      name: "a security cloud named as a vendor's own gateway",
      description: description([internetSystem()], {
        connections: [
          {
            id: "vb",
            from: { system: "web-mail" },
            to: { external: "security-cloud", service: "球磨ネットワークス クラウドSWG（自社SOC）" },
            direction: "one-way",
          },
        ],
      }),
      expected: [{ messageId: "securityCloudNamedOther", outcome: "needs-evidence", path: "/connections/0/to/service" }],
    },
    ...[
      "熊本県自治体情報セキュリティクラウド（代替：自社SWG）",
      "球磨ネットワークスSC",
      "Fukuoka Prefecture Security Cloud",
      "熊本県SC（障害時は自社回線で直接接続）",
    ].map((service) => ({
      // Sixty-first review: a way round the prefecture's cloud beside its name, a company's "SC", another prefecture in English.
      name: `a security cloud named 「${service}」`,
      description: description([internetSystem()], {
        connections: [
          { id: "vb", from: { system: "web-mail" }, to: { external: "security-cloud", service }, direction: "one-way" as const },
        ],
      }),
      expected: [{ messageId: "securityCloudNamedOther" as const, outcome: "needs-evidence" as const, path: "/connections/0/to/service" }],
    })),
    {
      // Sixty-third review: a cable company's own "security cloud" named with the prefecture's kana.
      name: "a security cloud named 「くまもとケーブルネット セキュリティクラウド」",
      description: description([internetSystem()], {
        connections: [
          {
            id: "vb",
            from: { system: "web-mail" },
            to: { external: "security-cloud", service: "くまもとケーブルネット セキュリティクラウド" },
            direction: "one-way",
          },
        ],
      }),
      expected: [{ messageId: "securityCloudNamedOther", outcome: "needs-evidence", path: "/connections/0/to/service" }],
    },
    {
      name: "another prefecture's security cloud",
      description: description([internetSystem()], {
        connections: [
          {
            id: "vb",
            from: { system: "web-mail" },
            to: { external: "security-cloud", service: "福岡県自治体情報セキュリティクラウド" },
            direction: "one-way",
          },
        ],
      }),
      expected: [{ messageId: "securityCloudNamedOther", outcome: "needs-evidence", path: "/connections/0/to/service" }],
    },
    {
      // Fifty-fifth review: internet mail handed to a vendor's ISP gateway over a closed line never passed the security
      // cloud; with the vendor's maintenance declared, the run had no finding at all.
      name: "internet mail handed to a vendor's ISP gateway",
      description: description([internetSystem({ businessFunctions: ["mail"] })], {
        connections: [
          {
            id: "mail-out",
            from: { system: "web-mail" },
            to: { external: "vendor-network", service: "球磨ネットワークス メールゲートウェイ（ISP）" },
            direction: "bidirectional",
            transport: "closed-line",
            ports: [25],
          },
        ],
      }),
      expected: [{ messageId: "egressByVendorNetwork", outcome: "needs-evidence", path: "/connections/0" }],
    },
    {
      // Fifty-fifth review: the city's virtual browser run as a cloud service browses for the city; its direct egress is
      // the city's internet traffic, outside the prefecture's security cloud (6(3)③).
      name: "a virtual browser hosted as a cloud service goes to the internet directly",
      description: egress(
        { via: [], transport: "internet" },
        {
          id: "web-mail",
          name: "仮想ブラウザ（クラウド）",
          hosting: { kind: "cloud-service" },
          boundaryRole: "screen-transfer",
          businessFunctions: ["web-browsing"],
        },
      ),
      expected: [{ messageId: "bypassesSecurityCloud", path: "/connections/0/via" }],
    },
    {
      // Fifty-sixth review: a cloud-hosted file sanitiser without a declared role is the municipality's boundary too.
      name: "a file sanitiser hosted as a cloud service, no role declared, goes to the internet directly",
      description: egress(
        { via: [], transport: "internet" },
        {
          id: "web-mail",
          name: "ファイル無害化（クラウド）",
          hosting: { kind: "cloud-service" },
          businessFunctions: ["file-sanitisation"],
        },
      ),
      expected: [{ messageId: "bypassesSecurityCloud", path: "/connections/0/via" }],
    },
    {
      name: "direct breakout",
      description: egress({ via: [] }),
      expected: [{ messageId: "bypassesSecurityCloud", path: "/connections/0/via" }],
    },
    {
      // Tenth review: the staff's terminals of a SaaS-hosted system are the municipality's own traffic, not residents'.
      name: "the staff's terminals of a provider-hosted system go out directly",
      description: description(
        [
          internetSystem({
            id: "gw",
            name: "グループウェア（SaaS）",
            hosting: { kind: "cloud-service" },
            terminalGroups: [{ id: "biz-pc", name: "業務端末", count: 10 }],
          }),
        ],
        {
          connections: [
            {
              id: "pc-net",
              from: { system: "gw", terminalGroup: "biz-pc" },
              to: { external: "public-internet" },
              direction: "one-way",
              transport: "internet",
              via: [],
            },
          ],
        },
      ),
      expected: [{ messageId: "bypassesSecurityCloud", path: "/connections/0/via" }],
    },
    {
      name: "route not stated",
      description: egress({}),
      expected: [{ messageId: "viaUnknown", outcome: "needs-evidence", path: "/connections/0" }],
    },
    {
      // Thirty-second review: refused in the direction it states, the link is refused either way; whether it
      // is one-way is no question beside that fail.
      name: "an inbound link whose direction is not stated, through the cloud one way only",
      description: description([internetSystem()], {
        connections: [
          { id: "out", from: { system: "web-mail" }, to: { external: "public-internet" }, via: ["security-cloud"] },
          { id: "in", from: { external: "public-internet" }, to: { system: "web-mail" }, via: [] },
        ],
      }),
      expected: [{ messageId: "bypassesSecurityCloud", path: "/connections/1/via" }],
    },
  ],
};

export default table;

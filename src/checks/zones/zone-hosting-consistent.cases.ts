import { description, internetSystem, lgwanSystem, mynumberSystem } from "../../../test/support/fixtures.js";
import { hitoyoshiProfile } from "../../profiles/hitoyoshi.js";
import type { CheckTable } from "../../vitest/check-tester.js";

/**
 * Sixteenth review: an LGWAN-zone backup in ISMAP object storage reached only by a dedicated
 * connection (its one connection a closed line). Nothing reaches it over the internet; the auditor
 * asks whether the tenancy has an entry from the internet rather than failing it as an internet service.
 */
const closedTenancy = (hosting: Record<string, unknown>, transport = "closed-line") =>
  description([lgwanSystem(), lgwanSystem({ id: "backup", name: "バックアップ保管", hosting: { kind: "cloud-service", ...hosting } })], {
    connections: [{ id: "bk", from: { system: "groupware" }, to: { system: "backup" }, direction: "one-way", transport, ports: [443] }],
  });

const table: CheckTable = {
  valid: [
    { name: "an LGWAN system on LGWAN-ASP", description: description([lgwanSystem({ hosting: { kind: "lgwan-asp" } })]) },
    {
      name: "a standardised system on Government Cloud",
      description: description([mynumberSystem({ hosting: { kind: "government-cloud" } })]),
    },
    {
      name: "α': an LGWAN-zone SaaS reached by a local breakout",
      description: description([lgwanSystem({ hosting: { kind: "cloud-service" } })]),
      profile: { ...hitoyoshiProfile, networkModel: "alpha-prime" },
    },
    {
      name: "an LGWAN-zone cloud tenancy over a closed line, stated to have no entry from the internet",
      description: closedTenancy({ closedNetworkOnly: true }),
    },
  ],
  invalid: [
    {
      // Twenty-ninth review: a vendor declared its LGWAN-ASP in the internet zone.
      name: "an LGWAN-ASP service declared in the internet zone",
      description: description([internetSystem({ hosting: { kind: "lgwan-asp" } })]),
      expected: [{ messageId: "lgwanAspInInternetZone", path: "/systems/0/zone", severity: "high", clauses: ["2(10)"] }],
    },
    {
      name: "an LGWAN-zone cloud tenancy over a closed line, its entry from the internet not stated (needs evidence, high)",
      description: closedTenancy({}),
      expected: [
        {
          messageId: "closedTenancyUnknown",
          outcome: "needs-evidence",
          severity: "high",
          path: "/systems/1/hosting",
          data: { connections: "bk" },
          clauses: ["2(10)", "6(3)②"],
        },
      ],
    },
    {
      // Eighteenth review: stated closed, with no line described, passed.
      name: "an LGWAN-zone cloud tenancy stated closed, with no line to it described",
      description: description([
        lgwanSystem({ id: "backup", name: "バックアップ保管", hosting: { kind: "cloud-service", closedNetworkOnly: true } }),
      ]),
      expected: [{ messageId: "closedLinesUnknown", outcome: "needs-evidence", path: "/systems/0/hosting/closedNetworkOnly" }],
    },
    {
      name: "an LGWAN-zone cloud tenancy stated to have no entry from the internet, reached over an internet VPN",
      description: closedTenancy({ closedNetworkOnly: true }, "internet-vpn"),
      expected: [{ messageId: "cloudServiceInZone", path: "/systems/1/hosting/kind" }],
    },
    {
      name: "an LGWAN-zone cloud tenancy over a closed line that has an entry from the internet",
      description: closedTenancy({ closedNetworkOnly: false }),
      expected: [{ messageId: "cloudServiceInZone", path: "/systems/1/hosting/kind" }],
    },
    {
      // Review §4 N5.
      name: "an 'LGWAN-zone' finance system that is a public SaaS, under α",
      description: description([lgwanSystem({ id: "finance", businessFunctions: ["finance"], hosting: { kind: "cloud-service" } })]),
      expected: [{ messageId: "cloudServiceInZone", path: "/systems/0/hosting/kind" }],
    },
    {
      // Seventieth review: four villages' shared 自治体クラウド written as a cloud service, stated closed, over closed lines
      // only. Not failed as an internet service (its description denies it); asked how it is hosted (medium).
      name: "a My Number system on a cloud service stated closed, over closed lines only",
      description: description(
        [
          mynumberSystem(),
          mynumberSystem({ id: "jumin", name: "住民情報（自治体クラウド）", hosting: { kind: "cloud-service", closedNetworkOnly: true } }),
        ],
        {
          connections: [
            {
              id: "jc",
              from: { system: "juki" },
              to: { system: "jumin" },
              direction: "bidirectional",
              transport: "closed-line",
              ports: [443],
            },
          ],
        },
      ),
      expected: [{ messageId: "closedInMyNumberZone", outcome: "needs-evidence", severity: "medium", path: "/systems/1/hosting/kind" }],
    },
    {
      // Seventy-first review: the same service also serves an internet-zone portal: it has an internet face, whatever
      // closedNetworkOnly says of the tenancy.
      name: "a My Number system on a cloud service stated closed whose service also hosts an internet-zone system",
      description: description(
        [
          mynumberSystem(),
          mynumberSystem({
            id: "jumin",
            name: "住民情報",
            hosting: { kind: "cloud-service", cloudServiceId: "jc", closedNetworkOnly: true },
          }),
          internetSystem({ id: "portal", name: "住民ポータル", hosting: { kind: "cloud-service", cloudServiceId: "jc" } }),
        ],
        {
          cloudServices: [{ id: "jc", name: "自治体クラウド", provider: "株式会社JC", terms: "negotiated" }],
          connections: [
            {
              id: "jc",
              from: { system: "juki" },
              to: { system: "jumin" },
              direction: "bidirectional",
              transport: "closed-line",
              ports: [443],
            },
          ],
        },
      ),
      expected: [{ messageId: "cloudServiceInZone", path: "/systems/1/hosting/kind" }],
    },
    {
      // The same over an internet VPN: a cloud reached over the internet cannot be in the My Number zone.
      name: "a My Number system on a cloud service stated closed, over an internet VPN",
      description: description(
        [
          mynumberSystem(),
          mynumberSystem({ id: "jumin", name: "住民情報（クラウド）", hosting: { kind: "cloud-service", closedNetworkOnly: true } }),
        ],
        {
          connections: [
            {
              id: "jc",
              from: { system: "juki" },
              to: { system: "jumin" },
              direction: "bidirectional",
              transport: "internet-vpn",
              ports: [443],
            },
          ],
        },
      ),
      expected: [{ messageId: "cloudServiceInZone", path: "/systems/1/hosting/kind" }],
    },
    {
      // Review §4 N9.
      name: "My Number tax work on a commercial SaaS",
      description: description([mynumberSystem({ id: "tax", businessFunctions: ["tax"], hosting: { kind: "cloud-service" } })]),
      profile: { ...hitoyoshiProfile, networkModel: "alpha-prime" },
      expected: [{ messageId: "cloudServiceInZone", path: "/systems/0/hosting/kind" }],
    },
    {
      name: "hosting described without its kind",
      description: description([lgwanSystem({ hosting: { cloudServiceId: "x" } })], {
        cloudServices: [{ id: "x", name: "財務会計サービス" }],
      }),
      expected: [{ messageId: "hostingKindUnknown", outcome: "needs-evidence", path: "/systems/0/hosting" }],
    },
  ],
};

export default table;

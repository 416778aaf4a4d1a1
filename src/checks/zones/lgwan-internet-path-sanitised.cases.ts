import { hitoyoshiProfile } from "../../profiles/hitoyoshi.js";
import { description, internetSystem, lgwanSystem, link, mynumberSystem } from "../../../test/support/fixtures.js";
import type { CheckTable } from "../../vitest/check-tester.js";

type Obj = Record<string, unknown>;
/** A file relay whose zone is not declared: in neither zone, so a path through it is a path between them. */
const relay = { id: "relay", name: "ファイル中継装置" };
const systems = () => [internetSystem(), lgwanSystem(), relay];
/** web-mail → relay → groupware. */
const viaRelay = (first: Obj, second: Obj) =>
  description(systems(), { connections: [link("in-1", "web-mail", "relay", first), link("in-2", "relay", "groupware", second)] });

/**
 * Seventeenth review: one maintenance centre of the vendor reaches the internet-zone server over an
 * internet VPN and the LGWAN-zone server over a closed line. Nothing says the vendor keeps the two
 * apart: the auditor asks, and the way out is separate lines per zone, not a sanitisation method.
 */
const vendorBridge = (intoInternet: Obj, intoLgwan: Obj = {}) =>
  description([internetSystem(), lgwanSystem()], {
    connections: [
      link("vm-inet", "external:vendor-network", "web-mail", { direction: "bidirectional", transport: "internet-vpn", ...intoInternet }),
      link("vm-gw", "external:vendor-network", "groupware", { transport: "closed-line", ...intoLgwan }),
    ],
  });

const table: CheckTable = {
  valid: [
    {
      // Eighteenth and nineteenth reviews: two companies, each maintaining one zone, are two networks.
      name: "two vendors' maintenance centres, named apart, one into each zone",
      description: description([internetSystem(), lgwanSystem()], {
        connections: [
          link("vm-inet", "external:vendor-network", "web-mail", { direction: "bidirectional", transport: "internet-vpn" }),
          link("vm-gw", "external:vendor-network", "groupware", { transport: "closed-line" }),
        ].map((connection, i) => ({
          ...connection,
          from: { external: "vendor-network", service: i === 0 ? "株式会社ウェブ工房 保守拠点" : "人吉OAサービス 保守センター" },
        })),
      }),
    },
    {
      // Eleventh review: the internet zone onto the LGWAN network is a denied link (lgwan-no-direct-internet, critical);
      // no sanitisation can cure it, so the path through it is not asked about as well.
      name: "a path whose hop onto the LGWAN network from the internet zone is denied on its own",
      description: description([internetSystem(), lgwanSystem()], {
        connections: [link("x", "web-mail", "external:lgwan-network"), link("y", "external:lgwan-network", "groupware")],
      }),
    },
    { name: "files sanitised on the hop into LGWAN", description: viaRelay({ sanitisation: [] }, { sanitisation: ["file-sanitisation"] }) },
    {
      // β's screen-transfer rule is about terminals; files passed between systems are sanitised as under α.
      name: "under β too, files between systems sanitised on the hop into LGWAN",
      description: viaRelay({ sanitisation: [] }, { sanitisation: ["file-sanitisation"] }),
      profile: { ...hitoyoshiProfile, networkModel: "beta" },
    },
    {
      name: "a three-hop path is compliant only because its middle hop sanitises",
      description: description(systems(), {
        connections: [
          link("a", "web-mail", "relay", { sanitisation: [] }),
          link("b", "relay", "external:vendor-network", { sanitisation: ["screen-transfer"] }),
          link("c", "external:vendor-network", "groupware", { sanitisation: [] }),
        ],
      }),
    },
    {
      name: "a direct link is left to lgwan-internet-sanitised",
      description: description(systems(), { connections: [link("d", "web-mail", "groupware", { sanitisation: [] })] }),
    },
    {
      // The link from the internet zone into the My Number zone is what is wrong, and no
      // sanitisation would cure it: mynumber-connections-restricted fails it and
      // mynumber-path-from-internet names the path. Asking here to sanitise it would mislead.
      name: "a path through the My Number zone is left to the My Number checks",
      description: description([internetSystem(), mynumberSystem(), lgwanSystem()], {
        connections: [link("in", "web-mail", "juki"), link("out", "juki", "groupware")],
      }),
    },
    {
      name: "the public internet is not an intermediate",
      description: description(systems(), {
        connections: [link("out", "groupware", "external:public-internet"), link("in", "external:public-internet", "web-mail")],
      }),
    },
  ],
  invalid: [
    {
      name: "one vendor's maintenance centre, named alike on both lines, into both zones",
      description: vendorBridge(
        { from: { external: "vendor-network", service: "人吉OA 保守センター" } },
        { from: { external: "vendor-network", service: "人吉OA　保守センター" } },
      ),
      expected: [{ messageId: "vendorBridgeUnknown", outcome: "needs-evidence", path: "/connections/0" }],
    },
    {
      // Twenty-eighth review: both lines written one-way from the centre, as the guide writes maintenance
      // lines. The VPN carries the session both ways, so the centre still joins the two zones.
      name: "one vendor's centre, its internet VPN into the internet zone written one-way from the centre",
      description: vendorBridge({ direction: "one-way" }),
      expected: [{ messageId: "vendorBridgeUnknown", outcome: "needs-evidence", path: "/connections/0" }],
    },
    {
      // Twentieth review: a note in brackets does not make another network; an unnamed line could be any of them.
      name: "one vendor's centre named with different notes in brackets on its two lines",
      description: vendorBridge(
        { from: { external: "vendor-network", service: "くまもと電算 保守センター（VPN）" } },
        { from: { external: "vendor-network", service: "くまもと電算 保守センター（閉域）" } },
      ),
      expected: [{ messageId: "vendorBridgeUnknown", outcome: "needs-evidence", path: "/connections/0" }],
    },
    {
      // Twenty-second review: the systems at both ends name one maintainer; the names of the lines do not part them.
      name: "one maintainer's two lines named unlike each other",
      description: description(
        [
          internetSystem({ remoteMaintenance: { used: true, vendorId: "oa" } }),
          lgwanSystem({ remoteMaintenance: { used: true, vendorId: "oa" } }),
        ],
        {
          vendors: [{ id: "oa", name: "人吉OAサービス有限会社" }],
          connections: [
            link("vm-inet", "external:vendor-network", "web-mail", { direction: "bidirectional", transport: "internet-vpn" }),
            link("vm-gw", "external:vendor-network", "groupware", { transport: "closed-line" }),
          ].map((connection, i) => ({
            ...connection,
            from: {
              external: "vendor-network",
              service: i === 0 ? "人吉OA保守センター インターネット系" : "人吉OAサービス有限会社 保守センター",
            },
          })),
        },
      ),
      expected: [{ messageId: "vendorBridgeUnknown", outcome: "needs-evidence", path: "/connections/0" }],
    },
    {
      // Seventieth review: a contact centre's line into the LGWAN system, for inquiries, is another company's, not the
      // maintainer's: the question names the maintainer's line, not the contact centre.
      name: "a contact centre's inquiry line beside one maintainer's two lines",
      description: description(
        [
          internetSystem({ remoteMaintenance: { used: true, vendorId: "oa" } }),
          lgwanSystem({ remoteMaintenance: { used: true, vendorId: "oa" } }),
        ],
        {
          vendors: [{ id: "oa", name: "人吉OAサービス有限会社" }],
          connections: [
            {
              ...link("cc-gw", "external:vendor-network", "groupware", { transport: "closed-line" }),
              from: { external: "vendor-network", service: "あおばコンタクトセンター" },
              purpose: "住民からの問い合わせ対応での照会",
            },
            ...[
              link("vm-inet", "external:vendor-network", "web-mail", { direction: "bidirectional", transport: "internet-vpn" }),
              link("vm-gw", "external:vendor-network", "groupware", { transport: "closed-line" }),
            ].map((connection, i) => ({
              ...connection,
              from: {
                external: "vendor-network",
                service: i === 0 ? "人吉OA保守センター インターネット系" : "人吉OAサービス有限会社 保守センター",
              },
            })),
          ],
        },
      ),
      expected: [
        {
          messageId: "vendorBridgeUnknown",
          outcome: "needs-evidence",
          path: "/connections/1",
          data: { connection: "vm-inet", hopJa: "web-mail → 事業者のネットワーク「人吉OA保守センター インターネット系」" },
        },
      ],
    },
    {
      name: "one line named, the other not",
      description: vendorBridge({}, { from: { external: "vendor-network", service: "くまもと電算 保守センター" } }),
      expected: [{ messageId: "vendorBridgeUnknown", outcome: "needs-evidence", path: "/connections/0" }],
    },
    {
      name: "a vendor's maintenance centre with lines into both zones, sanitisation not stated",
      description: vendorBridge({}),
      expected: [{ messageId: "vendorBridgeUnknown", outcome: "needs-evidence", path: "/connections/0" }],
    },
    {
      name: "a vendor's maintenance centre with lines into both zones, stated unsanitised",
      description: vendorBridge({ sanitisation: [] }, { sanitisation: [] }),
      expected: [{ messageId: "vendorBridge", path: "/connections/1" }],
    },
    {
      name: "into LGWAN through a relay with no sanitisation",
      description: viaRelay({ sanitisation: [] }, { sanitisation: [] }),
      expected: [{ messageId: "unsanitisedPath", path: "/connections/1" }],
    },
    {
      name: "out of LGWAN over three hops with no sanitisation",
      description: description(systems(), {
        connections: [
          link("a", "groupware", "relay", { sanitisation: [] }),
          link("b", "relay", "external:vendor-network", { sanitisation: [] }),
          link("c", "external:vendor-network", "web-mail", { sanitisation: [] }),
        ],
      }),
      expected: [{ messageId: "unsanitisedPath", path: "/connections/0" }],
    },
    {
      name: "a cycle through the relay is reported once, inbound first",
      description: description(systems(), {
        connections: [
          link("a", "web-mail", "relay", { sanitisation: [], direction: "bidirectional" }),
          link("b", "relay", "groupware", { sanitisation: [], direction: "bidirectional" }),
          link("c", "relay", "relay"),
        ],
      }),
      expected: [{ messageId: "unsanitisedPath", path: "/connections/1" }],
    },
    {
      // β holds internet-zone terminals to screen transfer: file sanitisation on their link out
      // does not make the path through the relay a sanitised one.
      name: "under β, internet-zone terminals reach LGWAN through a relay with file sanitisation only",
      description: description(
        [
          internetSystem({ terminalGroups: [{ id: "pc", name: "業務端末", zone: "internet", attachedZones: ["internet"] }] }),
          lgwanSystem(),
          relay,
        ],
        {
          connections: [
            {
              id: "in-1",
              from: { system: "web-mail", terminalGroup: "pc" },
              to: { system: "relay" },
              direction: "one-way",
              sanitisation: ["file-sanitisation"],
            },
            link("in-2", "relay", "groupware", { sanitisation: [] }),
          ],
        },
      ),
      profile: { ...hitoyoshiProfile, networkModel: "beta" },
      // Under α the first hop's file sanitisation would make the path a sanitised one.
      expected: [{ messageId: "unsanitisedPath", path: "/connections/1" }],
    },
    {
      name: "sanitisation of one hop not stated",
      description: viaRelay({ sanitisation: [] }, {}),
      expected: [{ messageId: "sanitisationUnknown", outcome: "needs-evidence", path: "/connections/1" }],
    },
  ],
};

export default table;

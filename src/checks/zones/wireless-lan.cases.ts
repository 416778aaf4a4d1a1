import { hitoyoshiProfile } from "../../profiles/hitoyoshi.js";
import { description, lgwanSystem, mynumberSystem } from "../../../test/support/fixtures.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const withWireless = (make: typeof mynumberSystem, wireless?: Record<string, unknown>) =>
  make({ terminalGroups: [{ id: "pc", name: "端末", ...(wireless === undefined ? {} : { wireless }) }] });
const certificate = { used: true, security: "wpa3-enterprise", deviceAuthentication: "client-certificate" };
const baseline = (guidelineBaseline: "2020-12" | "2022-03" | "2023-03" | "2024-10" | "2025-03") => ({
  ...hitoyoshiProfile,
  guidelineBaseline,
});

const table: CheckTable = {
  valid: [
    {
      // Sixty-eighth review: an LGWAN VDI host lists no terminals of its own; the staff PCs that use it are written with
      // their own system and a connection (their wireless LAN is judged there).
      name: "an LGWAN VDI used by another system's terminal group over a connection, listing none of its own",
      description: description(
        [
          lgwanSystem({ id: "lgwan-vdi", name: "LGWAN接続系仮想デスクトップ", terminalGroups: undefined }),
          lgwanSystem({ id: "oa", name: "業務LAN", terminalGroups: [{ id: "pc", name: "端末", wireless: { used: false } }] }),
        ],
        { connections: [{ id: "to-vdi", from: { system: "oa", terminalGroup: "pc" }, to: { system: "lgwan-vdi" }, direction: "one-way" }] },
      ),
    },
    {
      name: "My Number zone, 2025-03: Enterprise with client certificates",
      description: description([withWireless(mynumberSystem, certificate)]),
    },
    {
      name: "My Number zone, 2022-03: no wireless",
      profile: baseline("2022-03"),
      description: description([withWireless(mynumberSystem, { used: false })]),
    },
    {
      name: "LGWAN zone, 2022-03: Enterprise with 802.1X by id and password",
      profile: baseline("2022-03"),
      description: description([
        withWireless(lgwanSystem, { used: true, security: "wpa2-enterprise", deviceAuthentication: "id-password" }),
      ]),
    },
    {
      // review §3: a SaaS-hosted "system" without terminals is not asked for terminalGroups: [].
      name: "an LGWAN-zone SaaS listing no terminals is not applicable",
      description: description([lgwanSystem({ hosting: { kind: "cloud-service" } })]),
    },
    {
      name: "LGWAN zone, 2020-12: no rule yet",
      profile: baseline("2020-12"),
      description: description([withWireless(lgwanSystem, { used: true, security: "wpa2-personal" })]),
    },
  ],
  invalid: [
    {
      name: "My Number zone, 2024-10: wireless not yet allowed",
      profile: baseline("2024-10"),
      description: description([withWireless(mynumberSystem, certificate)]),
      expected: [{ messageId: "forbidden", path: "/systems/0/terminalGroups/0/wireless/used" }],
    },
    {
      name: "My Number zone, 2025-03: id and password are not enough",
      description: description([withWireless(mynumberSystem, { ...certificate, deviceAuthentication: "id-password" })]),
      expected: [{ messageId: "noClientCertificate", path: "/systems/0/terminalGroups/0/wireless/deviceAuthentication" }],
    },
    {
      // Fourth auditor (r17): personal mode is the shared key; one fact, one finding.
      name: "LGWAN zone, 2025-03: personal mode with a shared key",
      description: description([withWireless(lgwanSystem, { used: true, security: "wpa2-personal", deviceAuthentication: "psk" })]),
      expected: [{ messageId: "notEnterprise", path: "/systems/0/terminalGroups/0/wireless/security" }],
    },
    {
      name: "LGWAN zone, 2025-03: an enterprise mode said to use a shared key",
      description: description([withWireless(lgwanSystem, { used: true, security: "wpa3-enterprise", deviceAuthentication: "psk" })]),
      expected: [{ messageId: "no8021x", path: "/systems/0/terminalGroups/0/wireless/deviceAuthentication" }],
    },
    {
      name: "LGWAN zone, 2025-03: client certificates now mandatory",
      description: description([
        withWireless(lgwanSystem, { used: true, security: "wpa2-enterprise", deviceAuthentication: "id-password" }),
      ]),
      expected: [{ messageId: "noClientCertificate", path: "/systems/0/terminalGroups/0/wireless/deviceAuthentication" }],
    },
    {
      name: "wireless use not stated",
      description: description([withWireless(lgwanSystem), withWireless(mynumberSystem, { used: true })]),
      expected: [
        { messageId: "wirelessUnknown", outcome: "needs-evidence", path: "/systems/0/terminalGroups/0" },
        { messageId: "wirelessUnknown", outcome: "needs-evidence", path: "/systems/1/terminalGroups/0/wireless" },
        { messageId: "wirelessUnknown", outcome: "needs-evidence", path: "/systems/1/terminalGroups/0/wireless" },
      ],
    },
    {
      name: "a My Number system that lists no terminal groups",
      description: description([mynumberSystem({ terminalGroups: undefined })]),
      expected: [{ messageId: "noTerminals", outcome: "needs-evidence", path: "/systems/0" }],
    },
  ],
};

export default table;

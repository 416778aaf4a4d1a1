import { description, internetSystem, lgwanSystem, mynumberSystem } from "../../../test/support/fixtures.js";
import { hitoyoshiProfile } from "../../profiles/hitoyoshi.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const lgwanBrowsing = (internetAccess?: string) =>
  description([lgwanSystem({ terminalGroups: [{ id: "staff-pc", name: "職員端末", ...(internetAccess ? { internetAccess } : {}) }] })]);
const myNumberTerminals = (internetAccess: string) =>
  description([mynumberSystem({ terminalGroups: [{ id: "mn-pc", name: "マイナンバー系端末", internetAccess }] })]);
const beta = { ...hitoyoshiProfile, networkModel: "beta" as const };
const betaTerminals = (internetAccess: string) =>
  description([
    internetSystem({
      id: "groupware",
      businessFunctions: ["groupware"],
      terminalGroups: [{ id: "biz-pc", name: "業務端末", internetAccess }],
    }),
  ]);

const table: CheckTable = {
  valid: [
    { name: "LGWAN terminals browse by screen transfer", description: lgwanBrowsing("screen-transfer") },
    { name: "LGWAN terminals do not browse", description: lgwanBrowsing("none") },
    { name: "My Number terminals have no internet access", description: myNumberTerminals("none") },
    {
      name: "shared staff PCs described under another system",
      description: description([
        lgwanSystem({ terminalGroups: [{ id: "staff-pc", name: "職員端末", internetAccess: "screen-transfer" }] }),
        lgwanSystem({ id: "finance", name: "財務会計システム", businessFunctions: ["finance"] }),
      ]),
    },
    { name: "β business terminals through the security cloud", description: betaTerminals("security-cloud"), profile: beta },
  ],
  invalid: [
    {
      // Review §4 N1.
      name: "My Number terminals with direct internet access",
      description: myNumberTerminals("direct"),
      expected: [{ messageId: "accessNotPermitted", path: "/systems/0/terminalGroups/0/internetAccess" }],
    },
    {
      name: "My Number terminals with screen transfer to a virtual browser",
      description: myNumberTerminals("screen-transfer"),
      expected: [{ messageId: "accessNotPermitted", path: "/systems/0/terminalGroups/0/internetAccess" }],
    },
    {
      name: "LGWAN terminals browse directly",
      description: lgwanBrowsing("direct"),
      expected: [{ messageId: "accessNotPermitted", path: "/systems/0/terminalGroups/0/internetAccess" }],
    },
    {
      // Review §4 N4: through the security cloud is still the LGWAN zone going to the internet.
      name: "LGWAN terminals straight to the security cloud, also under α'",
      description: lgwanBrowsing("security-cloud"),
      profile: { ...hitoyoshiProfile, networkModel: "alpha-prime" },
      expected: [{ messageId: "accessNotPermitted", path: "/systems/0/terminalGroups/0/internetAccess" }],
    },
    {
      name: "α' local breakout is for cloud services, not browsing",
      description: lgwanBrowsing("direct"),
      profile: { ...hitoyoshiProfile, networkModel: "alpha-prime" },
      expected: [{ messageId: "accessNotPermitted", path: "/systems/0/terminalGroups/0/internetAccess" }],
    },
    {
      // Review §4 N10.
      name: "β business terminals bypass the security cloud",
      description: betaTerminals("direct"),
      profile: beta,
      expected: [{ messageId: "bypassesSecurityCloud", path: "/systems/0/terminalGroups/0/internetAccess" }],
    },
    {
      name: "internet access not stated",
      description: lgwanBrowsing(),
      expected: [{ messageId: "accessUnknown", outcome: "needs-evidence", path: "/systems/0/terminalGroups/0" }],
    },
    {
      name: "no LGWAN terminals described anywhere",
      description: description([lgwanSystem()]),
      expected: [{ messageId: "noTerminals", outcome: "needs-evidence", path: "/systems/0/terminalGroups" }],
    },
  ],
};

export default table;

import { hitoyoshiProfile } from "../../profiles/hitoyoshi.js";
import { description, internetSystem, lgwanSystem } from "../../../test/support/fixtures.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const link = (connection: Record<string, unknown>) =>
  description([internetSystem({ terminalGroups: [{ id: "net-pc", name: "インターネット端末" }] }), lgwanSystem()], {
    connections: [{ id: "mail-in", from: { system: "web-mail" }, to: { system: "groupware" }, ...connection }],
  });
const beta = { ...hitoyoshiProfile, networkModel: "beta" as const };

const table: CheckTable = {
  valid: [
    { name: "mail text conversion", description: link({ sanitisation: ["mail-text-conversion"] }) },
    { name: "screen transfer", description: link({ sanitisation: ["screen-transfer"] }) },
    {
      name: "β: internet terminals reach LGWAN systems by screen transfer",
      profile: beta,
      description: link({ from: { system: "web-mail", terminalGroup: "net-pc" }, sanitisation: ["screen-transfer"] }),
    },
    {
      name: "LGWAN to LGWAN is not judged",
      description: description([lgwanSystem(), lgwanSystem({ id: "finance" })], {
        connections: [{ id: "c", from: { system: "groupware" }, to: { system: "finance" } }],
      }),
    },
  ],
  invalid: [
    {
      name: "no sanitisation",
      description: link({ sanitisation: [] }),
      expected: [{ messageId: "notSanitised", path: "/connections/0/sanitisation" }],
    },
    {
      name: "β: file sanitisation alone is not enough for terminals",
      profile: beta,
      description: link({ from: { system: "web-mail", terminalGroup: "net-pc" }, sanitisation: ["file-sanitisation"] }),
      expected: [{ messageId: "screenTransferRequired", path: "/connections/0/sanitisation" }],
    },
    {
      name: "sanitisation not stated",
      description: link({}),
      expected: [{ messageId: "sanitisationUnknown", outcome: "needs-evidence", path: "/connections/0" }],
    },
  ],
};

export default table;

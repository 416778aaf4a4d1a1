import { description, lgwanSystem } from "../../../test/support/fixtures.js";
import { laptops, withTerminals } from "../../../test/support/fixtures-physical.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const desktops = { id: "desktops", name: "据置型PC", portable: false, diskEncryption: false };

const table: CheckTable = {
  valid: [
    { name: "encrypted laptops", description: withTerminals(laptops()) },
    { name: "desktops need no disk encryption here", description: withTerminals(desktops) },
    { name: "a system without terminal groups is not applicable", description: description([lgwanSystem()]) },
  ],
  invalid: [
    {
      name: "unencrypted laptops",
      description: withTerminals(desktops, laptops({ diskEncryption: false })),
      expected: [{ messageId: "notEncrypted", path: "/systems/0/terminalGroups/1/diskEncryption" }],
    },
    {
      name: "laptops whose encryption is not stated",
      description: withTerminals(laptops({ diskEncryption: undefined })),
      expected: [{ messageId: "encryptionUnknown", outcome: "needs-evidence", path: "/systems/0/terminalGroups/0/diskEncryption" }],
    },
    {
      name: "a group that does not say whether it is portable",
      description: withTerminals({ id: "pcs", name: "端末" }),
      expected: [{ messageId: "portabilityUnknown", outcome: "needs-evidence", path: "/systems/0/terminalGroups/0/portable" }],
    },
  ],
};

export default table;

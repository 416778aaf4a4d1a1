import { description, lgwanSystem } from "../../../test/support/fixtures.js";
import { hitoyoshiProfile } from "../../profiles/hitoyoshi.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const ownedBy = (ownerBody?: string) => description([lgwanSystem({ ownerBody })]);

const table: CheckTable = {
  valid: [
    { name: "the mayor's departments", description: ownedBy("市長部局") },
    { name: "the water bureau", description: ownedBy("水道局") },
    {
      name: "another municipality's list",
      description: ownedBy("消防本部"),
      profile: { ...hitoyoshiProfile, coveredBodies: [...hitoyoshiProfile.coveredBodies, "消防本部"] },
    },
  ],
  invalid: [
    {
      name: "a fire department Hitoyoshi's policy does not list",
      description: ownedBy("消防本部"),
      expected: [{ messageId: "outOfScope", path: "/systems/0/ownerBody" }],
    },
    {
      name: "owning body not stated",
      description: ownedBy(undefined),
      expected: [{ messageId: "ownerBodyMissing", outcome: "needs-evidence", path: "/systems/0/ownerBody" }],
    },
  ],
};

export default table;

import { description, lgwanSystem } from "../../../test/support/fixtures.js";
import { hitoyoshiProfile } from "../../profiles/hitoyoshi.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const ownedBy = (ownerBody?: string) => description([lgwanSystem({ ownerBody })]);

const table: CheckTable = {
  valid: [
    { name: "the mayor's departments", description: ownedBy("市長部局") },
    { name: "the water bureau", description: ownedBy("水道局") },
    { name: "the board of education's office (教育委員会事務局)", description: ownedBy("教育委員会事務局") },
    // Seventy-sixth review: the bodies' English names in an English delivery spec.
    ...["Mayor's Office", "Board of Education", "waterworks bureau"].map((body) => ({
      name: `written in English: ${body}`,
      description: ownedBy(body),
    })),
    { name: "市長事務部局 for 市長部局", description: ownedBy("市長事務部局") },
    { name: "the body with the city's name in front", description: ownedBy("人吉市教育委員会") },
    { name: "full-width spacing", description: ownedBy("選挙管理委員会　事務局") },
    {
      name: "another municipality's list",
      description: ownedBy("消防本部"),
      profile: { ...hitoyoshiProfile, coveredBodies: [...hitoyoshiProfile.coveredBodies, "消防本部"] },
    },
    { name: "a body outside 4(1) is out of scope, not a failure (not applicable with a notice)", description: ownedBy("消防本部") },
  ],
  invalid: [
    {
      // Fourteenth review: a division's name took the system out of every check; now it is judged and asked about.
      name: "a division written for the owning body",
      description: ownedBy("福祉課"),
      expected: [{ messageId: "ownerBodyNotNamed", outcome: "needs-evidence", path: "/systems/0/ownerBody" }],
    },
    {
      name: "owning body 「未定」",
      description: ownedBy("未定"),
      expected: [{ messageId: "ownerBodyUnassigned", path: "/systems/0/ownerBody" }],
    },
    {
      name: "owning body not stated",
      description: ownedBy(undefined),
      expected: [{ messageId: "ownerBodyMissing", outcome: "needs-evidence", path: "/systems/0/ownerBody" }],
    },
  ],
};

export default table;

import { asset, assetDescription } from "../../../test/support/fixtures-classification.js";
import type { CheckTable } from "../../vitest/check-tester.js";

/** The same asset, with the description's vendor listed. */
const withVendor = (owner: string) => ({
  ...assetDescription([asset({ owner })]),
  vendors: [{ id: "minami", name: "南九州システム開発株式会社" }],
});

const table: CheckTable = {
  valid: [
    { name: "owner named", description: assetDescription([asset()]) },
    // A note naming the contractor that handles the data says what it does; the owner is the 課長 written first.
    {
      name: "the owner is the 課長, with the contractor in a note",
      description: withVendor("市民課長（入力作業は南九州システム開発に委託）"),
    },
  ],
  invalid: [
    {
      name: "owner still to be decided",
      description: assetDescription([asset({ owner: "未定" })]),
      expected: [{ messageId: "ownerUnassigned", path: "/systems/0/dataAssets/0/owner" }],
    },
    {
      // Fiftieth review: the vendor written as the owner of the facility-booking data passed. An auditor asks: the guideline's
      // model standards have the municipality's 課室長 decide an asset's class and handling; the vendor is bound by contract.
      name: "the owner is the vendor",
      description: withVendor("南九州システム開発株式会社"),
      expected: [{ messageId: "ownerIsContractor", outcome: "needs-evidence", severity: "medium", path: "/systems/0/dataAssets/0/owner" }],
    },
    {
      name: "the owner is a contractor named by its role",
      description: assetDescription([asset({ owner: "委託先" })]),
      expected: [{ messageId: "ownerIsContractor", outcome: "needs-evidence", path: "/systems/0/dataAssets/0/owner" }],
    },
    {
      name: "owner not stated",
      description: assetDescription([asset(), asset({ id: "logs", owner: undefined })]),
      expected: [{ messageId: "ownerMissing", outcome: "needs-evidence", path: "/systems/0/dataAssets/1/owner" }],
    },
    {
      name: "assets not described",
      description: assetDescription(undefined),
      expected: [{ messageId: "assetsUnknown", outcome: "needs-evidence", path: "/systems/0/dataAssets" }],
    },
  ],
};

export default table;

import { description, lgwanSystem } from "../../../test/support/fixtures.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const posts = (facts: Record<string, unknown>) => description([lgwanSystem(facts)]);
const vendors = [{ id: "minami", name: "南九州システム開発株式会社" }];
const withVendor = (facts: Record<string, unknown>) => description([lgwanSystem(facts)], { vendors });

const table: CheckTable = {
  valid: [
    { name: "owner and administrator named", description: posts({ owner: "情報政策課長", administrator: "情報政策係長" }) },
    { name: "the same post may hold both", description: posts({ owner: "情報政策課長", administrator: "情報政策課長" }) },
    {
      // The vendor's engineer running the system under the 課長 is usual in a small city: the operator is not asked about.
      name: "the operator is the vendor's engineer",
      description: withVendor({ owner: "市民課長", administrator: "南九州システム開発 田中（常駐SE）" }),
    },
    {
      // A note naming the contractor says what it does; the holder is the 課長 written first.
      name: "the owner is the 課長, with the contractor in a note",
      description: withVendor({ owner: "市民課長（運用は南九州システム開発に委託）", administrator: "市民課 係長" }),
    },
  ],
  invalid: [
    {
      name: "administrator still to be decided",
      description: posts({ owner: "情報政策課長", administrator: "未定" }),
      expected: [{ messageId: "unassigned", path: "/systems/0/administrator" }],
    },
    {
      name: "owner given as TBD",
      description: posts({ owner: " TBD ", administrator: "情報政策係長" }),
      expected: [{ messageId: "unassigned", path: "/systems/0/owner" }],
    },
    {
      // Fiftieth review: the vendor written as the system's owner passed. An auditor asks who the head of the owning division
      // is: the guideline's 情報システム管理者 is the municipality's post, and the vendor works under its contract.
      name: "the owner is the vendor",
      description: withVendor({ owner: "南九州システム開発株式会社", administrator: "市民課 係長" }),
      expected: [{ messageId: "ownerIsContractor", outcome: "needs-evidence", severity: "medium", path: "/systems/0/owner" }],
    },
    {
      name: "the owner is a contractor named by its role",
      description: posts({ owner: "受託事業者の業務責任者", administrator: "市民課 係長" }),
      expected: [{ messageId: "ownerIsContractor", outcome: "needs-evidence", path: "/systems/0/owner" }],
    },
    {
      name: "neither stated",
      description: posts({}),
      expected: [
        { messageId: "missing", outcome: "needs-evidence", path: "/systems/0/owner" },
        { messageId: "missing", outcome: "needs-evidence", path: "/systems/0/administrator" },
      ],
    },
  ],
};

export default table;

import { description, lgwanSystem } from "../../../test/support/fixtures.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const posts = (facts: Record<string, unknown>) => description([lgwanSystem(facts)]);

const table: CheckTable = {
  valid: [
    { name: "owner and administrator named", description: posts({ owner: "情報政策課長", administrator: "情報政策係長" }) },
    { name: "the same post may hold both", description: posts({ owner: "情報政策課長", administrator: "情報政策課長" }) },
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

import { withEval } from "../../../test/support/fixtures-evaluation.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const table: CheckTable = {
  valid: [{ name: "standards established in 2026-03", description: withEval({ standardsEstablishedOn: "2026-03-25" }) }],
  invalid: [
    {
      name: "standards dated after the evaluation date",
      description: withEval({ standardsEstablishedOn: "2026-06-01" }),
      expected: [{ messageId: "notEstablished", path: "/municipality/standardsEstablishedOn" }],
    },
    {
      name: "not stated",
      description: withEval(),
      expected: [{ messageId: "unknown", outcome: "needs-evidence", path: "/municipality/standardsEstablishedOn" }],
    },
  ],
};

export default table;

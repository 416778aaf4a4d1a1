import { description, lgwanSystem } from "../../../test/support/fixtures.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const city = { municipality: { name: "人吉市" } };

const table: CheckTable = {
  valid: [
    {
      name: "a procedure referenced by document number",
      description: description([lgwanSystem({ procedureRef: "実施手順 第12号（財務会計）" })], city),
    },
    { name: "a vendor's delivery spec without a municipality (not applicable)", description: description([lgwanSystem()]) },
  ],
  invalid: [
    {
      name: "procedure 「策定中」",
      description: description([lgwanSystem({ procedureRef: "策定中" })], city),
      expected: [{ messageId: "placeholder", path: "/systems/0/procedureRef" }],
    },
    {
      name: "procedure 「未策定」",
      description: description([lgwanSystem({ procedureRef: "未策定" })], city),
      expected: [{ messageId: "placeholder", path: "/systems/0/procedureRef" }],
    },
    {
      name: "not stated",
      description: description([lgwanSystem()], city),
      expected: [{ messageId: "unknown", outcome: "needs-evidence", path: "/systems/0/procedureRef" }],
    },
  ],
};

export default table;

import { socialAccount, withSocial } from "../../../test/support/fixtures-outsourcing.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const table: CheckTable = {
  valid: [{ name: "operatingProcedure named", description: withSocial(socialAccount()) }],
  invalid: [
    {
      name: "operatingProcedure explicitly not defined",
      description: withSocial(socialAccount({ operatingProcedure: false })),
      expected: [{ messageId: "notDefined", path: "/socialMediaAccounts/0/operatingProcedure" }],
    },
    {
      // Second auditor review: placeholder text where a reference belongs states that there is none (6(8)); it must not pass.
      name: "operatingProcedure written as 「なし」",
      description: withSocial(socialAccount({ operatingProcedure: "なし" })),
      expected: [{ messageId: "notDefined", path: "/socialMediaAccounts/0/operatingProcedure" }],
    },
    {
      // Sixty-second review: 「手順書」 in the text made it read as a reference to one.
      name: "operatingProcedure written as 「手順書なし」",
      description: withSocial(socialAccount({ operatingProcedure: "手順書なし" })),
      expected: [{ messageId: "notDefined", path: "/socialMediaAccounts/0/operatingProcedure" }],
    },
    {
      name: "operatingProcedure not stated",
      description: withSocial(socialAccount({ operatingProcedure: undefined })),
      expected: [{ messageId: "unknown", outcome: "needs-evidence", path: "/socialMediaAccounts/0/operatingProcedure" }],
    },
  ],
};

export default table;

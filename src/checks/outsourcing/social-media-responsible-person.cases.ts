import { socialAccount, withSocial } from "../../../test/support/fixtures-outsourcing.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const table: CheckTable = {
  valid: [{ name: "responsiblePerson named", description: withSocial(socialAccount()) }],
  invalid: [
    {
      name: "responsiblePerson explicitly not defined",
      description: withSocial(socialAccount({ responsiblePerson: false })),
      expected: [{ messageId: "notDefined", path: "/socialMediaAccounts/0/responsiblePerson" }],
    },
    {
      // Second auditor review: placeholder text where a reference belongs states that there is none (6(8)); it must not pass.
      name: "responsiblePerson written as 「なし」",
      description: withSocial(socialAccount({ responsiblePerson: "なし" })),
      expected: [{ messageId: "notDefined", path: "/socialMediaAccounts/0/responsiblePerson" }],
    },
    {
      name: "responsiblePerson not stated",
      description: withSocial(socialAccount({ responsiblePerson: undefined })),
      expected: [{ messageId: "unknown", outcome: "needs-evidence", path: "/socialMediaAccounts/0/responsiblePerson" }],
    },
  ],
};

export default table;

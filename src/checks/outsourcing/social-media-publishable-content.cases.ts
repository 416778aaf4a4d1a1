import { socialAccount, withSocial } from "../../../test/support/fixtures-outsourcing.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const table: CheckTable = {
  valid: [{ name: "publishableContent named", description: withSocial(socialAccount()) }],
  invalid: [
    {
      name: "publishableContent explicitly not defined",
      description: withSocial(socialAccount({ publishableContent: false })),
      expected: [{ messageId: "notDefined", path: "/socialMediaAccounts/0/publishableContent" }],
    },
    {
      // Second auditor review: placeholder text where a reference belongs states that there is none (6(8)); it must not pass.
      name: "publishableContent written as 「未定」",
      description: withSocial(socialAccount({ publishableContent: "未定" })),
      expected: [{ messageId: "notDefined", path: "/socialMediaAccounts/0/publishableContent" }],
    },
    {
      name: "publishableContent not stated",
      description: withSocial(socialAccount({ publishableContent: undefined })),
      expected: [{ messageId: "unknown", outcome: "needs-evidence", path: "/socialMediaAccounts/0/publishableContent" }],
    },
  ],
};

export default table;

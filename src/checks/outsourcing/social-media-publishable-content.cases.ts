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
      name: "publishableContent not stated",
      description: withSocial(socialAccount({ publishableContent: undefined })),
      expected: [{ messageId: "unknown", outcome: "needs-evidence", path: "/socialMediaAccounts/0/publishableContent" }],
    },
  ],
};

export default table;

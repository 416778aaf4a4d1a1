import { socialAccount, withSocial } from "../../../test/support/fixtures-outsourcing.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const table: CheckTable = {
  valid: [{ name: "MFA and takeover protection", description: withSocial(socialAccount()) }],
  invalid: [
    {
      name: "password-only log-in",
      description: withSocial(socialAccount({ mfa: false })),
      expected: [{ messageId: "noMfa", path: "/socialMediaAccounts/0/mfa" }],
    },
    {
      name: "no takeover protection",
      description: withSocial(socialAccount({ takeoverProtection: false })),
      expected: [{ messageId: "noTakeoverProtection", path: "/socialMediaAccounts/0/takeoverProtection" }],
    },
    {
      name: "protection not stated",
      description: withSocial(socialAccount({ mfa: undefined, takeoverProtection: undefined })),
      expected: [
        { messageId: "factUnknown", outcome: "needs-evidence", path: "/socialMediaAccounts/0/mfa" },
        { messageId: "factUnknown", outcome: "needs-evidence", path: "/socialMediaAccounts/0/takeoverProtection" },
      ],
    },
  ],
};

export default table;

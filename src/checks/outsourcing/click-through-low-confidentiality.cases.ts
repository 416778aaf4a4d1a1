import { cloudService, withCloud } from "../../../test/support/fixtures-outsourcing.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const clickThrough = (overrides: Record<string, unknown>) =>
  withCloud(cloudService({ terms: "click-through", ismap: false, otherAssurance: [], ...overrides }));

const table: CheckTable = {
  valid: [
    { name: "click-through for C1 information", description: clickThrough({ highestConfidentiality: "C1" }) },
    { name: "click-through for r6 class 1", description: clickThrough({ highestConfidentiality: "1" }) },
    { name: "a negotiated contract for C2 (not applicable)", description: withCloud(cloudService()) },
    {
      name: "terms unknown but C1 information only",
      description: withCloud(cloudService({ terms: undefined, highestConfidentiality: "C1" })),
    },
    {
      name: "an ISMAP-registered groupware on standard terms holding C2 (the M365 case of the review)",
      description: clickThrough({ highestConfidentiality: "C2", ismap: true }),
    },
    {
      name: "standard terms with other assurance",
      description: clickThrough({ highestConfidentiality: "C2", otherAssurance: ["ISO/IEC 27017"] }),
    },
  ],
  invalid: [
    {
      name: "click-through for C2 information without any assurance",
      description: clickThrough({ highestConfidentiality: "C2" }),
      expected: [{ messageId: "tooConfidential", path: "/cloudServices/0/highestConfidentiality" }],
    },
    {
      name: "terms not stated for C2 information",
      description: withCloud(cloudService({ terms: undefined })),
      expected: [{ messageId: "termsUnknown", outcome: "needs-evidence", path: "/cloudServices/0/terms" }],
    },
    {
      name: "click-through with confidentiality not stated",
      description: clickThrough({ highestConfidentiality: undefined }),
      expected: [{ messageId: "confidentialityUnknown", outcome: "needs-evidence", path: "/cloudServices/0/highestConfidentiality" }],
    },
    {
      name: "click-through for C2, not ISMAP, other assurance not stated",
      description: clickThrough({ highestConfidentiality: "C2", ismap: false, otherAssurance: undefined }),
      expected: [{ messageId: "otherAssuranceUnknown", outcome: "needs-evidence", path: "/cloudServices/0/otherAssurance" }],
    },
    {
      name: "click-through for C2 with the assurance not stated",
      description: clickThrough({ highestConfidentiality: "C2", ismap: undefined }),
      expected: [{ messageId: "assuranceUnknown", outcome: "needs-evidence", path: "/cloudServices/0/ismap" }],
    },
  ],
};

export default table;

import { cloudService, withCloud } from "../../../test/support/fixtures-outsourcing.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const clickThrough = (overrides: Record<string, unknown>) =>
  withCloud(cloudService({ terms: "click-through", ismap: false, ...overrides }));

const table: CheckTable = {
  valid: [
    { name: "click-through for C1 information", description: clickThrough({ highestConfidentiality: "C1" }) },
    { name: "click-through for r6 class 1", description: clickThrough({ highestConfidentiality: "1" }) },
    { name: "a negotiated contract for C2 (not applicable)", description: withCloud(cloudService()) },
    {
      name: "terms unknown but C1 information only",
      description: withCloud(cloudService({ terms: undefined, highestConfidentiality: "C1" })),
    },
  ],
  invalid: [
    {
      name: "click-through for C2 information",
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
  ],
};

export default table;

import { cloudService, withCloud } from "../../../test/support/fixtures-outsourcing.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const table: CheckTable = {
  valid: [
    { name: "a C2 service registered in ISMAP", description: withCloud(cloudService()) },
    { name: "other assurance instead of ISMAP", description: withCloud(cloudService({ ismap: false, otherAssurance: ["ISO/IEC 27017"] })) },
    {
      name: "a C1 service needs no assurance (not applicable)",
      description: withCloud(cloudService({ highestConfidentiality: "C1", ismap: false })),
    },
    { name: "r6 class 3B with ISMAP", description: withCloud(cloudService({ highestConfidentiality: "3B" })) },
  ],
  invalid: [
    {
      name: "a C2 service with no assurance at all",
      description: withCloud(cloudService({ ismap: false, otherAssurance: [] })),
      expected: [{ messageId: "noAssurance", path: "/cloudServices/0/ismap" }],
    },
    {
      // Second auditor review: 「なし」 in the list of other assurance is a statement that there is none.
      name: "other assurance written as 「なし」",
      description: withCloud(cloudService({ ismap: false, otherAssurance: ["なし"] })),
      expected: [{ messageId: "noAssurance", path: "/cloudServices/0/ismap" }],
    },
    {
      name: "not ISMAP, other assurance not stated",
      description: withCloud(cloudService({ ismap: false })),
      expected: [{ messageId: "otherAssuranceUnknown", outcome: "needs-evidence", path: "/cloudServices/0/otherAssurance" }],
    },
    {
      name: "assurance not stated",
      description: withCloud(cloudService({ ismap: undefined })),
      expected: [{ messageId: "assuranceUnknown", outcome: "needs-evidence", path: "/cloudServices/0/ismap" }],
    },
    {
      name: "confidentiality not stated",
      description: withCloud(cloudService({ highestConfidentiality: undefined })),
      expected: [{ messageId: "confidentialityUnknown", outcome: "needs-evidence", path: "/cloudServices/0/highestConfidentiality" }],
    },
  ],
};

export default table;

import { cloudService, withCloud } from "../../../test/support/fixtures-outsourcing.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const table: CheckTable = {
  valid: [
    { name: "data in Japan under Japanese law", description: withCloud(cloudService()) },
    { name: "other spellings of Japan", description: withCloud(cloudService({ dataLocations: ["JP", "日本"], governingLaw: "Japan" })) },
    {
      name: "written in Japanese: 日本国内, 国内 and a Tokyo region, under 日本法",
      description: withCloud(cloudService({ dataLocations: ["日本国内", "国内", "東京"], governingLaw: "日本法" })),
    },
    {
      // Fidelity pass (audit-ok-beta-prime-gc, audit-ok-alpha-prime-allowlist): specs name the region as the provider does.
      name: "regions written as a provider names them: 東京リージョン, 東日本リージョン, Japan East region",
      description: withCloud(cloudService({ dataLocations: ["東京リージョン", "東日本リージョン", "Japan East region"] })),
    },
    { name: "governing law written in English", description: withCloud(cloudService({ governingLaw: "Japanese law" })) },
    {
      name: "a C1 service may store abroad (not applicable)",
      description: withCloud(cloudService({ highestConfidentiality: "C1", dataLocations: ["us"], governingLaw: "us" })),
    },
  ],
  invalid: [
    {
      name: "a replica abroad",
      description: withCloud(cloudService({ dataLocations: ["japan", "singapore"] })),
      expected: [{ messageId: "locationNotAllowed", path: "/cloudServices/0/dataLocations" }],
    },
    {
      name: "governed by foreign law",
      description: withCloud(cloudService({ governingLaw: "us-washington" })),
      expected: [{ messageId: "foreignLaw", path: "/cloudServices/0/governingLaw" }],
    },
    {
      name: "location and law not stated",
      description: withCloud(cloudService({ dataLocations: undefined, governingLaw: undefined })),
      expected: [
        { messageId: "locationsUnknown", outcome: "needs-evidence", path: "/cloudServices/0/dataLocations" },
        { messageId: "lawUnknown", outcome: "needs-evidence", path: "/cloudServices/0/governingLaw" },
      ],
    },
    {
      name: "confidentiality not stated",
      description: withCloud(cloudService({ highestConfidentiality: undefined })),
      expected: [{ messageId: "confidentialityUnknown", outcome: "needs-evidence", path: "/cloudServices/0/highestConfidentiality" }],
    },
  ],
};

export default table;

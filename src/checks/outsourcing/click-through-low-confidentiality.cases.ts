import { cloudService, withCloud, withHostedAsset } from "../../../test/support/fixtures-outsourcing.js";
import { hitoyoshiProfile } from "../../profiles/hitoyoshi.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const clickThrough = (overrides: Record<string, unknown>) =>
  withCloud(cloudService({ terms: "click-through", ismap: false, otherAssurance: [], ...overrides }));

/**
 * A profile that calls for assurance only from C3 while standard terms stop at C1: C2 on standard
 * terms is this check's question. With the default profile (both C2) cloud-assurance judges it.
 */
const assuranceFromC3 = { ...hitoyoshiProfile, cloud: { ...hitoyoshiProfile.cloud, assuranceRequiredFrom: "C3" as const } };

const table: CheckTable = {
  profile: assuranceFromC3,
  valid: [
    {
      // Second auditor review: under the default profile the same missing assurance was reported by
      // cloud-assurance (high) and here (medium). One gap, one finding: cloud-assurance's.
      name: "default profile: C2 on standard terms without assurance is left to cloud-assurance (not applicable)",
      description: clickThrough({ highestConfidentiality: "C2" }),
      profile: hitoyoshiProfile,
    },
    {
      name: "C3 on standard terms: cloud-assurance's question under this profile too (not applicable)",
      description: clickThrough({ highestConfidentiality: "C3" }),
    },
    {
      // Sixteenth review: the service's row says C1, a system on it holds C3; cloud-assurance judges
      // the C3 it receives (under this profile, from C3), so it is not this check's question.
      name: "written as C1, a hosted system holds C3: cloud-assurance's question (not applicable)",
      description: withHostedAsset(
        cloudService({ terms: "click-through", ismap: false, otherAssurance: [], highestConfidentiality: "C1" }),
        "C3",
      ),
    },
    {
      name: "confidentiality not stated: cloud-assurance asks for it (not applicable)",
      description: clickThrough({ highestConfidentiality: undefined }),
    },
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
      // Sixteenth review: the class a service handles is what the systems on it hold.
      name: "written as C1, a hosted system holds C2, no assurance",
      description: withHostedAsset(
        cloudService({ terms: "click-through", ismap: false, otherAssurance: [], highestConfidentiality: "C1" }),
        "C2",
      ),
      expected: [{ messageId: "tooConfidential", path: "/cloudServices/0/highestConfidentiality", data: { class: "C2" } }],
    },
    {
      name: "click-through for C2 information without any assurance",
      description: clickThrough({ highestConfidentiality: "C2" }),
      expected: [{ messageId: "tooConfidential", path: "/cloudServices/0/highestConfidentiality" }],
    },
    {
      // Second auditor review: 「検討中」 as other assurance is none yet.
      name: "click-through for C2 information with other assurance 「検討中」",
      description: clickThrough({ highestConfidentiality: "C2", otherAssurance: ["検討中"] }),
      expected: [{ messageId: "tooConfidential", path: "/cloudServices/0/highestConfidentiality" }],
    },
    {
      name: "terms not stated for C2 information",
      description: withCloud(cloudService({ terms: undefined })),
      expected: [{ messageId: "termsUnknown", outcome: "needs-evidence", path: "/cloudServices/0/terms" }],
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

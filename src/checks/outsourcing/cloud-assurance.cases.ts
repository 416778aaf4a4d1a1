import { cloudService, withCloud, withHostedAsset } from "../../../test/support/fixtures-outsourcing.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const table: CheckTable = {
  valid: [
    { name: "a C2 service registered in ISMAP", description: withCloud(cloudService()) },
    { name: "other assurance instead of ISMAP", description: withCloud(cloudService({ ismap: false, otherAssurance: ["ISO/IEC 27017"] })) },
    {
      // Sixty-second review: ISMS with its cloud security certification is assurance of the service.
      name: "a C3 service with ISMS and the ISMS cloud security certification (ISO/IEC 27017)",
      description: withCloud(
        cloudService({
          highestConfidentiality: "C3",
          ismap: false,
          otherAssurance: ["ISMS（ISO/IEC 27001）", "ISMSクラウドセキュリティ認証（ISO/IEC 27017）"],
        }),
      ),
    },
    {
      name: "a C2 service with a Privacy Mark (marks of an organisation are asked about for top-tier information only)",
      description: withCloud(cloudService({ ismap: false, otherAssurance: ["プライバシーマーク（第12345678号）"] })),
    },
    {
      name: "a C1 service needs no assurance (not applicable)",
      description: withCloud(cloudService({ highestConfidentiality: "C1", ismap: false })),
    },
    { name: "r6 class 3B with ISMAP", description: withCloud(cloudService({ highestConfidentiality: "3B" })) },
    {
      name: "a C1 service whose hosted system holds only C1 (not applicable)",
      description: withHostedAsset(cloudService({ highestConfidentiality: "C1", ismap: false, otherAssurance: [] }), "C1"),
    },
    {
      name: "a service written as C1 holding C2 through a hosted system, with ISMAP",
      description: withHostedAsset(cloudService({ highestConfidentiality: "C1" }), "C2"),
    },
  ],
  invalid: [
    {
      // Sixty-fifth review: ISMAP-LIU with a note that names ISMAP.
      name: "a C3 service assured only by 「ISMAP-LIU（ISMAPの低リスク向け）」",
      description: withCloud(
        cloudService({ highestConfidentiality: "C3", ismap: false, otherAssurance: ["ISMAP-LIU（ISMAPの低リスク向け）"] }),
      ),
      expected: [{ messageId: "organisationMarkOnly", outcome: "needs-evidence", path: "/cloudServices/0/otherAssurance" }],
    },
    ...[["ISMAP（LIU）"], ["JIS Q 27001"]].map((otherAssurance) => ({
      // Sixty-third review: ISMAP-LIU and ISMS written other ways.
      name: `a C3 service assured only by 「${otherAssurance.join("")}」`,
      description: withCloud(cloudService({ highestConfidentiality: "C3", ismap: false, otherAssurance })),
      expected: [
        { messageId: "organisationMarkOnly" as const, outcome: "needs-evidence" as const, path: "/cloudServices/0/otherAssurance" },
      ],
    })),
    ...[["プライバシーマーク（第12345678号）"], ["ISMAP-LIU"], ["ISO/IEC 27001", "Pマーク"]].map((otherAssurance) => ({
      // Sixty-second review: organisation-level marks, and the registration for low-risk use, passed for C3 data.
      name: `a C3 service assured only by ${otherAssurance.join(" and ")}`,
      description: withCloud(cloudService({ highestConfidentiality: "C3", ismap: false, otherAssurance })),
      expected: [
        { messageId: "organisationMarkOnly" as const, outcome: "needs-evidence" as const, path: "/cloudServices/0/otherAssurance" },
      ],
    })),
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
      // Sixteenth review: a click-through generative AI service written as C1 while a system on it
      // holds a C2 welfare record. The auditor judges what the service receives: C2, so ISMAP or
      // equivalent assurance is required (guideline, 6(8)); writing C1 in one field must not pass.
      name: "a service written as C1 whose hosted system holds a C2 asset, no assurance",
      description: withHostedAsset(
        cloudService({ highestConfidentiality: "C1", terms: "click-through", ismap: false, otherAssurance: [] }),
        "C2",
      ),
      expected: [{ messageId: "noAssuranceHosted", path: "/cloudServices/0/ismap", data: { class: "C2", system: "ai-use" } }],
    },
    {
      name: "a service not stating its class whose hosted system holds C2, ISMAP not stated (needs evidence)",
      description: withHostedAsset(cloudService({ highestConfidentiality: undefined, ismap: undefined }), "C2"),
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

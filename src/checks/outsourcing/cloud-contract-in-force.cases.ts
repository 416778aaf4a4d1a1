import { cloudService, withCloud } from "../../../test/support/fixtures-outsourcing.js";
import type { CheckTable } from "../../vitest/check-tester.js";

// The evaluation date of these descriptions is 1 April 2026, the first day of fiscal 2026.
const table: CheckTable = {
  valid: [
    {
      // Descriptions written before the field existed, and services on standard terms without a term: not judged here.
      name: "no contract written",
      description: withCloud(cloudService()),
    },
    {
      // A subscription for the fiscal year the evaluation falls in (to 31 March 2027): in force.
      name: "the contract runs to the end of the fiscal year",
      description: withCloud(cloudService({ contract: { reference: "R8-情政-031", validUntil: "2027-03-31" } })),
    },
    {
      // The term's last day is a day in force.
      name: "the contract ends on the evaluation date",
      description: withCloud(cloudService({ contract: { reference: "R7-情政-031", validUntil: "2026-04-01" } })),
    },
    {
      // A contract without a stated end (open-ended, or renewed each year without a date written): nothing to judge but the reference.
      name: "the contract gives its reference and no term",
      description: withCloud(cloudService({ contract: { reference: "R7-情政-031" } })),
    },
    {
      // Sixty-third review's pattern: a note naming the contract that covers the service is a reference, not a placeholder.
      name: "the service is covered by a wider contract, named in a note",
      description: withCloud(cloudService({ contract: { reference: "個別契約なし（包括保守契約 第7-101号に含む）" } })),
    },
  ],
  invalid: [
    {
      // Last fiscal year's subscription (to 31 March 2026), not renewed on 1 April while the service is still listed
      // as in use: the provider holds the city's data with no contract binding it (6(8)), as for a vendor (high).
      name: "the contract ended the day before the evaluation date",
      description: withCloud(cloudService({ contract: { reference: "R7-情政-031", validUntil: "2026-03-31" } })),
      expected: [{ messageId: "contractEnded", outcome: "fail", severity: "high", path: "/cloudServices/0/contract/validUntil" }],
    },
    {
      // An ended contract written without its reference: the ended term is the finding (one gap, one finding).
      name: "an ended contract without a reference",
      description: withCloud(cloudService({ contract: { validUntil: "2025-09-30" } })),
      expected: [{ messageId: "contractEnded", outcome: "fail", path: "/cloudServices/0/contract/validUntil" }],
    },
    ...["契約なし", "未締結（令和8年度分は入札中）"].map((reference) => ({
      // Said in words that there is no contract: as for a vendor, a fail, not a question.
      name: `the contract reference is 「${reference}」`,
      description: withCloud(cloudService({ contract: { reference } })),
      expected: [
        { messageId: "noContract", outcome: "fail" as const, severity: "high" as const, path: "/cloudServices/0/contract/reference" },
      ],
    })),
    {
      // A term written without the contract it belongs to: asked (what contract is it?), not failed.
      name: "a term in force without the contract's reference",
      description: withCloud(cloudService({ contract: { validUntil: "2027-03-31" } })),
      expected: [
        { messageId: "referenceUnknown", outcome: "needs-evidence", severity: "medium", path: "/cloudServices/0/contract/reference" },
      ],
    },
  ],
};

export default table;

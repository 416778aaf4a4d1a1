import { asset, assetDescription } from "../../../test/support/fixtures-classification.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const disposedBy = (disposal: Record<string, unknown> | undefined, extra: Record<string, unknown> = {}) =>
  assetDescription([asset({ disposal, ...extra })]);

const table: CheckTable = {
  valid: [
    { name: "shredded and recorded", description: disposedBy({ method: "irrecoverable", recorded: true }) },
    { name: "C1 data thrown away normally", description: disposedBy({ method: "ordinary", recorded: false }, { confidentiality: "C1" }) },
  ],
  invalid: [
    {
      name: "C2 printouts in the ordinary bin",
      description: disposedBy({ method: "ordinary", recorded: true }),
      expected: [{ messageId: "ordinaryDisposal", path: "/systems/0/dataAssets/0/disposal/method", clauses: ["6(2)", "4(2)①", "4(2)②"] }],
    },
    {
      // Third review: printouts are the information of 4(2)② (printed documents included), not the
      // media of ①; the finding cites what the asset is.
      name: "C2 printouts only (form: paper) in the ordinary bin",
      description: disposedBy({ method: "ordinary", recorded: true }, { form: "paper" }),
      expected: [{ messageId: "ordinaryDisposal", path: "/systems/0/dataAssets/0/disposal/method", clauses: ["6(2)", "4(2)②"] }],
    },
    {
      name: "destroyed without a record",
      description: disposedBy({ method: "irrecoverable", recorded: false }),
      expected: [{ messageId: "notRecorded", path: "/systems/0/dataAssets/0/disposal/recorded" }],
    },
    {
      name: "record not stated",
      description: disposedBy({ method: "irrecoverable" }),
      expected: [{ messageId: "disposalUnknown", outcome: "needs-evidence", path: "/systems/0/dataAssets/0/disposal" }],
    },
    {
      name: "disposal not described",
      description: disposedBy(undefined),
      expected: [{ messageId: "disposalUnknown", outcome: "needs-evidence", path: "/systems/0/dataAssets/0" }],
    },
  ],
};

export default table;

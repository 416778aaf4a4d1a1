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
      // Fiftieth review: the payroll data with My Numbers thrown away as ordinary waste. An auditor rates it high: disposal
      // that cannot be recovered, with a record, is a safeguard the My Number Act requires of specific personal information,
      // beyond the model standard's handling rule. C2 stays medium (the case above).
      name: "My Number data in the ordinary bin",
      description: disposedBy({ method: "ordinary", recorded: true }, { confidentiality: "C3", myNumber: true }),
      expected: [{ messageId: "ordinaryDisposalMyNumber", severity: "high", path: "/systems/0/dataAssets/0/disposal/method" }],
    },
    {
      // The same class without My Numbers: the Act does not reach it, so the model standard's rule at the check's medium.
      name: "C3 data without My Numbers in the ordinary bin",
      description: disposedBy({ method: "ordinary", recorded: true }, { confidentiality: "C3", myNumber: false }),
      expected: [{ messageId: "ordinaryDisposal", severity: "medium", path: "/systems/0/dataAssets/0/disposal/method" }],
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

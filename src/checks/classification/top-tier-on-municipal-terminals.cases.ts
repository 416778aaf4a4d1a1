import { asset, assetDescription } from "../../../test/support/fixtures-classification.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const c3 = [asset({ confidentiality: "C3" })];
const terminals = (...groups: Record<string, unknown>[]) => assetDescription(c3, { terminalGroups: groups });

const table: CheckTable = {
  valid: [
    { name: "C3 data on municipal terminals", description: terminals({ id: "staff-pc", name: "職員端末", issuedBy: "municipality" }) },
    {
      name: "C2 data may be reached from vendor terminals",
      description: assetDescription([asset()], { terminalGroups: [{ id: "vendor-pc", name: "保守端末", issuedBy: "vendor" }] }),
    },
  ],
  invalid: [
    {
      name: "vendor terminals on a C3 system",
      description: terminals(
        { id: "staff-pc", name: "職員端末", issuedBy: "municipality" },
        { id: "vendor-pc", name: "保守端末", issuedBy: "vendor" },
      ),
      expected: [{ messageId: "notMunicipal", path: "/systems/0/terminalGroups/1/issuedBy" }],
    },
    {
      name: "issuer not stated",
      description: terminals({ id: "staff-pc", name: "職員端末" }),
      expected: [{ messageId: "issuerUnknown", outcome: "needs-evidence", path: "/systems/0/terminalGroups/0" }],
    },
    {
      name: "no terminal groups listed",
      description: assetDescription(c3, { terminalGroups: undefined }),
      expected: [{ messageId: "noTerminals", outcome: "needs-evidence", path: "/systems/0/terminalGroups" }],
    },
  ],
};

export default table;

import { description, internetSystem, lgwanSystem, mynumberSystem } from "../../../test/support/fixtures.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const table: CheckTable = {
  valid: [
    { name: "My Number data in the My Number zone", description: description([mynumberSystem()]) },
    { name: "personal data marked as not My Number in the internet zone", description: description([internetSystem()]) },
    {
      // Fidelity pass: 2(9) places 個人番号利用事務 in the zone; an employer's My Numbers (個人番号関係事務) stay with payroll.
      name: "staff My Numbers for withholding tax (個人番号関係事務) in the LGWAN payroll system",
      description: description([
        lgwanSystem({
          businessFunctions: ["payroll"],
          dataAssets: [
            {
              id: "gensen",
              name: "職員の個人番号",
              confidentiality: "C3",
              personalInformation: true,
              myNumber: true,
              myNumberUse: "related",
            },
          ],
        }),
      ]),
    },
  ],
  invalid: [
    {
      name: "My Number data in the LGWAN zone",
      description: description([
        lgwanSystem({ dataAssets: [{ id: "tax", name: "課税情報", confidentiality: "C3", personalInformation: true, myNumber: true }] }),
      ]),
      expected: [{ messageId: "myNumberData", path: "/systems/0/dataAssets/0/myNumber" }],
    },
    {
      name: "My Number data stated to serve My Number affairs in the LGWAN zone",
      description: description([
        lgwanSystem({
          dataAssets: [{ id: "tax", name: "課税情報", personalInformation: true, myNumber: true, myNumberUse: "utilisation" }],
        }),
      ]),
      expected: [{ messageId: "myNumberData", path: "/systems/0/dataAssets/0/myNumber" }],
    },
    {
      name: "a tax system placed in the LGWAN zone",
      description: description([lgwanSystem({ businessFunctions: ["tax", "finance"] })]),
      expected: [{ messageId: "myNumberAffairs", path: "/systems/0/businessFunctions" }],
    },
    {
      name: "personal data without the myNumber flag needs evidence",
      description: description([internetSystem({ dataAssets: [{ id: "mail", name: "メール", personalInformation: true }] })]),
      expected: [{ messageId: "myNumberFlagMissing", outcome: "needs-evidence", path: "/systems/0/dataAssets/0" }],
    },
  ],
};

export default table;

import { description, internetSystem, lgwanSystem, mynumberSystem } from "../../../test/support/fixtures.js";
import type { CheckTable } from "../../vitest/check-tester.js";

/** A payroll system holding staff My Numbers, in the zone `make` places it, with the use `myNumberUse` (unstated when absent). */
const payroll = (make: typeof lgwanSystem, myNumberUse?: string) =>
  description([
    make({
      businessFunctions: ["payroll"],
      dataAssets: [
        {
          id: "gensen",
          name: "職員の個人番号",
          confidentiality: "C3",
          personalInformation: true,
          myNumber: true,
          ...(myNumberUse === undefined ? {} : { myNumberUse }),
        },
      ],
    }),
  ]);

const table: CheckTable = {
  valid: [
    { name: "My Number data in the My Number zone", description: description([mynumberSystem()]) },
    { name: "personal data marked as not My Number in the internet zone", description: description([internetSystem()]) },
    {
      // Seventh review (r1): 防災 also covers disaster mail; with every asset stated to hold no My Numbers it is no
      // 個人番号利用事務 (2(9)), wherever it runs.
      name: "an internet-zone disaster-mail service whose data holds no My Numbers",
      description: description([
        internetSystem({
          businessFunctions: ["disaster-response"],
          dataAssets: [{ id: "mail-list", name: "防災メール登録者", confidentiality: "C2", personalInformation: true, myNumber: false }],
        }),
      ]),
    },
    {
      // Twenty-seventh review: an internet application form for nursery places and an LGWAN-ASP form for care
      // insurance hold no My Numbers; only their import into the My Number zone is a specific communication.
      name: "application forms of child support (internet) and welfare (LGWAN-ASP) whose data holds no My Numbers",
      description: description([
        internetSystem({
          businessFunctions: ["child-support"],
          hosting: { kind: "cloud-service" },
          dataAssets: [{ id: "apps", name: "保育所入所申込", confidentiality: "C2", personalInformation: true, myNumber: false }],
        }),
        lgwanSystem({
          id: "asp-kaigo",
          businessFunctions: ["welfare"],
          hosting: { kind: "lgwan-asp" },
          dataAssets: [{ id: "kaigo", name: "要介護認定申請", confidentiality: "C2", personalInformation: true, myNumber: false }],
        }),
      ]),
    },
    {
      // Fidelity pass: 2(9) places 個人番号利用事務 in the zone; an employer's My Numbers (個人番号関係事務) stay with payroll.
      name: "staff My Numbers for withholding tax (個人番号関係事務) in the LGWAN payroll system",
      description: payroll(lgwanSystem, "related"),
    },
  ],
  invalid: [
    {
      // Thirty-third review: a resident-records e-application service on the internet side whose asset is written as an
      // employer's My Numbers: the system's business is My Number affairs, its one finding; the label says nothing of staff tax.
      name: "an internet-zone system of My Number affairs whose My Number asset is written as an employer's",
      description: description([
        internetSystem({
          businessFunctions: ["resident-records"],
          dataAssets: [
            {
              id: "todoke",
              name: "転入届",
              confidentiality: "C3",
              integrity: "I2",
              availability: "A2",
              personalInformation: true,
              myNumber: true,
              myNumberUse: "related",
            },
          ],
        }),
      ]),
      expected: [{ messageId: "myNumberAffairs", path: "/systems/0/businessFunctions" }],
    },
    {
      // Fourteenth review: an employer's My Numbers are not for the internet zone either. Thirty-second review: but 2(9)
      // does not place them in the My Number zone, so an auditor wants this said as recommended practice (the safe
      // handling of My Numbers), at high, with a remedy that does not ask for the myNumberUse already written.
      name: "staff My Numbers for withholding tax in an internet-zone system",
      description: payroll(internetSystem, "related"),
      expected: [{ messageId: "relatedDataOnInternet", path: "/systems/0/dataAssets/0/myNumberUse", severity: "high" }],
    },
    {
      // Twelfth review: payroll's My Numbers are often an employer's; the use left unstated is asked, not failed.
      name: "My Number data of the LGWAN payroll system, its use not stated",
      description: payroll(lgwanSystem),
      expected: [{ messageId: "myNumberUseUnknown", outcome: "needs-evidence", path: "/systems/0/dataAssets/0" }],
    },
    {
      // Fifty-second review: a standardised welfare system declared in the LGWAN zone, holding My Number data. One gap
      // (the system is in the wrong zone) and one change (move it): one critical, not one more per data asset.
      name: "a welfare system with My Number data in the LGWAN zone is one finding, on its business",
      description: description([
        lgwanSystem({
          businessFunctions: ["welfare"],
          dataAssets: [
            { id: "fukushi", name: "福祉台帳", confidentiality: "C3", personalInformation: true, myNumber: true },
            { id: "kyufu", name: "給付記録", confidentiality: "C3", personalInformation: true, myNumber: true },
          ],
        }),
      ]),
      expected: [{ messageId: "myNumberAffairs", path: "/systems/0/businessFunctions" }],
    },
    {
      name: "a disaster system that does not say whether its data holds My Numbers is still My Number affairs",
      description: description([internetSystem({ businessFunctions: ["disaster-response"], dataAssets: [] })]),
      expected: [{ messageId: "myNumberAffairs", path: "/systems/0/businessFunctions", data: { functionsJa: "防災（被災者支援）" } }],
    },
    {
      // Thirtieth review: the city's own tax system, on its premises, is the affairs' system whatever its assets say.
      name: "an on-premises tax system in the LGWAN zone whose assets are said to hold no My Numbers",
      description: description([
        lgwanSystem({
          businessFunctions: ["tax"],
          hosting: { kind: "on-premises" },
          dataAssets: [{ id: "kazei", name: "課税台帳", confidentiality: "C3", personalInformation: true, myNumber: false }],
        }),
      ]),
      expected: [{ messageId: "myNumberAffairs", path: "/systems/0/businessFunctions" }],
    },
    {
      // Twenty-seventh review: resident records are the register itself, whatever its assets are said to hold.
      name: "a resident-records system in the LGWAN zone whose assets are said to hold no My Numbers",
      description: description([
        lgwanSystem({
          businessFunctions: ["resident-records"],
          dataAssets: [{ id: "juki", name: "住民票", confidentiality: "C3", personalInformation: true, myNumber: false }],
        }),
      ]),
      expected: [{ messageId: "myNumberAffairs", path: "/systems/0/businessFunctions", data: { functionsJa: "住民記録" } }],
    },
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
      expected: [{ messageId: "myNumberFlagMissing", outcome: "needs-evidence", path: "/systems/0/dataAssets/0", severity: "medium" }],
    },
    {
      // Twentieth review: with the business unknown too, nothing says the system serves no My Number affairs.
      name: "personal data without the myNumber flag, in a system that does not state its business",
      description: description([
        internetSystem({ businessFunctions: undefined, dataAssets: [{ id: "mail", name: "メール", personalInformation: true }] }),
      ]),
      expected: [
        { messageId: "myNumberFlagAndBusinessMissing", outcome: "needs-evidence", path: "/systems/0/dataAssets/0", severity: "critical" },
      ],
    },
  ],
};

export default table;

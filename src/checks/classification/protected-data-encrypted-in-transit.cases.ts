import { asset, assetDescription } from "../../../test/support/fixtures-classification.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const table: CheckTable = {
  valid: [
    { name: "C2 data encrypted in transit", description: assetDescription([asset()]) },
    { name: "C1 data may travel in clear", description: assetDescription([asset({ confidentiality: "C1", encryptedInTransit: false })]) },
    {
      // Third review: C2 printouts are an information asset (4(2)②), but nothing on paper is sent
      // over a network; an auditor does not ask for their encryption (not applicable).
      name: "C2 printouts only (form: paper), encryption not stated",
      description: assetDescription([asset({ id: "printouts", form: "paper", encryptedInTransit: undefined })]),
    },
    {
      name: "printouts beside an encrypted electronic record: only the electronic one is judged",
      description: assetDescription([asset(), asset({ id: "printouts", form: "paper", encryptedInTransit: undefined })]),
    },
    {
      // Sixty-second review #10: kept on a SaaS and said to be encrypted there.
      name: "C3 data on a cloud service, encrypted at rest",
      description: assetDescription([asset({ confidentiality: "C3", encryptedAtRest: true })], { hosting: { kind: "cloud-service" } }),
    },
    {
      // Not written: not asked (most services encrypt by default, and descriptions rarely say so).
      name: "C3 data on a cloud service, encryption at rest not stated",
      description: assetDescription([asset({ confidentiality: "C3", encryptedAtRest: undefined })], { hosting: { kind: "cloud-service" } }),
    },
    {
      // The municipality's own servers (in its data centre): storage there is not providing the data to anyone.
      name: "C3 data on the city's servers in a data centre, not encrypted at rest",
      description: assetDescription([asset({ confidentiality: "C3", encryptedAtRest: false })], { hosting: { kind: "data-centre" } }),
    },
    {
      // Below the class the handling rule starts from: C1 may be kept anywhere in clear.
      name: "C1 data on a cloud service, not encrypted at rest",
      description: assetDescription([asset({ confidentiality: "C1", personalInformation: false, encryptedAtRest: false })], {
        hosting: { kind: "cloud-service" },
      }),
    },
  ],
  invalid: [
    {
      // Sixty-second review #10: C3 case files on a SaaS whose database is not encrypted (the provider's answer):
      // the provider holds the information in clear for as long as it is stored there, which the handling rule
      // for providing information (encrypt or password-protect) does not allow.
      name: "C3 data on a cloud service, not encrypted at rest",
      description: assetDescription([asset({ confidentiality: "C3", encryptedAtRest: false })], { hosting: { kind: "cloud-service" } }),
      expected: [
        {
          messageId: "storedUnencrypted",
          severity: "high",
          path: "/systems/0/dataAssets/0/encryptedAtRest",
          data: { providerJa: "クラウドサービス" },
        },
      ],
    },
    {
      // The same on an LGWAN-ASP: the ASP's provider holds it (C2 is within the rule too).
      name: "C2 data on an LGWAN-ASP, not encrypted at rest and sent in clear",
      description: assetDescription([asset({ encryptedAtRest: false, encryptedInTransit: false })], { hosting: { kind: "lgwan-asp" } }),
      expected: [
        { messageId: "notEncrypted", path: "/systems/0/dataAssets/0/encryptedInTransit" },
        { messageId: "storedUnencrypted", path: "/systems/0/dataAssets/0/encryptedAtRest" },
      ],
    },
    {
      name: "C2 data sent in clear",
      description: assetDescription([asset({ encryptedInTransit: false })]),
      expected: [{ messageId: "notEncrypted", path: "/systems/0/dataAssets/0/encryptedInTransit" }],
    },
    {
      name: "an asset on paper and electronically (form: both) sent in clear",
      description: assetDescription([asset({ form: "both", encryptedInTransit: false })]),
      expected: [{ messageId: "notEncrypted", path: "/systems/0/dataAssets/0/encryptedInTransit" }],
    },
    {
      name: "C3 data, encryption not stated",
      description: assetDescription([asset({ confidentiality: "C3", encryptedInTransit: undefined })]),
      expected: [{ messageId: "encryptionUnknown", outcome: "needs-evidence", path: "/systems/0/dataAssets/0" }],
    },
  ],
};

export default table;

import { asset, assetDescription } from "../../../test/support/fixtures-classification.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const onCloud = { hosting: { kind: "cloud-service" } };

const table: CheckTable = {
  valid: [
    {
      // Sixty-second review #10's correct counterpart: C3 case files on an ISMAP SaaS, encrypted there.
      name: "C3 data on a cloud service, encrypted at rest",
      description: assetDescription([asset({ confidentiality: "C3", encryptedAtRest: true })], onCloud),
    },
    {
      // Not written: not asked (many services encrypt by default, and descriptions rarely say so).
      name: "C3 data on a cloud service, encryption at rest not stated",
      description: assetDescription([asset({ confidentiality: "C3" })], onCloud),
    },
    {
      // The municipality's own servers, in its data centre or server room, are no provider's platform.
      name: "C3 data on the city's servers in a data centre, not encrypted at rest",
      description: assetDescription([asset({ confidentiality: "C3", encryptedAtRest: false })], { hosting: { kind: "data-centre" } }),
    },
    {
      // Below the class with handling restrictions: C1 may be kept in clear anywhere.
      name: "C1 data on a cloud service, not encrypted at rest",
      description: assetDescription([asset({ confidentiality: "C1", personalInformation: false, encryptedAtRest: false })], onCloud),
    },
    {
      // The site written, hosting not: the municipality's own room; no platform question.
      name: "C2 data not encrypted at rest, hosting not written but the server room is",
      description: assetDescription([asset({ encryptedAtRest: false })], { physicalSite: { kind: "server-room" } }),
    },
    {
      // Printouts are not stored on the service.
      name: "C3 printouts of a cloud system (form: paper), encryptedAtRest false",
      description: assetDescription([asset({ confidentiality: "C3", form: "paper", encryptedAtRest: false })], onCloud),
    },
  ],
  invalid: [
    {
      // Seventy-ninth review: a vendor's LGWAN-ASP spec written from the guides says neither hosting nor site; the data is
      // said to be unencrypted, so where it is kept decides: asked, not hidden as not applicable.
      name: "C2 data not encrypted at rest, neither hosting nor site written",
      description: assetDescription([asset({ encryptedAtRest: false })]),
      expected: [{ messageId: "hostingUnknown", outcome: "needs-evidence", severity: "medium", path: "/systems/0" }],
    },
    {
      // One question per system, naming the same asset whatever order the assets are written in (the first by id).
      name: "two unencrypted C2 assets, neither hosting nor site written, the later id first",
      description: assetDescription([
        asset({ id: "zz-notes", name: "相談記録", encryptedAtRest: false }),
        asset({ id: "aa-forms", name: "申請書", encryptedAtRest: false }),
      ]),
      expected: [{ messageId: "hostingUnknown", outcome: "needs-evidence", path: "/systems/0", data: { asset: "aa-forms" } }],
    },
    {
      // Sixty-second review #10: C3 case files on a SaaS whose database is not encrypted (the provider's answer). Top tier:
      // high, as an auditor rates it.
      name: "C3 data on a cloud service, not encrypted at rest",
      description: assetDescription([asset({ confidentiality: "C3", encryptedAtRest: false })], onCloud),
      expected: [
        {
          messageId: "storedUnencryptedSensitive",
          severity: "high",
          path: "/systems/0/dataAssets/0/encryptedAtRest",
          data: { providerJa: "クラウドサービス", myNumberJa: "" },
        },
      ],
    },
    {
      // Sixty-seventh review #4: C2 resident data at an LGWAN-ASP the vendor says is unencrypted, behind the closed LGWAN
      // and access control: medium, the requirement and its compensating controls to be settled.
      name: "C2 data on an LGWAN-ASP, not encrypted at rest",
      description: assetDescription([asset({ encryptedAtRest: false })], { hosting: { kind: "lgwan-asp" } }),
      expected: [{ messageId: "storedUnencrypted", severity: "medium", path: "/systems/0/dataAssets/0/encryptedAtRest" }],
    },
    {
      // Sixty-seventh review #5: a standard tax system on Government Cloud whose database storage encryption was left off
      // at migration, holding specific personal information: high.
      name: "My Number data on Government Cloud, not encrypted at rest",
      description: assetDescription(
        [asset({ id: "tax", name: "課税台帳", confidentiality: "C3", myNumber: true, encryptedAtRest: false })],
        { hosting: { kind: "government-cloud" }, zone: "mynumber" },
      ),
      expected: [
        {
          messageId: "storedUnencryptedSensitive",
          severity: "high",
          path: "/systems/0/dataAssets/0/encryptedAtRest",
          data: { providerJa: "ガバメントクラウド", myNumberJa: "（特定個人情報）" },
        },
      ],
    },
    {
      // The system states encryption at rest for its applications but not for its case notes: asked (medium).
      name: "two assets on a cloud service, one encrypted, the other not stated",
      description: assetDescription(
        [asset({ encryptedAtRest: true }), asset({ id: "notes", name: "相談記録", confidentiality: "C3" })],
        onCloud,
      ),
      expected: [{ messageId: "encryptionAtRestUnknown", outcome: "needs-evidence", severity: "medium", path: "/systems/0/dataAssets/1" }],
    },
    {
      // Only the unencrypted one of two assets is reported.
      name: "two assets on a cloud service, one encrypted",
      description: assetDescription(
        [asset({ encryptedAtRest: true }), asset({ id: "notes", name: "相談記録", encryptedAtRest: false })],
        onCloud,
      ),
      expected: [{ messageId: "storedUnencrypted", path: "/systems/0/dataAssets/1/encryptedAtRest" }],
    },
  ],
};

export default table;

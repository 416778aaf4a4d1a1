import { description, lgwanSystem, mynumberSystem } from "../../../test/support/fixtures.js";
import { hitoyoshiProfile } from "../../profiles/hitoyoshi.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const table: CheckTable = {
  valid: [
    { name: "an LGWAN system on LGWAN-ASP", description: description([lgwanSystem({ hosting: { kind: "lgwan-asp" } })]) },
    {
      name: "a standardised system on Government Cloud",
      description: description([mynumberSystem({ hosting: { kind: "government-cloud" } })]),
    },
    {
      name: "α': an LGWAN-zone SaaS reached by a local breakout",
      description: description([lgwanSystem({ hosting: { kind: "cloud-service" } })]),
      profile: { ...hitoyoshiProfile, networkModel: "alpha-prime" },
    },
  ],
  invalid: [
    {
      // Review §4 N5.
      name: "an 'LGWAN-zone' finance system that is a public SaaS, under α",
      description: description([lgwanSystem({ id: "finance", businessFunctions: ["finance"], hosting: { kind: "cloud-service" } })]),
      expected: [{ messageId: "cloudServiceInZone", path: "/systems/0/hosting/kind" }],
    },
    {
      // Review §4 N9.
      name: "My Number tax work on a commercial SaaS",
      description: description([mynumberSystem({ id: "tax", businessFunctions: ["tax"], hosting: { kind: "cloud-service" } })]),
      profile: { ...hitoyoshiProfile, networkModel: "alpha-prime" },
      expected: [{ messageId: "cloudServiceInZone", path: "/systems/0/hosting/kind" }],
    },
    {
      name: "hosting described without its kind",
      description: description([lgwanSystem({ hosting: { cloudServiceId: "x" } })], {
        cloudServices: [{ id: "x", name: "財務会計サービス" }],
      }),
      expected: [{ messageId: "hostingKindUnknown", outcome: "needs-evidence", path: "/systems/0/hosting" }],
    },
  ],
};

export default table;

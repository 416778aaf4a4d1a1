import { cloudService } from "../../../test/support/fixtures-outsourcing.js";
import { description, lgwanSystem } from "../../../test/support/fixtures.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const withRules = (externalServiceRules?: string, services: unknown[] = [cloudService()]) =>
  description([lgwanSystem()], {
    municipality: { name: "人吉市", ...(externalServiceRules === undefined ? {} : { externalServiceRules }) },
    cloudServices: services,
  });

const table: CheckTable = {
  valid: [
    { name: "rules referenced", description: withRules("人吉市外部サービス利用規程（令和7年4月）") },
    { name: "no external service in use (not applicable)", description: withRules(undefined, []) },
  ],
  invalid: [
    {
      name: "rules 「未策定」 (one list of placeholders for every check)",
      description: withRules("未策定"),
      expected: [{ messageId: "placeholder", path: "/municipality/externalServiceRules" }],
    },
    {
      name: "rules 「未整備」",
      description: withRules("未整備"),
      expected: [{ messageId: "placeholder", path: "/municipality/externalServiceRules" }],
    },
    {
      // Sixty-second review: 「規程」 in the text made it read as a reference to rules.
      name: "rules 「規程なし（ガイドラインの例文を参考に検討中）」",
      description: withRules("規程なし（ガイドラインの例文を参考に検討中）"),
      expected: [{ messageId: "placeholder", path: "/municipality/externalServiceRules" }],
    },
    {
      name: "not stated",
      description: withRules(undefined),
      expected: [{ messageId: "unknown", outcome: "needs-evidence", path: "/municipality/externalServiceRules" }],
    },
  ],
};

export default table;

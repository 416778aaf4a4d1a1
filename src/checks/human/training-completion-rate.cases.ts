import { hitoyoshiProfile } from "../../profiles/hitoyoshi.js";
import { municipality, withMunicipality } from "../../../test/support/fixtures-human.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const rate = (completionRate?: number) =>
  withMunicipality(municipality({ training: { lastDate: "2025-11-15", ...(completionRate === undefined ? {} : { completionRate }) } }));

const table: CheckTable = {
  valid: [
    { name: "everyone completed the training", description: rate(100) },
    { name: "97 % with staff on parental and sick leave meets the default 95 %", description: rate(97) },
    { name: "a profile with a 90 % target", description: rate(92.5), profile: { ...hitoyoshiProfile, trainingCompletionRatePercent: 90 } },
    {
      name: "a profile counting without staff on leave sets 100 %",
      description: rate(100),
      profile: { ...hitoyoshiProfile, trainingCompletionRatePercent: 100 },
    },
  ],
  invalid: [
    {
      name: "94 % against the default target of 95 %",
      description: rate(94),
      expected: [{ messageId: "belowTarget", path: "/municipality/training/completionRate" }],
    },
    {
      // Forty-sixth review: 0.93 from a spreadsheet cell formatted as a percentage is 93 % or 0.93 %; an auditor asks
      // rather than failing it as 0.93 % (6(5), recommended practice).
      name: "a rate written as a fraction (0.93)",
      description: rate(0.93),
      expected: [{ messageId: "rateAsFraction", outcome: "needs-evidence", path: "/municipality/training/completionRate" }],
    },
    {
      name: "rate not stated",
      description: rate(),
      expected: [{ messageId: "rateUnknown", outcome: "needs-evidence", path: "/municipality/training/completionRate" }],
    },
  ],
};

export default table;

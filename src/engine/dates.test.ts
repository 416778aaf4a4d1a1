import { describe, expect, it } from "vitest";
import { defineIntervalCheck } from "../checks/interval.js";
import { evaluate } from "../builtin.js";
import { addMonths, daysBetween, isOlderThanMonths, periodEnd } from "./dates.js";

describe("dates", () => {
  it("adds calendar months, clamping to the month's last day", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2025-11-15", 3)).toBe("2026-02-15");
    expect(addMonths("2026-03-31", -1)).toBe("2026-02-28");
  });

  it("counts days across years", () => {
    expect(daysBetween("2025-12-31", "2026-01-01")).toBe(1);
    expect(daysBetween("2026-04-01", "2026-02-10")).toBe(-50);
  });

  it("ends a period of months as Japanese law counts it (民法 140, 143)", () => {
    // Fifty-eighth review: the period starts the day after the activity and ends the day before the corresponding day.
    expect(periodEnd("2026-09-30", 6)).toBe("2027-03-31");
    expect(periodEnd("2027-02-28", 12)).toBe("2028-02-29");
    expect(periodEnd("2027-02-28", 6)).toBe("2027-08-31");
    expect(periodEnd("2026-03-31", 12)).toBe("2027-03-31");
    expect(periodEnd("2026-03-30", 12)).toBe("2027-03-30");
    expect(periodEnd("2027-08-31", 6)).toBe("2028-02-29");
    // No corresponding day in the last month (the period starts on the 31st): it ends on that month's last day.
    expect(periodEnd("2027-08-30", 6)).toBe("2028-02-29");
    expect(periodEnd("2026-08-30", 6)).toBe("2027-02-28");
    expect(periodEnd("2025-12-31", 1)).toBe("2026-01-31");
    expect(periodEnd("2026-01-30", 1)).toBe("2026-02-28");
  });

  it("is overdue only after the due date", () => {
    expect(isOlderThanMonths("2025-04-01", 12, "2026-04-01")).toBe(false);
    expect(isOlderThanMonths("2025-04-01", 12, "2026-04-02")).toBe(true);
    // The same question again is answered from the cache, with the same answer.
    expect(isOlderThanMonths("2025-04-01", 12, "2026-04-02")).toBe(true);
  });
});

describe("defineIntervalCheck", () => {
  const check = defineIntervalCheck({
    activity: { ja: "訓練", en: "the drill" },
    meta: {
      id: "acme/drill-current",
      area: "human",
      title: { ja: "訓練を定期的に行うこと", en: "Drills must be regular" },
      clauses: ["6(5)"],
      threats: ["T1"],
      basis: "practice",
      severity: "low",
      target: "municipality",
      messages: {
        overdue: { ja: "{{last}} の訓練から {{months}} か月を過ぎた（期限 {{due}}）", en: "Last drill {{last}}, due {{due}}" },
        missing: { ja: "訓練の日がない", en: "No drill date" },
      },
      remediation: { ja: "訓練すること", en: "Hold a drill" },
    },
    interval: "drillMonths",
    select: (m) => [{ date: m.drills?.[0]?.date, path: ["drills"] }],
  });
  const run = (drills?: { date: string }[]) =>
    evaluate(
      { systems: [], municipality: { name: "人吉市", ...(drills === undefined ? {} : { drills }) } },
      { checks: [check], evaluationDate: "2026-04-01" },
    ).results;

  it("fills the due date into an overdue finding", () => {
    const [finding] = run([{ date: "2025-01-31" }]);
    expect(finding).toMatchObject({ outcome: "fail", messageId: "overdue", data: { last: "2025-01-31", due: "2026-01-31", months: 12 } });
    expect(finding?.message.en).toBe("Last drill 2025-01-31, due 2026-01-31");
  });

  it("passes within the interval and needs evidence without a date", () => {
    expect(run([{ date: "2025-06-01" }])[0]?.outcome).toBe("pass");
    expect(run()[0]).toMatchObject({ outcome: "needs-evidence", messageId: "missing" });
  });
});

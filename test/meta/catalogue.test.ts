/** The catalogue covers every measure area of clause 6 with enough checks. */
import { describe, it } from "vitest";
import { checksOf, loadCatalogue } from "../../scripts/check-catalogue.js";
import type { MeasureArea } from "../../src/model/measure-area.js";

const checks = checksOf(await loadCatalogue());
const count = (areas: readonly MeasureArea[]) => checks.filter((c) => areas.includes(c.meta.area)).length;

describe("catalogue", () => {
  it("has at least 60 checks", () => {
    if (checks.length < 60)
      throw new Error(
        `The catalogue has ${checks.length} checks; at least 60 are expected. Add checks under src/checks/<area>/ and run npm run gen:checks.`,
      );
  });

  const single: readonly MeasureArea[] = [
    "organisation",
    "classification",
    "zones",
    "physical",
    "human",
    "technical",
    "operations",
    "outsourcing",
  ];
  it.each(single)("area %s has at least 3 checks", (area) => {
    const n = count([area]);
    if (n < 3) throw new Error(`Area ${area} has ${n} check(s); at least 3 are expected. Add checks under src/checks/${area}/.`);
  });

  it("evaluation, audit and review have at least 3 checks together", () => {
    const n = count(["evaluation", "audit", "review"]);
    if (n < 3)
      throw new Error(
        `Areas evaluation, audit and review have ${n} check(s) together; at least 3 are expected. Add checks under src/checks/{evaluation,audit,review}/.`,
      );
  });
});

/** Each threat of clause 3 is mitigated by at least three checks (each check's meta.threats). */
import { describe, it } from "vitest";
import { checksOf, loadCatalogue } from "../../scripts/check-catalogue.js";
import { THREAT_IDS, THREATS } from "../../src/model/threat.js";

const MIN = 3;
const checks = checksOf(await loadCatalogue());

describe("threats", () => {
  it.each(THREAT_IDS)(`%s is mitigated by at least ${MIN} checks`, (id) => {
    const mitigating = checks.filter((c) => c.meta.threats.includes(id)).map((c) => c.meta.id);
    if (mitigating.length < MIN) {
      throw new Error(
        `Threat ${id} (${THREATS[id].title.en}, clause ${THREATS[id].clause}) is mitigated by ${mitigating.length} check(s)${mitigating.length > 0 ? ` (${mitigating.join(", ")})` : ""}; at least ${MIN} are needed. Add ${id} to meta.threats of the checks that mitigate it, or add checks.`,
      );
    }
  });
});

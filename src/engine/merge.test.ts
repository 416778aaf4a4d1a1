import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { readFileSync } from "node:fs";
import { evaluate } from "../builtin.js";
import { mergeReports, withSources } from "./merge.js";
import { Report } from "../model/report.js";
import { parseDescription } from "../input/parse-description.js";
import { SecpolicyError } from "../input/errors.js";

const parsed = parseDescription(parse(readFileSync("examples/delivery-spec.yaml", "utf8")));
if (!parsed.ok) throw new Error("example invalid");
const report = evaluate(parsed.value);

describe("mergeReports", () => {
  it("concatenates results in order and recomputes the summary", () => {
    const merged = mergeReports([report, report]);
    expect(merged.results).toEqual([...report.results, ...report.results]);
    expect(merged.summary.total).toBe(2 * report.summary.total);
    expect(merged.summary.byOutcome.fail).toBe(2 * report.summary.byOutcome.fail);
    expect(merged.summary.bySeverity.critical.fail).toBe(2 * report.summary.bySeverity.critical.fail);
  });

  it("returns a single report unchanged and refuses none or mismatched ones", () => {
    expect(mergeReports([report])).toBe(report);
    expect(() => mergeReports([])).toThrow(SecpolicyError);
    expect(() => mergeReports([report, { ...report, evaluationDate: "2027-01-01" }])).toThrow(/evaluationDate/);
  });

  it("names every report's inputs in order, and none when no report names any", () => {
    const city = withSources(report, [{ file: "city.yaml", title: "台帳" }]);
    const spec = withSources(report, [{ file: "spec.yaml" }]);
    const merged = mergeReports([city, report, spec]);
    expect(merged.sources).toEqual([{ file: "city.yaml", title: "台帳" }, { file: "spec.yaml" }]);
    expect(Report.parse(merged)).toEqual(merged);
    expect("sources" in mergeReports([report, report])).toBe(false);
  });

  it("places sources after the evaluation date whatever the report held, without changing the report given", () => {
    const copy = structuredClone(report);
    const keys = Object.keys(withSources(report, [{ file: "a.yaml" }]));
    expect(keys.slice(keys.indexOf("evaluationDate"), keys.indexOf("evaluationDate") + 3)).toEqual([
      "evaluationDate",
      "evaluationDateSource",
      "sources",
    ]);
    expect(report).toEqual(copy);
    const twice = withSources(withSources(report, [{ file: "a.yaml" }]), [{ file: "b.yaml" }]);
    expect(twice.sources).toEqual([{ file: "b.yaml" }]);
    expect(Object.keys(twice)).toEqual(keys);
  });

  it("keeps every file's systems left unjudged, not the first file's only", () => {
    const second = { ...report, systemsDescribedElsewhere: ["own-system"], systemsOutsideScope: [{ id: "emr", ownerBody: "市立病院" }] };
    const merged = mergeReports([report, second, second]);
    expect(merged.systemsDescribedElsewhere).toEqual(["own-system"]);
    expect(merged.systemsOutsideScope).toEqual([{ id: "emr", ownerBody: "市立病院" }]);
  });
});

import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { buildSchema, PUBLISHED_SCHEMAS, schemaId } from "../../scripts/published-schemas.js";
import { Report } from "../model/report.js";
import { evaluatedReport, failedRunReport, handBuiltReport } from "../../test/support/reports.js";
import { formatJson, REPORT_SCHEMA_ID } from "./json.js";

const reportSchemaEntry = PUBLISHED_SCHEMAS.find((entry) => entry.file === "report.schema.json");

describe("json format", () => {
  it("points $schema at the published report schema's $id", () => {
    expect(reportSchemaEntry, "scripts/published-schemas.ts no longer publishes report.schema.json").toBeDefined();
    expect(REPORT_SCHEMA_ID).toBe(schemaId("report.schema.json"));
    expect(buildSchema(reportSchemaEntry!).$id).toBe(REPORT_SCHEMA_ID);
  });

  for (const [name, make] of [
    ["evaluated", evaluatedReport],
    ["hand-built", handBuiltReport],
    ["failed-run", failedRunReport],
  ] as const) {
    it(`writes the ${name} report as is, valid against the model and the published schema`, () => {
      const report = make();
      const out = formatJson(report);
      expect(out.endsWith("}\n")).toBe(true);
      const parsed = JSON.parse(out) as Record<string, unknown>;
      expect(Object.keys(parsed)[0]).toBe("$schema");
      expect(parsed.$schema).toBe(REPORT_SCHEMA_ID);
      const { $schema: _schema, ...rest } = parsed;
      expect(rest).toEqual(report);
      expect(Report.safeParse(parsed).success).toBe(true);
      const validate = new Ajv2020({ strict: false, allErrors: true, validateFormats: false }).compile(buildSchema(reportSchemaEntry!));
      expect(validate(parsed), JSON.stringify(validate.errors, null, 2)).toBe(true);
    });
  }

  it("lists the input errors of a failed run, with no results", () => {
    const parsed = JSON.parse(formatJson(failedRunReport())) as Report;
    expect(parsed.results).toEqual([]);
    expect(parsed.summary.total).toBe(0);
    expect(parsed.errors?.map((e) => e.code)).toEqual(["unknown-key", "not-utf8", "evaluation-date-mismatch"]);
    expect(parsed.errors?.[0]).toMatchObject({ file: "examples/spec file.yaml", line: 3, column: 5, pointer: "/systems/0/zonee" });
    expect(JSON.parse(formatJson(handBuiltReport())).errors).toBeUndefined();
  });

  it("keeps a $schema the report already carries", () => {
    const out = JSON.parse(formatJson({ ...handBuiltReport(), $schema: "https://example.org/r.json" })) as { $schema: string };
    expect(out.$schema).toBe("https://example.org/r.json");
  });
});

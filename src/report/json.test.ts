import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { buildSchema, PUBLISHED_SCHEMAS, schemaId } from "../../scripts/published-schemas.js";
import { Report } from "../model/report.js";
import { evaluatedReport, handBuiltReport } from "../../test/support/reports.js";
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

  it("keeps a $schema the report already carries", () => {
    const out = JSON.parse(formatJson({ ...handBuiltReport(), $schema: "https://example.org/r.json" })) as { $schema: string };
    expect(out.$schema).toBe("https://example.org/r.json");
  });
});

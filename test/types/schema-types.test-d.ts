/**
 * Proves the published JSON Schemas say what the TypeScript types say: the types that
 * json-schema-to-typescript compiles from schemas/*.schema.json (test/types/generated/) and the
 * input types of the zod models are assignable both ways. Regenerate with `npm run gen:schemas`.
 */
import { describe, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import type { BaselineDocument } from "../../src/model/baseline.js";
import type { SecpolicyConfig } from "../../src/model/config.js";
import type { Description } from "../../src/model/description.js";
import type { ProfileDocument } from "../../src/model/profile.js";
import type { Report } from "../../src/model/report.js";
import type { Baseline as BaselineFromSchema } from "./generated/baseline.js";
import type { SecpolicyConfig as ConfigFromSchema } from "./generated/config.js";
import type { Description as DescriptionFromSchema } from "./generated/description.js";
import type { Profile as ProfileFromSchema } from "./generated/profile.js";
import type { Report as ReportFromSchema } from "./generated/report.js";

describe("published JSON Schemas match the models' input types", () => {
  it("description.schema.json", () => {
    expectTypeOf<DescriptionFromSchema>().toExtend<z.input<typeof Description>>();
    expectTypeOf<z.input<typeof Description>>().toExtend<DescriptionFromSchema>();
  });
  it("profile.schema.json", () => {
    expectTypeOf<ProfileFromSchema>().toExtend<z.input<typeof ProfileDocument>>();
    expectTypeOf<z.input<typeof ProfileDocument>>().toExtend<ProfileFromSchema>();
  });
  it("report.schema.json", () => {
    expectTypeOf<ReportFromSchema>().toExtend<z.input<typeof Report>>();
    expectTypeOf<z.input<typeof Report>>().toExtend<ReportFromSchema>();
  });
  it("config.schema.json", () => {
    expectTypeOf<ConfigFromSchema>().toExtend<z.input<typeof SecpolicyConfig>>();
    expectTypeOf<z.input<typeof SecpolicyConfig>>().toExtend<ConfigFromSchema>();
  });
  it("baseline.schema.json", () => {
    expectTypeOf<BaselineFromSchema>().toExtend<z.input<typeof BaselineDocument>>();
    expectTypeOf<z.input<typeof BaselineDocument>>().toExtend<BaselineFromSchema>();
  });
});

import { z } from "zod";
import { Description } from "../src/model/description.ts";
import { Report } from "../src/model/report.ts";
import { schemaRegistry } from "../src/model/registry.ts";
const s = z.toJSONSchema(Report, { target: "draft-2020-12", io: "input", metadata: schemaRegistry, unrepresentable: "throw", cycles: "ref", reused: "inline" });
console.log(JSON.stringify(s, null, 2).slice(0, 6000));

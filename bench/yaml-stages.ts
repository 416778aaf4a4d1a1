/**
 * Where the YAML reader's time goes (docs/benchmarks.md): the yaml package's lexer, its parser
 * (the concrete syntax tree), the full document (nodes with positions), our conversion to plain
 * data, and the whole reader; js-yaml on the same text for scale (not used by the library).
 *   npx tsx --expose-gc bench/yaml-stages.ts [systems] [repetitions]
 */
import { Lexer, LineCounter, Parser, parseDocument } from "yaml";
import { parseSource } from "../src/io/parse.js";
import { generateInventory } from "./generate.js";
import { interleave } from "./interleave.js";
import { stringify } from "yaml";

// js-yaml is only here for scale, when installed (another tool's dependency, not this project's).
type JsYaml = { load(text: string, options: object): unknown; CORE_SCHEMA: object };
const jsYaml = (await import("js-yaml" as string).catch(() => undefined)) as JsYaml | undefined;

const [size = "1000", reps = "5"] = process.argv.slice(2);
const data = generateInventory(Number(size));
const json = JSON.stringify(data);
const text = stringify(data);
const options = { uniqueKeys: false, strict: true, merge: false, schema: "core", stringKeys: true } as const;
const limits = { maxBytes: 2 ** 31 - 1, maxDepth: 64, valueBudget: 10_000 };
const timed = interleave(
  [
    { name: "JSON.parse", run: () => JSON.parse(json) },
    {
      name: "yaml lexer",
      run: () => {
        for (const _ of new Lexer().lex(text));
      },
    },
    {
      name: "yaml parser (CST)",
      run: () => {
        for (const _ of new Parser().parse(text));
      },
    },
    { name: "yaml parseDocument", run: () => parseDocument(text, { ...options, lineCounter: new LineCounter() }) },
    { name: "parseSource (reader)", run: () => parseSource(text, "x.yaml", { limits }) },
    ...(jsYaml === undefined ? [] : [{ name: "js-yaml load", run: () => jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA }) }]),
  ],
  Number(reps),
);
for (const [name, t] of timed)
  console.log(
    `${name.padEnd(22)} cpu ${t.cpu.toFixed(1).padStart(8)} ms  ${(t.cpu / (timed.get("JSON.parse")?.cpu ?? 1)).toFixed(1).padStart(6)} × JSON.parse`,
  );

/**
 * The measuring side of bench/run.ts, run in a child process per size or pipeline:
 *
 *   measure.ts timing <systems> <repetitions> <quick|full>   interleaved step timings (JSON on stdout)
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import { stringify } from "yaml";
import { evaluate } from "../src/builtin.js";
import { parseDescription } from "../src/input/parse-description.js";
import { isValidDescription } from "../src/engine/precompiled.js";
import { parseJsonBytes, parseSource, parseText } from "../src/io/parse.js";
import { Description } from "../src/model/description.js";
import { generateInventory } from "./generate.js";
import { interleave, type Step } from "./interleave.js";
import { CEDAR_VERSION, cedarDenials, libraryFailures, PEER_CHECK_ID } from "./peer.js";

export interface TimingResult {
  readonly size: number;
  readonly repetitions: number;
  readonly connections: number;
  readonly jsonBytes: number;
  readonly yamlBytes?: number;
  /** Median CPU milliseconds per step (what the ratios use). */
  readonly medians: Record<string, number>;
  /** Median wall-clock milliseconds per step. */
  readonly wall: Record<string, number>;
  /**
   * Median CPU milliseconds of JSON.parse, parseDescription and evaluate interleaved without a
   * forced collection before each (up to 10k systems): the steady state of a process that
   * evaluates again and again.
   */
  readonly steady?: Record<string, number>;
  readonly peer?: {
    readonly cedarVersion: string;
    readonly checkId: string;
    readonly cedarRequests: number;
    readonly cedarDenied: number;
    readonly libraryFailures: number;
  };
}

export interface MemoryResult {
  readonly ms: number;
  readonly maxRssMb: number;
  readonly listed: number;
  readonly total: number;
  readonly note?: string;
}

/** Limits that admit any benchmark inventory (the reader's cap is what target 4 is about, not what is measured here). */
const LIMITS = { maxBytes: 2 ** 31 - 1, maxDepth: 64, valueBudget: 10_000 };
const SCHEMA = fileURLToPath(new URL("../schemas/description.schema.json", import.meta.url));

function timing(size: number, repetitions: number, quick: boolean): TimingResult {
  const data = generateInventory(size);
  const text = JSON.stringify(data);
  const bytes = new TextEncoder().encode(text);
  /** A JSON file as the command reads it: from its bytes, in pieces. */
  const readJson = () => {
    const source = parseJsonBytes(bytes, "inventory.json", LIMITS);
    if (source === undefined) throw new Error("the JSON reader declined the generated inventory");
    return source;
  };
  // YAML up to 10k systems (at 100k the reader alone would take minutes per repetition); 1k in quick mode.
  const yamlText = size <= (quick ? 1_000 : 10_000) ? stringify(data) : undefined;
  const parsed = parseDescription(JSON.parse(text));
  if (!parsed.ok) throw new Error(`the generated inventory of ${size} systems is invalid: ${JSON.stringify(parsed.issues.slice(0, 3))}`);
  const description = parsed.value;
  const input = JSON.parse(text) as unknown;
  const ajv = new Ajv2020({ strict: false, allErrors: false });
  const ajvValidate = ajv.compile(JSON.parse(readFileSync(SCHEMA, "utf8")) as object);
  if (!ajvValidate(input)) throw new Error(`Ajv rejects the generated inventory: ${JSON.stringify(ajvValidate.errors?.slice(0, 3))}`);

  // Where the findings a report prints are: the readers find positions in one pass over the text
  // when asked, so "located" = reading plus that pass, as the command does.
  const reported = evaluate(description, { results: "problems" }).results.map((r) => r.path);
  const steps: Step[] = [
    { name: "JSON.parse", run: () => JSON.parse(text) },
    { name: "read JSON", run: readJson },
    { name: "read JSON, located", run: () => readJson().locateAll(reported) },
    ...(yamlText === undefined
      ? []
      : [
          { name: "read YAML", run: () => parseSource(yamlText, "inventory.yaml", { limits: LIMITS }) },
          { name: "read YAML, located", run: () => parseSource(yamlText, "inventory.yaml", { limits: LIMITS }).locateAll(reported) },
        ]),
    // The yaml package's document alone (what every YAML file took before the block reader), where it takes seconds, not minutes.
    ...(yamlText === undefined || size > 1_000
      ? []
      : [
          {
            name: "read YAML, yaml package",
            run: () => parseText(yamlText, "inventory.yaml", { limits: LIMITS }, false).locateAll(reported),
          },
        ]),
    { name: "Ajv", run: () => ajvValidate(input) },
    { name: "zod safeParse", run: () => Description.safeParse(input) },
    { name: "precompiled", run: () => isValidDescription(input) },
    { name: "parseDescription", run: () => parseDescription(input) },
    { name: "evaluate all", run: () => evaluate(description) },
    { name: "evaluate problems", run: () => evaluate(description, { results: "problems" }) },
  ];
  const withPeer = size >= 1_000 && size <= 10_000;
  if (withPeer) {
    steps.push(
      { name: "Cedar rule", run: () => cedarDenials(description) },
      { name: "library rule", run: () => libraryFailures(description) },
    );
  }
  // A warm-up round where it is cheap; at 10k and above one round costs minutes and compilation is noise.
  const timed = interleave(steps, repetitions, size <= 1_000);
  const medians = Object.fromEntries([...timed].map(([name, t]) => [name, t.cpu]));
  const steadySteps = steps.filter((s) => ["JSON.parse", "parseDescription", "evaluate all", "evaluate problems"].includes(s.name));
  const steady =
    size <= 10_000
      ? Object.fromEntries(
          [...interleave(steadySteps, Math.max(repetitions, size <= 1_000 ? 21 : 3), true, false)].map(([name, t]) => [name, t.cpu]),
        )
      : undefined;
  const wall = Object.fromEntries([...timed].map(([name, t]) => [name, t.wall]));
  const cedar = withPeer ? cedarDenials(description) : undefined;
  return {
    size,
    repetitions,
    connections: description.connections?.length ?? 0,
    jsonBytes: Buffer.byteLength(text),
    ...(yamlText === undefined ? {} : { yamlBytes: Buffer.byteLength(yamlText) }),
    medians,
    wall,
    ...(steady === undefined ? {} : { steady }),
    ...(cedar === undefined
      ? {}
      : {
          peer: {
            cedarVersion: CEDAR_VERSION(),
            checkId: PEER_CHECK_ID,
            cedarRequests: cedar.requests,
            cedarDenied: cedar.denied,
            libraryFailures: libraryFailures(description),
          },
        }),
  };
}

const [mode, a, b, c] = process.argv.slice(2);
if (mode === "timing") {
  process.stdout.write(`${JSON.stringify(timing(Number(a), Number(b), c === "quick"))}\n`);
} else if (mode !== undefined) {
  throw new Error(`unknown mode ${mode}`);
}

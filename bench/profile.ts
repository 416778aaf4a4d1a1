/**
 * Profiles one pipeline step on a generated inventory, for `node --cpu-prof`:
 *   npx tsx --cpu-prof --cpu-prof-dir=/tmp/prof bench/profile.ts <systems> <evaluate|problems|validate|yaml> [repetitions]
 * then summarise the profile by self time: npx tsx bench/profile.ts --summary /tmp/prof/<file>.cpuprofile
 */
import { readFileSync } from "node:fs";
import { stringify } from "yaml";
import { evaluate } from "../src/builtin.js";
import { parseDescription } from "../src/input/parse-description.js";
import { parseSource } from "../src/io/parse.js";
import { generateInventory } from "./generate.js";

interface ProfileNode {
  id: number;
  children?: number[];
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount: number;
}

const [first, second, third] = process.argv.slice(2);
if (first === "--summary") {
  const profile = JSON.parse(readFileSync(second as string, "utf8")) as { nodes: ProfileNode[] };
  const self = new Map<string, number>();
  let total = 0;
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    const key = `${functionName || "(anonymous)"} ${url.replace(/^.*\/(src|node_modules)\//, "$1/")}:${lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + node.hitCount);
    total += node.hitCount;
  }
  // Inclusive time: a function's own samples and those of everything it called (counted once per stack).
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const keyOf = (n: ProfileNode) =>
    `${n.callFrame.functionName || "(anonymous)"} ${n.callFrame.url.replace(/^.*\/(src|node_modules)\//, "$1/")}`;
  const inclusive = new Map<string, number>();
  const walk = (node: ProfileNode, onStack: Set<string>): number => {
    let sum = node.hitCount;
    const key = keyOf(node);
    const fresh = !onStack.has(key);
    if (fresh) onStack.add(key);
    for (const child of node.children ?? []) sum += walk(byId.get(child) as ProfileNode, onStack);
    if (fresh) {
      onStack.delete(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + sum);
    }
    return sum;
  };
  walk(profile.nodes[0] as ProfileNode, new Set());
  console.log("self time:");
  for (const [key, hits] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
    console.log(`${((100 * hits) / total).toFixed(1).padStart(5)} %  ${key}`);
  }
  console.log("inclusive time:");
  for (const [key, hits] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 40)) {
    console.log(`${((100 * hits) / total).toFixed(1).padStart(5)} %  ${key}`);
  }
} else {
  const size = Number(first);
  const data = generateInventory(size);
  const parsed = parseDescription(data);
  if (!parsed.ok) throw new Error("invalid inventory");
  const yamlText = second === "yaml" ? stringify(data) : "";
  for (let i = 0; i < Number(third ?? 5); i++) {
    if (second === "evaluate") evaluate(parsed.value);
    else if (second === "problems") evaluate(parsed.value, { results: "problems" });
    else if (second === "validate") parseDescription(data);
    else if (second === "yaml") parseSource(yamlText, "x.yaml");
  }
}

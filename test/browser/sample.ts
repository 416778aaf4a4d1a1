/**
 * A small description with problems of every kind the HTML report shows: a path from the
 * internet zone into the My Number zone (a finding with a trace), a connection to the internet,
 * systems with missing facts, and a waived failure. Built from the shared test fixtures.
 */
import { description, internetSystem, lgwanSystem, link, mynumberSystem } from "../support/fixtures.js";

type Obj = Record<string, unknown>;

export function sampleDescription(): Obj {
  return description(
    [
      internetSystem(),
      lgwanSystem(),
      lgwanSystem({ id: "finance", name: "財務会計システム" }),
      mynumberSystem(),
      mynumberSystem({ id: "tax", name: "住民税システム" }),
    ],
    {
      title: "人吉市 三層の対策 構成（レポートの見本）",
      connections: [
        link("web-out", "web-mail", "external:public-internet", { via: ["security-cloud"] }),
        link("mail-in", "web-mail", "groupware", { sanitisation: [] }),
        link("gw-fin", "groupware", "finance", { direction: "bidirectional" }),
        link("to-juki", "finance", "juki"),
        link("juki-tax", "juki", "tax"),
        link("tax-national", "tax", "external:national-system", { purpose: "中間サーバーとの連携" }),
      ],
    },
  );
}

/**
 * `value` with `payload` put in front of every string that still validates with it (free text:
 * names, titles, purposes, posts…; ids, enums and dates reject it and are left alone).
 */
export function poison(value: unknown, payload: string, validates: (candidate: unknown) => boolean): { value: unknown; fields: number } {
  const paths: (string | number)[][] = [];
  const walk = (node: unknown, path: (string | number)[]) => {
    if (typeof node === "string") paths.push(path);
    else if (Array.isArray(node)) node.forEach((v, i) => walk(v, [...path, i]));
    else if (node !== null && typeof node === "object") for (const [k, v] of Object.entries(node)) walk(v, [...path, k]);
  };
  walk(value, []);
  const set = (root: unknown, path: (string | number)[]): unknown => {
    const copy = structuredClone(root) as Record<string | number, unknown>;
    let node = copy;
    for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
    const last = path[path.length - 1] as string | number;
    node[last] = `${payload}${String(node[last])}`;
    return copy;
  };
  let out = value;
  let fields = 0;
  for (const path of paths) {
    const candidate = set(out, path);
    if (validates(candidate)) {
      out = candidate;
      fields++;
    }
  }
  return { value: out, fields };
}

import { describe, expect, it } from "vitest";
import type { Finding } from "../model/finding.js";
import { findingFingerprint, fnv1a64 } from "./fingerprint.js";

const finding: Finding = {
  checkId: "mynumber-connections-restricted",
  outcome: "fail",
  severity: "critical",
  area: "technical",
  basis: "policy",
  messageId: "notApproved",
  message: { ja: "x", en: "x" },
  path: "/connections/3",
  target: { kind: "connection", id: "c-1", path: "/connections/3" },
  clauses: [],
  threats: [],
  data: { port: 445, from: "jyuki" },
  location: { file: "specs/a.yaml", line: 10, column: 3 },
};

describe("findingFingerprint", () => {
  it("is FNV-1a 64 over UTF-8", () => {
    expect(fnv1a64("")).toBe("cbf29ce484222325");
    expect(fnv1a64("foobar")).toBe("85944171f73967e8");
  });

  it("ignores line, column, pointer, outcome, severity, message text and data key order", () => {
    const moved: Finding = {
      ...finding,
      outcome: "waived",
      severity: "low",
      message: { ja: "y", en: "y" },
      path: "/connections/0",
      target: { ...finding.target, path: "/connections/0" },
      data: { from: "jyuki", port: 445 },
      location: { file: "./specs/a.yaml", line: 99, column: 1 },
    };
    expect(findingFingerprint(moved)).toBe(findingFingerprint(finding));
  });

  it("tells files, checks, targets, messages and values apart", () => {
    const base = findingFingerprint(finding);
    expect(findingFingerprint(finding, "specs/b.yaml")).not.toBe(base);
    expect(findingFingerprint({ ...finding, location: undefined })).not.toBe(base);
    expect(findingFingerprint({ ...finding, checkId: "other" })).not.toBe(base);
    expect(findingFingerprint({ ...finding, target: { ...finding.target, id: "c-2" } })).not.toBe(base);
    expect(findingFingerprint({ ...finding, messageId: "anyPort" })).not.toBe(base);
    expect(findingFingerprint({ ...finding, data: { port: 139, from: "jyuki" } })).not.toBe(base);
  });

  it("treats Windows and POSIX spellings of one relative path as the same file", () => {
    expect(findingFingerprint(finding, "specs\\a.yaml")).toBe(findingFingerprint(finding));
  });
});

describe("fnv1a64", () => {
  /** The textbook definition with BigInt, to compare the limb arithmetic against. */
  function reference(text: string): string {
    let hash = 0xcbf29ce484222325n;
    for (const byte of new TextEncoder().encode(text)) {
      hash ^= BigInt(byte);
      hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
    }
    return hash.toString(16).padStart(16, "0");
  }

  it("agrees with the BigInt definition on ASCII, Japanese, astral and lone surrogates, control characters and long text", () => {
    const texts = [
      "",
      "a",
      "foobar",
      "人吉市の情報システム",
      "\u0000\u00ff\uffff",
      "x".repeat(10_000),
      "𠮷野家",
      "\ud800 lone",
      "end \udc00",
      "\ud83d\ude00",
    ];
    for (let i = 0; i < 200; i++)
      texts.push(String.fromCharCode(...Array.from({ length: i % 37 }, (_, j) => (i * 31 + j * 7919) % 0xffff)));
    for (const text of texts) expect(fnv1a64(text), JSON.stringify(text.slice(0, 20))).toBe(reference(text));
  });
});

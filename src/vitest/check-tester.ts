// Runtime values come only from the main entry, so the published ./vitest entry shares one engine
// (and one list of built-in checks) with it instead of bundling a second copy.
import { evaluate, parseDescription } from "../index.js";
import type { AnyCheck, Finding, MessageData, Profile } from "../index.js";

/** A description for which the check must report nothing (pass or not-applicable only). */
export interface ValidCase {
  readonly name: string;
  /** The description as written (validated before the check runs). */
  readonly description: unknown;
  readonly profile?: Profile;
  readonly evaluationDate?: string;
}

/**
 * The message ids a check declares (the keys of its `meta.messages`); `string` for a check typed
 * as {@link AnyCheck}.
 */
export type MessageIdOf<C extends AnyCheck> = Extract<keyof C["meta"]["messages"], string>;

/**
 * One finding a case expects: its message id, its outcome (`fail` unless given) and, optionally,
 * its JSON pointer and message data. `M` is the check's message ids (any string unless given).
 */
export interface ExpectedFinding<M extends string = string> {
  readonly messageId: M;
  readonly outcome?: "fail" | "needs-evidence";
  readonly path?: string;
  /**
   * Values the finding's data must hold. Compared as a subset: every key given here must be in
   * the finding's data with the same value; keys left out are not compared.
   */
  readonly data?: MessageData;
  /** The clauses the finding must cite, exactly and in order (the check's order); not compared when left out. */
  readonly clauses?: readonly string[];
  /** The finding's severity (with the case's profile); not compared when left out. */
  readonly severity?: Finding["severity"];
}

/** A description for which the check must report exactly the expected findings. */
export interface InvalidCase<M extends string = string> extends ValidCase {
  readonly expected: readonly ExpectedFinding<M>[];
}

/**
 * The table of a check's test: passing and failing descriptions. Give the check's type
 * (`CheckTable<typeof check>`, or build the table with {@link defineTable}) and the compiler
 * accepts only message ids the check declares; plain `CheckTable` accepts any id.
 */
export interface CheckTable<C extends AnyCheck = AnyCheck> {
  readonly valid: readonly ValidCase[];
  readonly invalid: readonly InvalidCase<MessageIdOf<C>>[];
  /** Defaults for every case. */
  readonly profile?: Profile;
  readonly evaluationDate?: string;
}

/**
 * Returns the table as given, typed by the check: each expected `messageId` must be one of the
 * check's own message ids. `export default defineTable(check, { valid: [...], invalid: [...] })`.
 */
export function defineTable<C extends AnyCheck>(_check: C, table: CheckTable<NoInfer<C>>): CheckTable<C> {
  return table;
}

/** The result of running one case. */
export interface CaseResult {
  readonly name: string;
  readonly ok: boolean;
  /** Why the case failed, readable in a test runner's output. */
  readonly message: string;
  readonly findings: readonly Finding[];
}

const DEFAULT_DATE = "2026-04-01";

function describeFindings(findings: readonly Pick<Finding, "outcome" | "messageId" | "path" | "data" | "clauses" | "severity">[]): string {
  if (findings.length === 0) return "  (none)";
  return findings
    .map(
      (f) =>
        `  - ${f.outcome} ${f.messageId} at ${f.path || "/"}${f.data === undefined ? "" : ` with data ${JSON.stringify(f.data)}`} citing ${f.clauses.join(", ")} at severity ${f.severity}`,
    )
    .join("\n");
}

/** Whether every value `want` gives is in `data` too (a subset, compared with `===`). */
function holdsData(data: Finding["data"], want: MessageData | undefined): boolean {
  if (want === undefined) return true;
  return Object.entries(want).every(([key, value]) => data !== undefined && Object.hasOwn(data, key) && data[key] === value);
}

/** Runs one case of a table against a check and says whether it held. Usable with any test runner. */
export function runCheckCase(
  check: AnyCheck,
  testCase: ValidCase | InvalidCase,
  defaults: Pick<CheckTable, "profile" | "evaluationDate"> = {},
): CaseResult {
  const parsed = parseDescription(testCase.description);
  if (!parsed.ok) {
    const issues = parsed.issues.map((i) => `  - ${i.pointer || "/"}: ${i.message.en}`).join("\n");
    return { name: testCase.name, ok: false, message: `The case's description is not valid:\n${issues}`, findings: [] };
  }
  const profile = testCase.profile ?? defaults.profile;
  const report = evaluate(parsed.value, {
    checks: [check],
    // A description's own date is left to evaluate, so the report says where the date came from.
    ...(testCase.evaluationDate !== undefined || defaults.evaluationDate !== undefined || parsed.value.evaluationDate === undefined
      ? { evaluationDate: testCase.evaluationDate ?? defaults.evaluationDate ?? DEFAULT_DATE }
      : {}),
    ...(profile === undefined ? {} : { profile }),
  });
  const reported = report.results.filter((f) => f.outcome === "fail" || f.outcome === "needs-evidence");
  const expected = "expected" in testCase ? testCase.expected : [];
  const key = (f: ExpectedFinding) =>
    `${f.outcome ?? "fail"} ${f.messageId}${f.path === undefined ? "" : ` at ${f.path || "/"}`}${f.data === undefined ? "" : ` with data including ${JSON.stringify(f.data)}`}${f.clauses === undefined ? "" : ` citing ${f.clauses.join(", ")}`}${f.severity === undefined ? "" : ` at severity ${f.severity}`}`;
  const matches = (f: Finding, want: ExpectedFinding) =>
    f.messageId === want.messageId &&
    f.outcome === (want.outcome ?? "fail") &&
    (want.path === undefined || f.path === want.path) &&
    holdsData(f.data, want.data) &&
    (want.clauses === undefined || (f.clauses.length === want.clauses.length && f.clauses.every((c, i) => c === want.clauses?.[i]))) &&
    (want.severity === undefined || f.severity === want.severity);
  // Pair expectations with findings as a maximum matching, so a loose expectation (no path or
  // data) never takes the finding a stricter one needs.
  const owner: (number | undefined)[] = reported.map(() => undefined);
  const assign = (w: number, seen: boolean[]): boolean => {
    for (let f = 0; f < reported.length; f++) {
      if (seen[f] || !matches(reported[f] as Finding, expected[w] as ExpectedFinding)) continue;
      seen[f] = true;
      const held = owner[f];
      if (held === undefined || assign(held, seen)) {
        owner[f] = w;
        return true;
      }
    }
    return false;
  };
  const missing = expected.filter(
    (_, w) =>
      !assign(
        w,
        reported.map(() => false),
      ),
  );
  const remaining = reported.filter((_, f) => owner[f] === undefined);
  const ok = missing.length === 0 && remaining.length === 0;
  const message = ok
    ? ""
    : [
        `Check ${check.meta.id}, case "${testCase.name}":`,
        missing.length > 0 ? `expected but not reported:\n${missing.map((m) => `  - ${key(m)}`).join("\n")}` : "",
        remaining.length > 0 ? `reported but not expected:\n${describeFindings(remaining)}` : "",
      ]
        .filter(Boolean)
        .join("\n");
  return { name: testCase.name, ok, message, findings: report.results };
}

/** The `describe` and `it` of a test runner (vitest, jest, mocha and node:test all fit). */
export interface TestRunner {
  /** Groups the tests `body` registers under `name`. */
  describe(name: string, body: () => void): unknown;
  /** Registers one test; it fails when `body` throws. */
  it(name: string, body: () => void): unknown;
}

/**
 * Registers a table of cases as tests, the way ESLint's RuleTester does: one test per case, each
 * failing with the findings it missed or did not expect. Pass your runner's `describe` and `it`.
 */
export function checkTester(check: AnyCheck, table: CheckTable, runner: TestRunner): void {
  const defaults = {
    ...(table.profile === undefined ? {} : { profile: table.profile }),
    ...(table.evaluationDate === undefined ? {} : { evaluationDate: table.evaluationDate }),
  };
  runner.describe(check.meta.id, () => {
    runner.describe("valid", () => {
      for (const testCase of table.valid) {
        runner.it(testCase.name, () => {
          // A valid case expects nothing: one that lists findings belongs among the invalid ones.
          if ("expected" in testCase) throw new Error(`Valid case "${testCase.name}" lists expected findings; move it to invalid`);
          const result = runCheckCase(
            check,
            {
              name: testCase.name,
              description: testCase.description,
              ...(testCase.profile === undefined ? {} : { profile: testCase.profile }),
              ...(testCase.evaluationDate === undefined ? {} : { evaluationDate: testCase.evaluationDate }),
            },
            defaults,
          );
          if (!result.ok) throw new Error(result.message);
        });
      }
    });
    runner.describe("invalid", () => {
      for (const testCase of table.invalid) {
        runner.it(testCase.name, () => {
          const result = runCheckCase(check, testCase, defaults);
          if (!result.ok) throw new Error(result.message);
        });
      }
    });
  });
}

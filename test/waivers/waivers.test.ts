import { approverInOtherScript, exceptionApprovers, isExceptionApprover, isSelfApprovedIn } from "../../src/engine/waivers.js";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/builtin.js";
import { SecpolicyError } from "../../src/input/errors.js";
import { parseDescription } from "../../src/input/parse-description.js";
import { parseWaivers } from "../../src/input/parse-waivers.js";
import { Report } from "../../src/model/report.js";
import type { Waiver } from "../../src/model/waiver.js";
import { hitoyoshiProfile } from "../../src/profiles/hitoyoshi.js";
import { formatMarkdown } from "../../src/report/markdown.js";
import { description, internetSystem, mynumberSystem } from "../support/fixtures.js";

/** Two failures: a single-factor My Number terminal (/systems/0/…) and a bypassed security cloud (/connections/0/via). */
function described(waivers?: unknown[]) {
  const parsed = parseDescription(
    description(
      [
        mynumberSystem({ terminalGroups: [{ id: "mn-pc", name: "端末", externalMedia: "blocked", authenticationFactors: ["password"] }] }),
        internetSystem(),
      ],
      {
        municipality: { name: "人吉市", roles: [{ role: "ciso", person: "副市長" }] },
        connections: [{ id: "web", from: { system: "web-mail" }, to: { external: "public-internet" }, via: [] }],
        ...(waivers === undefined ? {} : { waivers }),
      },
    ),
  );
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${i.pointer}: ${i.message.en}`).join("\n"));
  return parsed.value;
}

const waiver = (checkId: string, target: Waiver["target"], overrides: Partial<Waiver> = {}): Waiver => ({
  checkId,
  target,
  reason: "更新までの暫定措置",
  compensatingControl: "利用者を限定し、操作ログを毎日確認する",
  requestedBy: "情報政策課長",
  approvedBy: "副市長",
  approvedOn: "2026-01-15",
  expiresOn: "2026-06-30",
  reference: `人情第${checkId.length}号`,
  ...overrides,
});

const mfa = "mynumber-terminal-mfa";
const cloud = "internet-via-security-cloud";
const find = (report: Report, checkId: string, outcome?: string) =>
  report.results.filter((r) => r.checkId === checkId && (outcome === undefined || r.outcome === outcome));

describe("waivers through evaluate", () => {
  it("without waivers both failures stand and the report has no unusedWaivers", () => {
    const report = evaluate(described());
    expect(find(report, mfa, "fail")).toHaveLength(1);
    expect(find(report, cloud, "fail")).toHaveLength(1);
    expect(report).not.toHaveProperty("unusedWaivers");
  });

  it("a valid waiver by system turns the failure inside the system into waived", () => {
    const report = evaluate(described([waiver(mfa, { system: "juki" })]));
    const [waived] = find(report, mfa, "waived");
    expect(waived).toMatchObject({
      path: "/systems/0/terminalGroups/0/authenticationFactors",
      waiver: { reference: "人情第21号", reason: "更新までの暫定措置", approvedBy: "副市長", expiresOn: "2026-06-30" },
    });
    expect(waived).not.toHaveProperty("remediation");
    expect(report.summary.byOutcome.waived).toBe(1);
    expect(report.unusedWaivers).toEqual([]);
  });

  it("a valid waiver by connection id covers results about that connection, and only those", () => {
    const report = evaluate(described([waiver(cloud, { connection: "web" }), waiver(mfa, { system: "web-mail" })]));
    expect(find(report, cloud, "waived")).toHaveLength(1);
    expect(find(report, mfa, "fail")).toHaveLength(1);
    expect(report.unusedWaivers?.map((w) => w.checkId)).toEqual([mfa]);
  });

  it("is in force from its approval date through its expiry date", () => {
    const d = described([waiver(mfa, { system: "juki" }, { approvedOn: "2026-04-01", expiresOn: "2026-04-01" })]);
    expect(find(evaluate(d, { evaluationDate: "2026-04-01" }), mfa, "waived")).toHaveLength(1);
    expect(find(evaluate(d, { evaluationDate: "2026-04-02" }), mfa, "fail")).toHaveLength(1);
    expect(find(evaluate(d, { evaluationDate: "2026-03-31" }), mfa, "fail")).toHaveLength(1);
  });

  it("an expired waiver hides nothing and is a finding of its own", () => {
    const report = evaluate(described([waiver(mfa, { system: "juki" }, { expiresOn: "2026-03-31" })]));
    expect(find(report, mfa, "fail")).toHaveLength(1);
    expect(find(report, "exceptions-valid", "fail")).toMatchObject([{ messageId: "expired", path: "/waivers/0/expiresOn" }]);
    // It still covers a failure, so it is not unused: it needs renewing, not withdrawing.
    expect(report.unusedWaivers).toEqual([]);
  });

  it("an exception whose approver cannot be verified waives nothing, and exceptions-valid says why", () => {
    // First-contact review: a vendor's spec carried its own exception for a My Number failure,
    // approved by 「誰か」, without the organisation; it was applied and the run passed.
    const unlisted = described([waiver(mfa, { system: "juki" }, { approvedBy: "誰か" })]);
    const report = evaluate(unlisted);
    expect(find(report, mfa, "fail")).toHaveLength(1);
    expect(find(report, "exceptions-valid", "fail").map((r) => r.messageId)).toEqual(["approverNotAuthorised"]);
    // Without roles there is no one to verify it against: still not applied, and evidence is asked for.
    const parsed = parseDescription({
      ...description([
        mynumberSystem({ terminalGroups: [{ id: "mn-pc", name: "端末", externalMedia: "blocked", authenticationFactors: ["password"] }] }),
      ]),
      waivers: [waiver(mfa, { system: "juki" })],
    });
    if (!parsed.ok) throw new Error("invalid");
    const noRoles = evaluate(parsed.value);
    expect(find(noRoles, mfa, "fail")).toHaveLength(1);
    expect(find(noRoles, "exceptions-valid", "needs-evidence").map((r) => r.messageId)).toContain("approverUnverified");
  });

  it("a waiver that covers no failure is listed as unused", () => {
    const unused = waiver("mynumber-terminal-export-blocked", { system: "juki" });
    const report = evaluate(described([unused]));
    expect(report.unusedWaivers).toEqual([unused]);
  });

  it("a waiver of a check the profile disables is unused", () => {
    const profile = { ...hitoyoshiProfile, checks: { [mfa]: { enabled: false } } };
    expect(evaluate(described([waiver(mfa, { system: "juki" })]), { profile }).unusedWaivers).toHaveLength(1);
  });

  it("a waiver for an unknown check is an error naming /waivers/i/checkId with a suggestion", () => {
    try {
      evaluate(described([waiver(mfa, { system: "juki" }), waiver("mynumber-terminal-mfaa", { system: "juki" })]));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SecpolicyError);
      expect((error as SecpolicyError).issues).toMatchObject([
        { pointer: "/waivers/1/checkId", code: "unknown-check", hint: { en: `Did you mean "${mfa}"?` } },
      ]);
    }
  });

  it("the JSON report carries waived results and unused waivers, and validates", () => {
    const report = evaluate(
      described([
        waiver(mfa, { system: "juki" }),
        waiver(cloud, { connection: "web" }, { expiresOn: "2026-01-31" }),
        waiver("zone-declared", { system: "web-mail" }),
      ]),
    );
    const json = JSON.parse(JSON.stringify(report)) as Report;
    expect(Report.safeParse(json).success).toBe(true);
    expect(json.results.filter((r) => r.outcome === "waived").map((r) => [r.checkId, r.waiver?.reference])).toEqual([[mfa, "人情第21号"]]);
    expect(find(json, cloud, "fail")).toHaveLength(1);
    expect(find(json, "exceptions-valid", "fail").map((r) => r.path)).toEqual(["/waivers/1/expiresOn"]);
    expect(json.unusedWaivers?.map((w) => w.checkId)).toEqual(["zone-declared"]);
  });
});

describe("waivers kept in a separate file", () => {
  const file = `
waivers:
  - checkId: internet-via-security-cloud
    target: { connection: web }
    reason: 県クラウドの切替工事の間の暫定措置
    requestedBy: 情報政策課長
    approvedBy: 副市長
    approvedOn: "2026-01-15"
    expiresOn: "2026-06-30"
    reference: 人情第7号
`;

  it("parses { waivers: [...] } and a bare list, from text or data", () => {
    const parsed = parseWaivers(file);
    expect(parsed.ok && parsed.value[0]?.reference).toBe("人情第7号");
    const bare = parseWaivers([waiver(mfa, { system: "juki" })]);
    expect(bare.ok && bare.value).toHaveLength(1);
  });

  it("joins the description's own, numbered after them", () => {
    const parsed = parseWaivers(file);
    if (!parsed.ok) throw new Error("unreachable");
    const report = evaluate(described([waiver(mfa, { system: "juki" }, { expiresOn: "2026-02-01" })]), { waivers: parsed.value });
    expect(find(report, cloud, "waived")).toHaveLength(1);
    expect(find(report, "exceptions-valid", "fail").map((r) => r.path)).toEqual(["/waivers/0/expiresOn"]);
  });

  it("reports invalid waivers with their paths", () => {
    const self = parseWaivers({ waivers: [waiver(mfa, {}, { approvedBy: "情報政策課長" })] });
    // Self-approval is no input error: the exception is not applied and exceptions-valid says why (twelfth review).
    expect(self.ok ? [] : self.issues.map((i) => `${i.pointer} ${i.code}`)).toEqual(["/waivers/0/target waiver-without-target"]);
    const typo = parseWaivers([{ ...waiver(mfa, { system: "juki" }), expiresOn: "2026-6-30" }]);
    expect(typo.ok ? [] : typo.issues.map((i) => `${i.pointer} ${i.code}`)).toEqual(["/0/expiresOn invalid-format"]);
    const syntax = parseWaivers("waivers: [");
    expect(syntax.ok).toBe(false);
  });

  it("rejects at evaluate time a separate waiver naming an unknown system", () => {
    expect(() => evaluate(described(), { waivers: [waiver(mfa, { system: "jyuki" })] })).toThrow(
      /\/waivers\/0\/target\/system: System "jyuki" is not in systems/,
    );
  });
});

/** The hostile waivers of the reliability study (issue 17) and of the fidelity review (N11, N12): each is refused or reported. */
describe("waivers that cannot be bent", () => {
  /** The description with waivers added after parsing, so evaluate (not the parser) judges them. */
  const unparsed = (waivers: Waiver[]) => ({ ...described(), waivers });
  const codes = (run: () => unknown): string[] => {
    try {
      run();
    } catch (error) {
      if (error instanceof SecpolicyError) return error.issues.map((i) => `${i.pointer} ${i.code}`);
      throw error;
    }
    return [];
  };

  it("refuses an approver with a zero-width space, which would otherwise pass as someone other than the requester", () => {
    const hidden = waiver(cloud, { connection: "web" }, { requestedBy: "副市長", approvedBy: "副\u200B市長" });
    expect(codes(() => evaluate(unparsed([hidden])))).toEqual(["/waivers/0/approvedBy invisible-character"]);
    const parsed = parseWaivers([hidden]);
    expect(parsed.ok ? [] : parsed.issues.map((i) => i.code)).toContain("invisible-character");
  });

  it("refuses an approver written as white space only, and does not count 「市」 as the CISO 「副市長」", () => {
    expect(codes(() => evaluate(unparsed([waiver(cloud, { connection: "web" }, { approvedBy: " " })])))).toEqual([
      "/waivers/0/approvedBy empty-name",
    ]);
    const report = evaluate(described([waiver(cloud, { connection: "web" }, { approvedBy: "市" })]), { evaluationDate: "2026-04-01" });
    expect(find(report, "exceptions-valid", "fail").map((r) => r.messageId)).toEqual(["approverNotAuthorised"]);
  });

  it("refuses a waiver of exceptions-valid, the check that judges waivers", () => {
    expect(codes(() => evaluate(unparsed([waiver("exceptions-valid", { municipality: true })])))).toEqual([
      "/waivers/0/checkId unwaivable-check",
    ]);
  });

  it("refuses targets by JSON pointer, so /systems cannot waive every system", () => {
    expect(codes(() => evaluate(unparsed([waiver(mfa, { path: "/systems" })])))).toEqual(["/waivers/0/target/path waiver-target-path"]);
    expect(codes(() => evaluate(unparsed([waiver(mfa, { system: "juki", connection: "web" })])))).toEqual([
      "/waivers/0/target waiver-several-targets",
    ]);
  });

  it("keeps a waiver on its system when the systems are reordered", () => {
    const forward = described([waiver(mfa, { system: "juki" })]);
    const reordered = { ...forward, systems: [...forward.systems].reverse() };
    for (const d of [forward, reordered]) {
      const [waived] = find(evaluate(d, { evaluationDate: "2026-04-01" }), mfa, "waived");
      expect(waived?.target.id ?? waived?.path).toBeDefined();
      expect(waived?.path.startsWith(`/systems/${d.systems.findIndex((s) => s.id === "juki")}/`)).toBe(true);
    }
  });

  it("waives one terminal group, named by id, and not its siblings", () => {
    const base = described();
    const juki = base.systems[0]!;
    const d = {
      ...base,
      systems: [
        {
          ...juki,
          terminalGroups: [
            ...(juki.terminalGroups ?? []),
            { id: "mn-pc2", name: "端末2", externalMedia: "blocked" as const, authenticationFactors: ["password" as const] },
          ],
        },
        ...base.systems.slice(1),
      ],
      waivers: [waiver(mfa, { system: "juki", terminalGroup: "mn-pc2" })],
    };
    const report = evaluate(d, { evaluationDate: "2026-04-01" });
    expect(find(report, mfa, "waived").map((r) => r.path)).toEqual(["/systems/0/terminalGroups/1/authenticationFactors"]);
    expect(find(report, mfa, "fail").map((r) => r.path)).toEqual(["/systems/0/terminalGroups/0/authenticationFactors"]);
  });

  /** The exceptions-valid findings about the exceptions' terms, as `pointer messageId`. */
  const termFindings = (report: Report) =>
    find(report, "exceptions-valid", "fail")
      .filter((r) => r.messageId === "termTooLong" || r.messageId === "noCompensatingControl")
      .map((r) => `${r.path} ${r.messageId}`);

  it("does not apply a term beyond the profile's limit, and says so, but goes on: expiresOn 9999-12-31 and a 13-month waiver", () => {
    // Eleventh review: refusing the run hid the failure the exception covered and every other finding.
    for (const expiresOn of ["9999-12-31", "2027-02-16"]) {
      const report = evaluate(unparsed([waiver(cloud, { connection: "web" }, { expiresOn })]));
      expect(termFindings(report)).toEqual(["/waivers/0/expiresOn termTooLong"]);
      // Its own remedy, not the check's (which speaks of an expired exception).
      const [term] = find(report, "exceptions-valid", "fail").filter((r) => r.messageId === "termTooLong");
      expect(term?.remediation?.ja).toMatch(/^期間をプロファイルの上限までに短くして/);
      expect(find(report, cloud, "waived")).toEqual([]);
      expect(find(report, cloud, "fail")).toHaveLength(1);
    }
    const within = evaluate(unparsed([waiver(cloud, { connection: "web" }, { expiresOn: "2027-01-15" })]));
    expect(termFindings(within)).toEqual([]);
    expect(find(within, cloud, "waived")).toHaveLength(1);
    const longer = { ...hitoyoshiProfile, exceptions: { ...hitoyoshiProfile.exceptions, maxTermMonths: 24 } };
    const allowed = evaluate(unparsed([waiver(cloud, { connection: "web" }, { expiresOn: "2027-02-16" })]), { profile: longer });
    expect(termFindings(allowed)).toEqual([]);
    expect(find(allowed, cloud, "waived")).toHaveLength(1);
  });

  it("does not apply a self-approved exception, and says so, but goes on", () => {
    const self = evaluate(unparsed([waiver(cloud, { connection: "web" }, { requestedBy: "副市長", approvedBy: "副市長" })]));
    expect(find(self, "exceptions-valid", "fail").map((r) => `${r.path} ${r.messageId}`)).toEqual(["/waivers/0/approvedBy selfApproved"]);
    expect(find(self, cloud, "waived")).toEqual([]);
    expect(find(self, cloud, "fail")).toHaveLength(1);
    // The same person written once as the post and once as the role it holds (fourteenth review).
    const byRole = evaluate(unparsed([waiver(cloud, { connection: "web" }, { requestedBy: "副市長", approvedBy: "CISO" })]));
    expect(find(byRole, "exceptions-valid", "fail").map((r) => r.messageId)).toContain("selfApproved");
    expect(find(byRole, cloud, "waived")).toEqual([]);
  });

  it("lists as unused only the exceptions of checks that ran", async () => {
    const { builtinChecks } = await import("../../src/checks/index.js");
    const other = builtinChecks.filter((check) => check.meta.id === "exceptions-valid");
    const narrowed = evaluate(unparsed([waiver(cloud, { connection: "web" })]), { checks: other });
    expect(narrowed.unusedWaivers).toEqual([]);
    const full = evaluate(unparsed([waiver(cloud, { system: "web-mail" }, { checkId: "wireless-lan" })]));
    expect(full.unusedWaivers?.map((w) => w.checkId)).toEqual(["wireless-lan"]);
  });

  it("tells people apart by post and name, not by a shared surname or the municipality's name (fifteenth review)", () => {
    const isSelf = (requestedBy: string, approvedBy: string, ciso: string) =>
      isSelfApprovedIn(
        { requestedBy, approvedBy },
        { ...described(), municipality: { name: "人吉市", roles: [{ role: "ciso", person: ciso }] } },
      );
    expect(isSelf("副市長", "CISO", "副市長 山田太郎")).toBe(true);
    expect(isSelf("山田太郎", "CISO", "山田太郎（副市長）")).toBe(true);
    expect(isSelf("山田 花子", "山田 太郎", "山田 太郎")).toBe(false);
    expect(isSelf("人吉市 福祉課長", "人吉市 副市長", "副市長")).toBe(false);
    expect(isExceptionApprover("人吉市 副市長", ["副市長"], ["ciso"], "人吉市")).toBe(true);
  });

  it("knows an approving holder written another way than in the organisation (fiftieth and fifty-first reviews)", () => {
    // An auditor reads 「職名 氏名」, 「氏名（職名）」 and the role with its holder's post as one person: the exception applies.
    const approves = (written: string, approvers: string[], holders = approvers) =>
      isExceptionApprover(written, approvers, ["head", "ciso"], "人吉市", holders);
    const town = ["相良 健一（町長）", "山下 誠（副町長）"];
    expect(approves("副町長　山下誠", town)).toBe(true);
    expect(approves("山下 誠", town)).toBe(true);
    expect(approves("山下誠（副町長）", ["副町長 山下誠"])).toBe(true);
    expect(approves("CISO（副市長）", ["市長", "副市長 山田太郎"])).toBe(true);
    expect(approves("CISO（副市長 山田太郎）", ["市長", "副市長 山田太郎"])).toBe(true);
    expect(approves("人吉市副市長", ["副市長 山田太郎"])).toBe(true);
    expect(approves("人吉市長", ["市長 松岡"])).toBe(true);
    // The role's name with a post of two people picks the approving one; the post alone does not.
    expect(approves("CISO（副市長）", ["副市長 山田太郎"], ["副市長 山田太郎", "副市長 佐藤次郎"])).toBe(true);
    expect(approves("副市長", ["副市長 山田太郎"], ["副市長 山田太郎", "副市長 佐藤次郎"])).toBe(false);
    // Seventy-second review: the same posts in an English delivery spec.
    for (const written of [
      "CISO (Deputy Mayor)",
      "Deputy Mayor (CISO)",
      "Deputy Mayor",
      "Vice Mayor",
      "Chief Information Security Officer (Deputy Mayor)",
      "Chief Information Security Officer",
    ]) {
      expect(approves(written, ["市長", "副市長 山田太郎"])).toBe(true);
    }
    expect(approves("Deputy Mayor", town)).toBe(true);
    expect(approves("Mayor", ["市長 松岡"])).toBe(true);
    // Still nobody in English either: another post, a refusal.
    expect(approves("CISO (General Affairs Director)", ["副市長 山田太郎"])).toBe(false);
    expect(approves("Deputy Mayor (rejected)", ["副市長 山田太郎"])).toBe(false);
    // Still nobody: a refusal, a company, another post, a surname alone, a deputy.
    for (const written of ["CISO（却下）", "株式会社X CISO", "CISO（総務課長）", "CISO 鈴木", "山田", "副市長代理", "上青井地区 区長"]) {
      expect(approves(written, ["副市長 山田太郎"])).toBe(false);
    }
  });

  it("reads the holder word for word: a company, unit or other post beside the name is someone else (fifty-third review)", () => {
    const approves = (written: string) => isExceptionApprover(written, ["町長 相良 健一", "副町長 相良 誠"], ["head", "ciso"], "上球磨町");
    for (const written of ["副町長 相良", "相良副町長", "CISO（副町長 相良）", "相良 誠", "副町長　相良誠"])
      expect(approves(written)).toBe(true);
    for (const written of ["ヒゴデンサン 相良 誠", "肥後情報センター 相良 誠", "総務課長 相良 誠", "CISO 相良 誠（ヒゴデンサン）", "相良"])
      expect(approves(written)).toBe(false);
  });

  it("reads the head with the town's name glued to the post, a surname beside its post, a reading in hiragana (fifty-sixth review)", () => {
    const approves = (written: string, approvers: string[]) => isExceptionApprover(written, approvers, ["head", "ciso"], "五木原町");
    expect(approves("五木原町長 球磨 一郎", ["町長 球磨 一郎", "副町長 相良 誠"])).toBe(true);
    expect(approves("町長 山田", ["町長 山田 太郎", "副町長 相良 誠"])).toBe(true);
    // A surname beside a role's name alone does not say whose it is; another municipality's head is not this one's
    // (fifty-seventh review).
    expect(approves("CISO 相良", ["町長 球磨 一郎", "副町長 相良 誠"])).toBe(false);
    expect(approves("CISO 球磨", ["町長 球磨 一郎", "副町長 相良 誠"])).toBe(false);
    expect(approves("球磨村長", ["町長 球磨 一郎", "副町長 相良 誠"])).toBe(false);
    expect(approves("副町長 相良 誠（さがら まこと）", ["町長 球磨 一郎", "副町長 相良 誠"])).toBe(true);
    expect(approves("CISO 相良 誠（ヒゴデンサン）", ["町長 球磨 一郎", "副町長 相良 誠"])).toBe(false);
  });

  it("lists a person who holds both approving roles once (eighty-first review: 「村長、村長」)", () => {
    const village = {
      ...described(),
      municipality: {
        name: "五木原村",
        roles: [
          { role: "head" as const, person: "村長" },
          { role: "ciso" as const, person: "村長" },
        ],
      },
    };
    expect(exceptionApprovers(village)).toEqual(["村長"]);
  });

  it("asks about an approver written in Latin letters beside the approving post, when the organisation writes its people in Japanese (seventy-third review)", () => {
    const holders = ["市長 松本 一郎", "副市長 田中 誠"];
    const other = (written: string, approvers = holders) => approverInOtherScript(written, approvers, ["head", "ciso"], "人吉市");
    // A romanised name cannot be compared with one in kanji: neither an approver nor someone else, so asked.
    for (const written of ["Mayor Matsumoto", "Mr. Matsumoto (Mayor)", "Deputy Mayor TANAKA", "CISO Tanaka", "Ichiro Matsumoto"]) {
      expect(isExceptionApprover(written, holders, ["head", "ciso"], "人吉市")).toBe(false);
      expect(other(written)).toBe(true);
    }
    // A company, a note, another post, a name in kanji that is not the holder's, or lower-case words name nobody.
    for (const written of [
      "ABC Corp",
      "Mayor (rejected)",
      "Deputy Mayor (Acting)",
      "総務課長 Tanaka",
      "市長 佐藤",
      "mayor matsumoto",
      "Vendor Staff",
      "Sato Taro (Kumamoto Systems)",
    ])
      expect(other(written)).toBe(false);
    // An organisation that writes its people in Latin letters compares them as written.
    expect(other("Mayor Matsumoto", ["Mayor Ichiro Matsumoto"])).toBe(false);
    // No organisation listed, or posts without names: nothing to compare with (as 「市長 松本」 beside 「市長」).
    expect(other("Mayor Matsumoto", [])).toBe(false);
    expect(other("Mayor Matsumoto", ["市長", "副市長"])).toBe(false);
  });

  it("finds a self-approval written with the holder's surname beside or glued to the post (fifty-third review)", () => {
    const ciso = { ...described(), municipality: { name: "上球磨町", roles: [{ role: "ciso" as const, person: "副町長 相良 誠" }] } };
    for (const requestedBy of ["副町長 相良", "相良副町長", "副町長"])
      expect(isSelfApprovedIn({ requestedBy, approvedBy: "CISO" }, ciso)).toBe(true);
    expect(isSelfApprovedIn({ requestedBy: "山田副町長", approvedBy: "CISO" }, ciso)).toBe(false);
  });

  it("finds a self-approval with the municipality's name written together with the post (fifty-first review)", () => {
    const ciso = { ...described(), municipality: { name: "人吉市", roles: [{ role: "ciso" as const, person: "副市長 山田太郎" }] } };
    expect(isSelfApprovedIn({ requestedBy: "人吉市副市長", approvedBy: "CISO" }, ciso)).toBe(true);
    expect(isSelfApprovedIn({ requestedBy: "人吉市福祉課長", approvedBy: "CISO" }, ciso)).toBe(false);
  });

  it("holds an exception to a policy-level My Number control to a shorter term and a compensating control, and marks it", () => {
    // N12: five years of no MFA on My Number terminals 「予算がないため」: not applied, and both reasons reported.
    const budget = waiver(mfa, { system: "juki" }, { reason: "予算がないため", compensatingControl: undefined, expiresOn: "2031-01-14" });
    const refused = evaluate(unparsed([budget]));
    expect(termFindings(refused)).toEqual(["/waivers/0 noCompensatingControl", "/waivers/0/expiresOn termTooLong"]);
    expect(find(refused, mfa, "fail")).toHaveLength(1);
    const seven = evaluate(unparsed([waiver(mfa, { system: "juki" }, { expiresOn: "2026-07-16" })]));
    expect(termFindings(seven)).toEqual(["/waivers/0/expiresOn termTooLong"]);
    expect(find(seven, mfa, "waived")).toEqual([]);
    const [waived] = find(evaluate(described([waiver(mfa, { system: "juki" })])), mfa, "waived");
    expect(waived?.waiver).toMatchObject({ myNumberPolicyControl: true, compensatingControl: "利用者を限定し、操作ログを毎日確認する" });
    const [other] = find(evaluate(described([waiver(cloud, { connection: "web" })])), cloud, "waived");
    expect(other?.waiver).not.toHaveProperty("myNumberPolicyControl");
  });

  it("applies a waiver approved by the role written for the person, and none while the organisation lists no approver", () => {
    // The role as written on approval forms: the engine and exceptions-valid read it by the same rule.
    const byRole = evaluate(described([waiver(cloud, { connection: "web" }, { approvedBy: "CISO（副市長）" })]));
    expect(find(byRole, cloud, "waived")).toHaveLength(1);
    expect(find(byRole, "exceptions-valid", "fail")).toEqual([]);
    // Without the organisation nobody is verified, the role written or not: not applied, and exceptions-valid says why.
    const unlisted = parseDescription({
      ...described([waiver(cloud, { connection: "web" }, { approvedBy: "CISO" })]),
      municipality: { name: "人吉市" },
    });
    if (!unlisted.ok) throw new Error("invalid");
    const report = evaluate(unlisted.value);
    expect(find(report, cloud, "fail")).toHaveLength(1);
    expect(find(report, "exceptions-valid", "needs-evidence").map((r) => r.messageId)).toEqual(["approverUnverified"]);
  });

  it("says when the evaluation date is the description's own, so an expired waiver is not silently back in force", () => {
    const expired = described([waiver(cloud, { connection: "web" }, { expiresOn: "2026-03-01" })]);
    const own = evaluate({ ...expired, evaluationDate: "2026-02-01" });
    expect(own.evaluationDateSource).toBe("description");
    expect(find(own, cloud, "waived")).toHaveLength(1);
    // Said in the report's heading (evaluationDateSource), not as a finding against the municipality.
    expect(find(own, "exceptions-valid", "needs-evidence")).toEqual([]);
    expect(formatMarkdown(own, { locale: "en", color: false })).toContain(
      "the description's own evaluationDate; exceptions' expiry was judged on it too",
    );
    const given = evaluate({ ...expired, evaluationDate: "2026-02-01" }, { evaluationDate: "2026-04-01" });
    expect(given.evaluationDateSource).toBe("caller");
    expect(find(given, cloud, "fail")).toHaveLength(1);
    expect(find(given, "exceptions-valid", "needs-evidence")).toEqual([]);
  });
});

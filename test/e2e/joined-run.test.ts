/**
 * `secpolicy check` on several files of one inventory (seventeenth review): the files of a run are
 * joined into one description and judged once, so a folder gives the verdicts of the same facts in
 * one file. An auditor judges the facts, not how a city chose to file them: a path whose hops are
 * in two files is still a path (6(3)①②), the ICT-BCP of one file still has to cover the systems of
 * another (3(3)–(5)), the roles of one file still approve the exceptions of another (6(7)), and one
 * vendor is one vendor (6(8)). The fixtures are test/fixtures/join/ (see its README).
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { Report } from "../../src/model/report.js";
import { templateWorkbook } from "../../src/spreadsheet/xlsx.js";
import { ensureBuilt, ROOT } from "./build.js";
import { runBuiltCli, runCli } from "./run-cli.js";

const FIXTURES = "test/fixtures/join";
const folder = (name: string) => `${FIXTURES}/${name}/folder`;
const SINGLE_03 = `${FIXTURES}/03-split-waiver-roles/single.yaml`;

let temp: string;
beforeAll(() => {
  ensureBuilt();
  temp = mkdtempSync(join(tmpdir(), "secpolicy-join-"));
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const json = (text: string) => Report.parse(JSON.parse(text));
const read = (path: string) => readFileSync(join(ROOT, path), "utf8");

/** Runs check with a JSON report of every result. */
async function check(...args: string[]) {
  const result = await runCli(["check", ...args, "--format", "json"]);
  return { ...result, report: result.stdout === "" ? undefined : json(result.stdout) };
}

/** Every verdict of a report, whatever file or line it points at: what an auditor compares. */
const verdicts = (report: Report | undefined) =>
  (report?.results ?? [])
    .map((f) => [f.checkId, f.target.kind, f.target.id ?? "", f.messageId, f.outcome, f.severity, f.message.ja].join(" | "))
    .sort();

const problems = (report: Report | undefined, checkId: string) =>
  (report?.results ?? []).filter((f) => f.checkId === checkId && f.outcome !== "pass" && f.outcome !== "not-applicable");

type Item = Record<string, unknown>;
/** The list `key` of a parsed file (empty when it has none). */
const listOf = (doc: Item | undefined, key: string): Item[] => (doc?.[key] ?? []) as Item[];

/** A copy of a fixture folder to change, with `edit` applied to its files (name → parsed YAML, changed in place). */
function copyOf(name: string, edit: (files: Record<string, Record<string, unknown>>) => void = () => {}): string {
  const dir = join(temp, `${name}-${Math.random().toString(36).slice(2)}`);
  cpSync(join(ROOT, folder(name)), dir, { recursive: true });
  const files: Record<string, Record<string, unknown>> = {};
  for (const file of ["00-city.yaml", "10-lgwan.yaml", "20-inet.yaml"]) files[file] = parse(readFileSync(join(dir, file), "utf8"));
  const before = JSON.stringify(files);
  edit(files);
  if (JSON.stringify(files) !== before) {
    for (const [file, value] of Object.entries(files)) writeFileSync(join(dir, file), stringify(value));
  }
  return dir;
}

describe("a folder of one inventory gives the verdicts of the single file", { timeout: 120_000 }, () => {
  it.each([
    ["01-split-path", "single.yaml"],
    ["02-split-bcp", "single.json"],
    ["03-split-waiver-roles", "single.yaml"],
    ["06-vendor-bridge", "single.yaml"],
  ])("%s/folder as %s", async (name, single) => {
    const one = await check(`${FIXTURES}/${name}/${single}`);
    const all = await check(folder(name));
    expect(all.stderr).toBe("");
    expect(all.code).toBe(one.code);
    expect(verdicts(all.report)).toEqual(verdicts(one.report));
    expect(all.report?.summary).toEqual(one.report?.summary);
    expect(all.report?.systemsDescribedElsewhere).toEqual(one.report?.systemsDescribedElsewhere);
  });

  // Seventy-ninth review: the report of a city's inventory checked with a vendor's spec named neither file, and its
  // HTML was headed by the first file's title alone.
  it("names every file it judged, with its title, in the JSON and at the head of text, Markdown and HTML", async () => {
    const dir = folder("01-split-path");
    const expected = [
      { file: `${dir}/00-city.yaml`, title: "人吉市 情報システム台帳（全体）" },
      { file: `${dir}/10-lgwan.yaml`, title: "LGWAN接続系" },
      { file: `${dir}/20-inet.yaml`, title: "インターネット接続系" },
    ];
    expect((await check(dir)).report?.sources).toEqual(expected);
    expect((await check(dir, "--each-file")).report?.sources).toEqual(expected);
    for (const format of ["text", "markdown", "html"]) {
      const { stdout } = await runCli(["check", dir, "--format", format, "--exit-zero"]);
      const head = stdout.slice(0, stdout.search(/\n\n[^-\s]|\n## |<\/header>/));
      let at = 0;
      for (const { file, title } of expected) {
        const next = head.indexOf(title, at);
        expect(next, `${format}: ${title}`).toBeGreaterThanOrEqual(at);
        expect(head.indexOf(file, next), `${format}: ${file}`).toBeGreaterThan(next);
        at = next + 1;
      }
    }
  });

  it("1: finds the path into the My Number zone whose hops are in two files, at the hop the user wrote", async () => {
    const { report } = await check(folder("01-split-path"));
    const [path] = problems(report, "mynumber-path-from-internet");
    expect(path).toMatchObject({ outcome: "fail", severity: "critical" });
    // mail-in is the first connection of 20-inet.yaml; gw-juki, in 00-city.yaml, is the last hop.
    expect(path?.path).toBe("/connections/0");
    expect(path?.location?.file).toBe(`${folder("01-split-path")}/20-inet.yaml`);
    expect(path?.trace?.map((hop) => hop.connection).filter(Boolean)).toEqual(["mail-in", "gw-juki"]);
  });

  it("1: finds the vendor network that two files connect to, bridging the internet zone and LGWAN", async () => {
    const { report } = await check(folder("06-vendor-bridge"));
    // A question of the vendor's separation, at high (fifty-fourth review: critical, worded as a missing sanitisation).
    expect(problems(report, "lgwan-internet-path-sanitised")).toMatchObject([
      { outcome: "needs-evidence", severity: "high", messageId: "vendorBridgeUnknown" },
    ]);
    // The LGWAN link's approval by the CISO of 00-city.yaml stands.
    expect(report?.results.filter((f) => f.messageId === "approverUnverified")).toEqual([]);
  });

  it("2: fails the ICT-BCP of one file that leaves out an A2 system of another", async () => {
    const { report } = await check(folder("02-split-bcp"));
    const [bcp] = problems(report, "ict-bcp-covers-critical-systems");
    expect(bcp).toMatchObject({ outcome: "fail", severity: "high" });
    expect(bcp?.message.ja).toContain("zaimu");
    expect(bcp?.location?.file).toBe(`${folder("02-split-bcp")}/00-city.yaml`);
  });

  it("3: waives with the approver roles of another file, and needs no evidence of them", async () => {
    const { report } = await check(folder("03-split-waiver-roles"));
    const [waived] = problems(report, "software-supported");
    expect(waived).toMatchObject({ outcome: "waived", path: "/systems/1/servers/1/software/0/endOfSupport" });
    expect(waived?.location?.file).toBe(`${folder("03-split-waiver-roles")}/10-lgwan.yaml`);
    expect(problems(report, "exceptions-valid")).toEqual([]);
  });

  it("4: reports a vendor listed alike in two files once", async () => {
    const { report } = await check(folder("03-split-waiver-roles"));
    expect(problems(report, "vendor-contract-security-clauses")).toHaveLength(1);
  });

  it("5: leaves out of the heading the stubs another file of the run describes, and keeps those none does", async () => {
    const text = await runCli(["check", folder("03-split-waiver-roles"), "--exit-zero"]);
    expect(text.stdout).not.toContain("判定しなかったもの");
    const dir = folder("03-split-waiver-roles");
    const partial = await check(`${dir}/00-city.yaml`, `${dir}/20-inet.yaml`, "--exit-zero");
    expect(partial.report?.systemsDescribedElsewhere).toEqual(["gw", "zaimu"]);
  });

  it("6: applies --waivers to the joined description, as to one file", async () => {
    const one = await check(SINGLE_03);
    const all = await check(folder("05-waivers-file"), "--waivers", `${FIXTURES}/05-waivers-file/waivers.yaml`);
    expect(all.stderr).toBe("");
    expect(all.code).toBe(one.code);
    expect(verdicts(all.report)).toEqual(verdicts(one.report));
  });

  it("6: still refuses a waiver whose target is in no file of the run, located in the waivers file", async () => {
    const waivers = join(temp, "waivers-nowhere.yaml");
    writeFileSync(waivers, read(`${FIXTURES}/05-waivers-file/waivers.yaml`).replace("system: zaimu", "system: zaimu-old"));
    const result = await runCli(["check", folder("05-waivers-file"), "--waivers", waivers]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/waivers-nowhere\.yaml:\d+:\d+: error\[dangling-reference\]/);
  });

  it("runs from the built bundle too", () => {
    const result = runBuiltCli(["check", folder("01-split-path"), "--format", "json"]);
    expect(result.stderr).toBe("");
    expect(problems(json(result.stdout), "mynumber-path-from-internet")).toHaveLength(1);
  });
});

describe("where the findings of a joined run point", { timeout: 120_000 }, () => {
  it("into the file and pointer the user wrote, fingerprinted as in a run on that file alone", async () => {
    const dir = folder("01-split-path");
    const { report } = await check(dir, "--exit-zero");
    const alone = (await check(`${dir}/20-inet.yaml`, "--exit-zero")).report;
    const key = (f: Report["results"][number]) => JSON.stringify([f.checkId, f.path, f.location, f.fingerprint, f.target.path]);
    const inInet = (report?.results ?? []).filter(
      (f) => f.location?.file === `${dir}/20-inet.yaml` && f.checkId !== "mynumber-path-from-internet",
    );
    expect(inInet.length).toBeGreaterThan(0);
    const own = new Set((alone?.results ?? []).map(key));
    for (const finding of inInet) expect(own, key(finding)).toContain(key(finding));
  });

  it("keeping targets of different files apart where they sit at the same pointer of their files", async () => {
    // gw and inet are both /systems/0 of their files: one JUnit test case each, as in the single file.
    const cases = async (input: string) =>
      ((await runCli(["check", input, "--format", "junit", "--exit-zero"])).stdout.match(/<testcase /g) ?? []).length;
    expect(await cases(folder("01-split-path"))).toBe(await cases(`${FIXTURES}/01-split-path/single.yaml`));
  });

  it("named by the ids of the file it points into in the HTML report", async () => {
    // mail-in is /connections/0 of 20-inet.yaml; /connections/0 of 00-city.yaml is jukinet.
    const html = (await runCli(["check", folder("03-split-waiver-roles"), "--format", "html", "--exit-zero"])).stdout;
    expect(html).toContain("<code>connections[mail-in].sanitisation</code>");
    expect(html).toContain("<code>systems[zaimu].servers[kyuyo-renkei].software[0].endOfSupport</code>");
    expect(html).not.toContain("connections[jukinet].sanitisation");
  });

  it("into a register workbook of the run, by cell", async () => {
    const dir = copyOf("03-split-waiver-roles");
    writeFileSync(join(dir, "10-lgwan.xlsx"), await templateWorkbook(parse(readFileSync(join(dir, "10-lgwan.yaml"), "utf8"))));
    rmSync(join(dir, "10-lgwan.yaml"));
    const one = await check(SINGLE_03);
    const all = await check(dir);
    expect(all.stderr).toBe("");
    expect(verdicts(all.report)).toEqual(verdicts(one.report));
    const [waived] = problems(all.report, "software-supported");
    expect(waived?.location).toMatchObject({ file: join(dir, "10-lgwan.xlsx"), sheet: expect.any(String), cell: expect.any(String) });
  });
});

describe("facts two files of a run disagree on", { timeout: 120_000 }, () => {
  it("refuses a vendor described differently in two files, at the later file, in Japanese and English", async () => {
    const dir = copyOf("03-split-waiver-roles", (files) => {
      (listOf(files["20-inet.yaml"], "vendors")[0] as Item).lastVerified = "2025-12-20";
    });
    const result = await runCli(["check", dir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/20-inet\.yaml:\d+:\d+: error\[described-twice\]/);
    expect(result.stderr).toContain(
      `事業者 "hitoyoshi-oa" は ${join(dir, "10-lgwan.yaml")} にも記載されていて、内容が異なる（最初の違い：lastVerified）`,
    );
    expect(result.stderr).toContain(`The vendor "hitoyoshi-oa" is also described in ${join(dir, "10-lgwan.yaml")}, with different facts`);
    const en = await runCli(["check", dir, "--lang", "en", "--format", "json"]);
    expect(en.stderr).not.toMatch(/[ぁ-ん]/);
    expect(json(en.stdout).errors).toMatchObject([
      { file: join(dir, "20-inet.yaml"), code: "described-twice", pointer: "/vendors/0/lastVerified", line: expect.any(Number) },
    ]);
  });

  it("keeps a system described in full alike in two files once, and refuses two versions of it", async () => {
    const full = (recovery: number) => (files: Record<string, Record<string, unknown>>) => {
      const gw = {
        ...(listOf(files["10-lgwan.yaml"], "systems")[0] as Item),
        recoveryTimeHours: recovery,
      };
      const systems = listOf(files["20-inet.yaml"], "systems");
      systems[systems.findIndex((s) => s.id === "gw")] = gw;
    };
    const same = await check(copyOf("03-split-waiver-roles", full(48)));
    expect(same.stderr).toBe("");
    expect(verdicts(same.report)).toEqual(verdicts((await check(SINGLE_03)).report));
    const dir = copyOf("03-split-waiver-roles", full(24));
    const differ = await runCli(["check", dir]);
    expect(differ.code).toBe(2);
    expect(differ.stderr).toMatch(
      /20-inet\.yaml:\d+:\d+: error\[described-twice\]: システム "gw" は .*10-lgwan\.yaml にも記載されていて、内容が異なる（最初の違い：recoveryTimeHours）/,
    );
    expect(differ.stderr).toContain("describedElsewhere: true");
    expect(differ.stderr).toContain("--each-file");
  });

  it("refuses two versions of the municipality", async () => {
    const dir = copyOf("03-split-waiver-roles", (files) => {
      const city = structuredClone(files["00-city.yaml"]?.municipality) as Record<string, unknown>;
      city.csirt = { established: false };
      (files["20-inet.yaml"] as Record<string, unknown>).municipality = city;
    });
    const result = await runCli(["check", dir, "--lang", "en"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /20-inet\.yaml:\d+:\d+: error\[described-twice\]: The municipality's facts \(municipality\) differ from those in .*00-city\.yaml \(first difference: csirt\//,
    );
  });

  it("answers a reference from another file of the run, and refuses one that no file answers, where it was written", async () => {
    const dir = copyOf("03-split-waiver-roles", (files) => {
      const inet = listOf(files["20-inet.yaml"], "systems")[0] as Item;
      inet.vendorIds = ["hitoyoshi-oa", "kyodo-dc", "nobody"];
    });
    const result = await runCli(["check", dir]);
    expect(result.code).toBe(2);
    // kyodo-dc is described in 00-city.yaml only: no error. nobody is in no file.
    expect(result.stderr).toMatch(/20-inet\.yaml:\d+:\d+: error\[dangling-reference\]: 事業者 "nobody" が vendors にない/);
    expect(result.stderr).not.toContain('kyodo-dc" が');
  });

  it("still refuses a stub whose zone differs from the full entry's", async () => {
    const dir = copyOf("03-split-waiver-roles", (files) => {
      const systems = listOf(files["20-inet.yaml"], "systems");
      (systems.find((s) => s.id === "gw") as Record<string, unknown>).zone = "internet";
    });
    const result = await runCli(["check", dir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/20-inet\.yaml:\d+:\d+: error\[zone-mismatch\]/);
  });
});

/**
 * Twenty-first review: ways a split could lose a fact or clean a report. An auditor expects the
 * single file's verdicts whatever the filing, and a refusal (located, saying what to do) where two
 * files say different things of one fact.
 */
describe("a joined run loses no fact and cannot be cleaned by splitting", { timeout: 120_000 }, () => {
  it("takes a date written in one file only as the run's, and names each file's date when two differ", async () => {
    const once = copyOf("01-split-path", (files) => {
      for (const file of ["10-lgwan.yaml", "20-inet.yaml"]) delete (files[file] as Record<string, unknown>).evaluationDate;
    });
    const one = await check(`${FIXTURES}/01-split-path/single.yaml`);
    const all = await check(once);
    expect(all.code).toBe(one.code);
    expect(verdicts(all.report)).toEqual(verdicts(one.report));
    const two = copyOf("01-split-path", (files) => {
      (files["20-inet.yaml"] as Record<string, unknown>).evaluationDate = "2026-05-01";
    });
    const refused = await runCli(["check", two]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/evaluation-date-mismatch/);
    expect(refused.stderr).toMatch(/20-inet\.yaml: 2026-05-01/);
  });

  it("accepts a file without systems (the municipality's facts alone)", async () => {
    const dir = copyOf("02-split-bcp");
    const city = parse(readFileSync(join(dir, "00-city.yaml"), "utf8")) as Record<string, unknown>;
    const { municipality, ...rest } = city;
    writeFileSync(join(dir, "00-city.yaml"), stringify(rest));
    writeFileSync(join(dir, "01-municipality.yaml"), stringify({ evaluationDate: city.evaluationDate, municipality }));
    const result = await check(dir);
    expect(result.stderr).not.toMatch(/missing-field/);
    expect(problems(result.report, "ict-bcp-covers-critical-systems")).toHaveLength(1);
  });

  it("refuses two stubs of one system that say different things of it, at the later file", async () => {
    const dir = join(temp, `stubs-${Math.random().toString(36).slice(2)}`);
    mkdirSync(dir);
    const stub = { id: "groupware", name: "グループウェア", zone: "lgwan", describedElsewhere: true };
    const own = (id: string) => ({
      id,
      name: id,
      ownerBody: "市長部局",
      department: "情報政策課",
      zone: "internet",
      businessFunctions: ["other"],
    });
    writeFileSync(join(dir, "a.yaml"), stringify({ evaluationDate: "2026-04-01", systems: [own("web-a"), stub] }));
    writeFileSync(
      join(dir, "b.yaml"),
      stringify({ evaluationDate: "2026-04-01", systems: [own("web-b"), { ...stub, ownerBody: "人吉市立病院" }] }),
    );
    const result = await runCli(["check", dir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/b\.yaml:\d+:\d+: error\[described-twice\]/);
  });

  it("refuses one exception written with another expiry in another file", async () => {
    const dir = copyOf("03-split-waiver-roles", (files) => {
      const [waiver] = ["00-city.yaml", "10-lgwan.yaml", "20-inet.yaml"].flatMap((file) => listOf(files[file], "waivers"));
      if (waiver === undefined) throw new Error("fixture changed: an exception expected");
      const later = { ...waiver, expiresOn: "2027-03-31" };
      (files["20-inet.yaml"] as Record<string, unknown>).waivers = [...listOf(files["20-inet.yaml"], "waivers"), later];
    });
    const result = await runCli(["check", dir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/20-inet\.yaml:\d+:\d+: error\[described-twice\]/);
  });

  it("reads a CSV register in a folder beside the YAML files, and leaves an earlier report out with a note", async () => {
    const dir = copyOf("02-split-bcp");
    const city = parse(readFileSync(join(dir, "00-city.yaml"), "utf8")) as Record<string, unknown>;
    rmSync(join(dir, "00-city.yaml"));
    // The city's file as a workbook in a subfolder (a register there used to be skipped), and an earlier report.
    mkdirSync(join(dir, "register"));
    writeFileSync(join(dir, "register", "city.xlsx"), Buffer.from(await templateWorkbook(city)));
    const earlier = await check(`${FIXTURES}/02-split-bcp/single.json`);
    writeFileSync(join(dir, "report.json"), JSON.stringify(earlier.report));
    const result = await check(dir);
    expect(result.stderr).toMatch(/report\.json/);
    expect(result.stderr).not.toMatch(/unknown-key/);
    expect(problems(result.report, "ict-bcp-covers-critical-systems")).toHaveLength(1);
  });

  it("reads a file whose extension is in capitals, and leaves out the worklists an earlier run wrote there", async () => {
    // Twenty-eighth review: 「VENDOR-SPEC.YAML」 was skipped unsaid, and the run's own worklist stopped the next run.
    const dir = copyOf("01-split-path");
    const before = await check(dir);
    const wanted = verdicts(before.report);
    writeFileSync(join(dir, "20-INET.YAML"), readFileSync(join(dir, "20-inet.yaml")));
    rmSync(join(dir, "20-inet.yaml"));
    const upper = await check(dir);
    expect(verdicts(upper.report)).toEqual(wanted);
    for (const format of ["csv", "xlsx"]) {
      const written = await runCli(["check", dir, "--format", format, "--out", join(dir, `指摘一覧.${format}`), "--exit-zero"]);
      expect(written.code, written.stderr).toBe(0);
    }
    const again = await check(dir);
    expect(again.code, again.stderr).toBe(before.code);
    expect(verdicts(again.report)).toEqual(wanted);
    expect(again.stderr).toContain("指摘一覧.csv");
  });
});

describe("--each-file", { timeout: 120_000 }, () => {
  it("judges two organisations with one system id in different zones without a zone clash", async () => {
    const dir = join(temp, `two-towns-${Math.random().toString(36).slice(2)}`);
    mkdirSync(dir);
    cpSync(join(ROOT, `${FIXTURES}/03-split-waiver-roles/single.yaml`), join(dir, "a.yaml"));
    const other = parse(read(`${FIXTURES}/03-split-waiver-roles/single.yaml`)) as Record<string, unknown>;
    const gw = listOf(other, "systems").find((s) => s.id === "gw") as Record<string, unknown>;
    gw.zone = "internet";
    writeFileSync(join(dir, "b.yaml"), stringify(other));
    const result = await runCli(["check", dir, "--each-file", "--format", "json"]);
    expect(result.stderr).not.toMatch(/zone-mismatch/);
    expect([0, 1]).toContain(result.code);
  });

  it("says once that files of one description are judged together without it (fifty-fourth review)", async () => {
    const dir = join(temp, `split-${Math.random().toString(36).slice(2)}`);
    mkdirSync(dir);
    writeFileSync(
      join(dir, "a-systems.yaml"),
      'evaluationDate: "2026-04-01"\nsystems:\n  - { id: gw, name: グループウェア, zone: lgwan, vendorIds: [kns] }\n',
    );
    writeFileSync(join(dir, "b-vendors.yaml"), "systems: []\nvendors:\n  - { id: kns, name: 九州ネット株式会社 }\n");
    const result = await runCli(["check", dir, "--each-file", "--lang", "en"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("error[dangling-reference]");
    expect(result.stderr).toContain("leave --each-file out and judge them together");
  });

  it("judges each file alone, for a folder of different organisations' descriptions", async () => {
    const { report } = await check(folder("03-split-waiver-roles"), "--each-file");
    expect(report?.systemsDescribedElsewhere).toEqual(["gw", "zaimu"]);
    expect(problems(report, "vendor-contract-security-clauses")).toHaveLength(2);
    expect(problems(report, "software-supported")).toMatchObject([{ outcome: "fail" }]);
  });

  it("is eachFile in the configuration file, and --no-each-file turns it off", async () => {
    const dir = join(temp, "configured");
    cpSync(join(ROOT, folder("03-split-waiver-roles")), join(dir, "descriptions"), { recursive: true });
    writeFileSync(join(dir, "secpolicy.config.yaml"), "inputs: [descriptions/]\neachFile: true\noutputs: [{ format: json }]\n");
    const configured = json((await runCli(["check", "--exit-zero"], { cwd: dir })).stdout);
    expect(problems(configured, "vendor-contract-security-clauses")).toHaveLength(2);
    const joined = json((await runCli(["check", "--exit-zero", "--no-each-file"], { cwd: dir })).stdout);
    expect(problems(joined, "vendor-contract-security-clauses")).toHaveLength(1);
  });

  it("leaves one file's report as it was", async () => {
    const plain = await runCli(["check", SINGLE_03, "--format", "json"]);
    expect((await runCli(["check", SINGLE_03, "--format", "json", "--each-file"])).stdout).toBe(plain.stdout);
  });
});

/**
 * A system of a body clause 4(1) does not list (the city hospital, 病院事業) is outside this
 * policy's scope: an auditor of this policy does not judge its logging, accounts or servers (its
 * own body's policy does), and a report that said "outside the scope" and then failed it on those
 * measures would contradict itself. Its links into the city's zones are the city's business and
 * are still judged.
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/builtin.js";
import { parseDescription } from "../../src/input/parse-description.js";
import { description, lgwanSystem, mynumberSystem } from "../support/fixtures.js";

const hospital = {
  id: "byoin",
  name: "病院情報システム（電子カルテ）",
  ownerBody: "病院事業",
  zone: "lgwan",
  hosting: { kind: "on-premises" },
  dataAssets: [{ id: "karte", name: "診療記録", confidentiality: "C3", integrity: "I2", availability: "A2", personalInformation: true }],
  servers: [{ id: "s", name: "サーバ" }],
  terminalGroups: [{ id: "t", name: "医療端末", count: 40 }],
  // Nothing about logging, accounts, its server room or backups: its own body's policy answers those.
};

function report() {
  const parsed = parseDescription(
    description([{ ...lgwanSystem(), ownerBody: "市長部局" }, mynumberSystem({ ownerBody: "市長部局" }), hospital], {
      connections: [{ id: "x", from: { system: "byoin" }, to: { system: "juki" }, direction: "one-way", transport: "lan" }],
    }),
  );
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 2)));
  return evaluate(parsed.value, { results: "all" });
}

describe("a system of a body outside clause 4(1)", () => {
  const results = report().results;
  const ofHospital = results.filter((r) => r.target.kind === "system" && r.path.startsWith("/systems/2"));

  it("is judged by no system check but the one that tells of the scope", () => {
    const judged = ofHospital.filter((r) => r.outcome !== "not-applicable");
    expect(judged).toEqual([]);
    const others = ofHospital.filter((r) => r.checkId !== "system-owner-body-covered");
    expect(others.length).toBeGreaterThan(40);
    for (const r of others) expect(r.message.ja).toContain("病院事業");
    const notice = ofHospital.find((r) => r.checkId === "system-owner-body-covered");
    expect(notice?.message.ja).toContain("対象外");
  });

  it("still has its link into the My Number zone judged", () => {
    const link = results.filter((r) => r.path.startsWith("/connections/0") && r.outcome === "fail");
    expect(link.map((r) => r.checkId)).toContain("mynumber-connections-restricted");
  });

  it("is named in the report and its heading (twelfth review: text and Markdown reports showed nothing)", async () => {
    const full = report();
    expect(full.systemsOutsideScope).toEqual([{ id: "byoin", ownerBody: "病院事業" }]);
    const { formatReport } = await import("../../src/report/index.js");
    expect(formatReport(full, "text", { locale: "ja" })).toContain("システムの対策を判定しなかったもの：byoin（病院事業）");
    expect(formatReport(full, "markdown", { locale: "en" })).toContain("outside clause 4(1): byoin (病院事業)");
  });

  it("leaves the city's own systems judged as before", () => {
    const city = results.filter((r) => r.path.startsWith("/systems/0") && r.checkId === "logging-enabled");
    expect(city.map((r) => r.outcome)).toEqual(["needs-evidence"]);
  });
});

/**
 * A vendor's delivery spec connects its new system to the city's existing groupware, which the
 * city's own inventory describes. An auditor of the delivery expects the link judged (the
 * groupware's zone decides it) and the groupware's own measures not asked for here; and a reader
 * must see which systems were left unjudged, so that marking one's own system cannot hide it.
 */
describe("a system described elsewhere", () => {
  const delivery = () => {
    const parsed = parseDescription(
      description(
        [
          { ...mynumberSystem({ ownerBody: "市長部局" }) },
          { id: "groupware", name: "グループウェア（市の既存システム）", zone: "lgwan", describedElsewhere: true },
        ],
        { connections: [{ id: "x", from: { system: "groupware" }, to: { system: "juki" }, direction: "one-way", transport: "lan" }] },
      ),
    );
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 2)));
    return evaluate(parsed.value, { results: "all" });
  };

  it("is judged by no system check, and its links are judged by its zone", () => {
    const report = delivery();
    const own = report.results.filter((r) => r.target.kind === "system" && r.path.startsWith("/systems/1"));
    expect(own.length).toBeGreaterThan(40);
    expect(own.filter((r) => r.outcome !== "not-applicable")).toEqual([]);
    expect(own.every((r) => r.message.ja.includes("別の記述に記載する既存のシステム"))).toBe(true);
    const link = report.results.filter((r) => r.path.startsWith("/connections/0") && r.outcome === "fail");
    expect(link.map((r) => r.checkId)).toContain("mynumber-connections-restricted");
  });

  it("is named in the report and its heading", async () => {
    const report = delivery();
    expect(report.systemsDescribedElsewhere).toEqual(["groupware"]);
    const { formatReport } = await import("../../src/report/index.js");
    expect(formatReport(report, "text", { locale: "ja" })).toContain("システムの対策を判定しなかったもの：groupware");
    expect(formatReport(report, "markdown", { locale: "en" })).toContain("described elsewhere: groupware");
  });
});

/**
 * Checks of the municipality that go over the systems (the ICT-BCP's coverage, β's log analysis)
 * leave out the systems the report says it does not judge (thirteenth review), and a system both
 * described elsewhere and of a body outside 4(1) is named in both heading lines.
 */
describe("systems the report does not judge, in the municipality's checks", () => {
  const town = (extra: Record<string, unknown>) => {
    const parsed = parseDescription(
      description(
        [
          { ...lgwanSystem(), ownerBody: "市長部局" },
          {
            id: "emr",
            name: "電子カルテ",
            ownerBody: "人吉市立病院",
            zone: "internet",
            // A system described elsewhere carries no facts of its own (they are an input error).
            ...(extra.describedElsewhere === true
              ? {}
              : {
                  dataAssets: [{ id: "k", name: "診療記録", confidentiality: "C3", integrity: "I2", availability: "A2", myNumber: false }],
                }),
            ...extra,
          },
        ],
        { municipality: { name: "人吉市", bcp: { coveredSystems: [] } } },
      ),
    );
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 2)));
    return parsed.value;
  };

  it("do not ask the ICT-BCP to cover a system outside 4(1)", () => {
    const results = evaluate(town({}), { results: "problems" }).results;
    expect(results.filter((r) => r.checkId === "ict-bcp-covers-critical-systems")).toEqual([]);
  });

  it("do not ask β for the log analysis of a system described elsewhere", async () => {
    const { hitoyoshiProfile } = await import("../../src/profiles/hitoyoshi.js");
    const results = evaluate(town({ describedElsewhere: true }), {
      results: "problems",
      profile: { ...hitoyoshiProfile, networkModel: "beta-prime" },
    }).results;
    const beta = results.filter((r) => r.checkId === "beta-preconditions" && r.messageId === "logAnalysisUnknown");
    expect(beta.map((r) => r.message.ja).join()).not.toContain("emr");
  });

  it("name a system both described elsewhere and outside 4(1) in both lines", () => {
    const report = evaluate(town({ describedElsewhere: true }));
    expect(report.systemsDescribedElsewhere).toEqual(["emr"]);
    expect(report.systemsOutsideScope).toEqual([{ id: "emr", ownerBody: "人吉市立病院" }]);
  });
});

describe("which owning bodies are another body's (fifteenth review)", () => {
  /** A My Number system with password-only terminals, owned by `ownerBody`: judged, it fails mynumber-terminal-mfa. */
  const judged = (ownerBody: string) => {
    const parsed = parseDescription(
      description([
        mynumberSystem({
          ownerBody,
          terminalGroups: [{ id: "pc", name: "端末", count: 3, authenticationFactors: ["password"] }],
        }),
      ]),
    );
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 2)));
    return evaluate(parsed.value).results.some((r) => r.checkId === "mynumber-terminal-mfa" && r.outcome === "fail");
  };

  it.each(["市長部局（消防防災担当）", "消防防災課", "福祉課（社会福祉協議会連携係）", "市長部局 病院事業推進室", "人吉市役所", "福祉課"])(
    "judges a system of %s: a division, or a note in brackets, is no other body",
    (ownerBody) => expect(judged(ownerBody)).toBe(true),
  );

  it.each(["人吉市立病院", "人吉下球磨消防組合", "人吉市社会福祉協議会", "人吉医療センター", "熊本県"])(
    "leaves a system of %s to that body's policy",
    (ownerBody) => expect(judged(ownerBody)).toBe(false),
  );
});

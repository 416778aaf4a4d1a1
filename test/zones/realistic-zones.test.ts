/**
 * Realistic descriptions written from the policy and the guideline as municipalities and vendors
 * build them (test/fixtures/realistic/zones-*.yaml; each file opens with what an auditor expects
 * and why). Compliant set-ups get no zone `fail`; each obvious violation gets its specific `fail`.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/builtin.js";
import { parseDescription } from "../../src/input/parse-description.js";
import type { NetworkModel } from "../../src/model/network-model.js";
import { hitoyoshiProfile } from "../../src/profiles/hitoyoshi.js";

const DIR = join(import.meta.dirname, "..", "fixtures", "realistic");

/** The network model each fixture is written for (α unless named). */
function modelOf(file: string): NetworkModel {
  if (file.includes("alpha-prime")) return "alpha-prime";
  if (file.includes("beta-prime")) return "beta-prime";
  if (file.includes("beta")) return "beta";
  return "alpha";
}

function run(file: string) {
  const parsed = parseDescription(parse(readFileSync(join(DIR, file), "utf8")));
  if (!parsed.ok) throw new Error(`${file}: ${JSON.stringify(parsed.issues.slice(0, 3))}`);
  return evaluate(parsed.value, { profile: { ...hitoyoshiProfile, networkModel: modelOf(file) } });
}

const zoneFails = (file: string) =>
  run(file)
    .results.filter((r) => r.area === "zones" && r.outcome === "fail")
    .map((r) => `${r.checkId} ${r.messageId} ${r.path}`);

const compliant = readdirSync(DIR).filter((f) => f.startsWith("zones-ok-"));
/** Each violation and the fail an auditor expects of it. */
const VIOLATIONS: Readonly<Record<string, string>> = {
  "zones-ng-mynumber-terminal-direct.yaml": "terminal-internet-access accessNotPermitted",
  "zones-ng-internet-server-to-mynumber.yaml": "mynumber-connections-restricted denied",
  "zones-ng-vendor-vpn-mynumber.yaml": "mynumber-connections-restricted overInternet",
  "zones-ng-lgwan-to-security-cloud.yaml": "lgwan-no-direct-internet denied",
  "zones-ng-lgwan-saas.yaml": "zone-hosting-consistent cloudServiceInZone",
  "zones-ng-lgwan-vendor-internet.yaml": "lgwan-no-direct-internet overInternet",
  "zones-ng-lgwan-group-on-mynumber.yaml": "cross-zone-parts partLinkNotPermitted",
  "zones-ng-alpha-prime-wildcard.yaml": "lgwan-no-direct-internet breakoutWildcard",
  "zones-ng-beta-terminal-direct.yaml": "terminal-internet-access bypassesSecurityCloud",
  "zones-ng-attachment-removal-only.yaml": "lgwan-internet-sanitised attachmentOnly",
  "zones-ng-screen-transfer-smb.yaml": "lgwan-internet-sanitised methodUnfit",
  "zones-ng-undeclared-dual-homed.yaml": "no-bridging-hosts bridgingHost",
  // Sixth review: the vendor's internet VPN to Government Cloud fails as a line; the internet and the CMS, whose
  // segment decides, are asked for the segment (checked below).
  "zones-ng-gc-unsegmented-internet.yaml": "government-cloud-closed-line overInternet",
};

describe("realistic compliant set-ups get no zone fail", () => {
  it("has at least twelve of them", () => expect(compliant.length).toBeGreaterThanOrEqual(12));
  for (const file of compliant) it(file, () => expect(zoneFails(file)).toEqual([]));
});

describe("obvious violations get their specific fail", () => {
  it("has at least twelve of them, each listed here", () => {
    const files = readdirSync(DIR).filter((f) => f.startsWith("zones-ng-"));
    expect(files.sort()).toEqual(Object.keys(VIOLATIONS).sort());
    expect(files.length).toBeGreaterThanOrEqual(12);
  });
  for (const [file, expected] of Object.entries(VIOLATIONS)) {
    it(file, () => expect(zoneFails(file).map((f) => f.split(" ").slice(0, 2).join(" "))).toContain(expected));
  }
});

it("asks for the Government Cloud segment where it decides the verdict (sixth review)", () => {
  const asked = run("zones-ng-gc-unsegmented-internet.yaml")
    .results.filter((r) => r.messageId === "segmentUnknown")
    .map((r) => `${r.checkId} ${r.severity} ${r.path}`);
  expect(asked).toContain("zone-links-permitted critical /connections/0");
});

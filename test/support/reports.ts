/**
 * Reports for the formatter tests: one produced by `evaluate` over small descriptions, and one
 * built by hand with what the engine alone does not produce (a source location, a waiver, a
 * custom check, hostile characters in names).
 */
import internetViaSecurityCloud from "../../src/checks/zones/internet-via-security-cloud.js";
import lgwanInternetSanitised from "../../src/checks/zones/lgwan-internet-sanitised.js";
import mynumberConnectionsRestricted from "../../src/checks/zones/mynumber-connections-restricted.js";
import mynumberTerminalMfa from "../../src/checks/zones/mynumber-terminal-mfa.js";
import zoneDeclared from "../../src/checks/zones/zone-declared.js";
import { evaluate } from "../../src/builtin.js";
import { defineCheck } from "../../src/checks/define-check.js";
import { parseDescription } from "../../src/input/parse-description.js";
import type { Finding } from "../../src/model/finding.js";
import { OUTCOMES, SEVERITIES } from "../../src/model/finding.js";
import { MEASURE_AREA_IDS } from "../../src/model/measure-area.js";
import { failedReport } from "../../src/cli/commands/check.js";
import { Report } from "../../src/model/report.js";
import { THREAT_IDS } from "../../src/model/threat.js";
import { description, internetSystem, lgwanSystem, mynumberSystem } from "./fixtures.js";

/**
 * A fixed list of checks, so the expected output does not move when checks are added to the
 * library.
 */
const CHECKS = [internetViaSecurityCloud, lgwanInternetSanitised, mynumberConnectionsRestricted, mynumberTerminalMfa, zoneDeclared];

/** A small municipality with a few problems: weak terminal auth (waived), an unsanitised link, a system without a zone. */
export function evaluatedReport(): Report {
  const input = description(
    [
      mynumberSystem({
        terminalGroups: [{ id: "mn-pc", name: "マイナンバー系端末", externalMedia: "blocked", authenticationFactors: ["password"] }],
      }),
      lgwanSystem(),
      internetSystem(),
      lgwanSystem({ id: "finance", name: "財務会計", zone: undefined }),
    ],
    {
      connections: [
        { id: "mail-in", from: { system: "web-mail" }, to: { system: "groupware" }, direction: "one-way", sanitisation: [] },
        { id: "juki-link", from: { system: "juki" }, to: { system: "groupware" }, direction: "one-way", transport: "lan" },
      ],
      // The approver is listed as the CISO: an exception applies only when its approver can be verified.
      municipality: { name: "人吉市", roles: [{ role: "ciso", person: "CISO" }] },
      waivers: [
        {
          checkId: "mynumber-terminal-mfa",
          target: { system: "juki" },
          reason: "生体認証装置の納品待ち",
          compensatingControl: "端末の利用者を限定し、操作ログを毎日確認する",
          requestedBy: "市民課",
          approvedBy: "CISO",
          approvedOn: "2026-04-01",
          expiresOn: "2026-09-30",
          reference: "決裁-2026-014",
        },
      ],
    },
  );
  const parsed = parseDescription(input);
  if (!parsed.ok) throw new Error(`fixture description is invalid: ${JSON.stringify(parsed.issues, null, 2)}`);
  return evaluate(parsed.value, { checks: CHECKS });
}

function summarise(results: readonly Finding[]): Report["summary"] {
  const empty = () => Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<(typeof OUTCOMES)[number], number>;
  const summary = {
    total: results.length,
    byOutcome: empty(),
    bySeverity: Object.fromEntries(SEVERITIES.map((s) => [s, empty()])),
    byArea: Object.fromEntries(MEASURE_AREA_IDS.map((a) => [a, empty()])),
    byThreat: Object.fromEntries(THREAT_IDS.map((t) => [t, empty()])),
  } as Report["summary"];
  for (const r of results) {
    summary.byOutcome[r.outcome]++;
    summary.bySeverity[r.severity][r.outcome]++;
    summary.byArea[r.area][r.outcome]++;
    for (const t of r.threats) summary.byThreat[t][r.outcome]++;
  }
  return summary;
}

/**
 * The custom checks behind the hand-built report's `acme/` results, as a user would define them
 * (they never run here: the report's `checks` is all the formatters read of them).
 */
export const acmeBackupEncrypted = defineCheck({
  meta: {
    id: "acme/backup-encrypted",
    area: "technical",
    title: { ja: "バックアップを暗号化すること", en: "Backups must be encrypted" },
    description: {
      ja: "持ち出されたバックアップ媒体から情報が漏れないよう、暗号化して保管する",
      en: "Backups are stored encrypted so that a lost backup medium leaks nothing",
    },
    clauses: ["6(6)"],
    threats: ["T1", "T2"],
    basis: "practice",
    severity: "medium",
    target: "system",
    messages: {
      unencrypted: {
        ja: "推奨される運用：バックアップ {{backup}} が暗号化されていない",
        en: "Recommended practice: backup {{backup}} is not encrypted",
      },
    },
    remediation: { ja: "バックアップを暗号化すること", en: "Encrypt the backup" },
    docsUrl: "https://acme.example/secpolicy/backup-encrypted",
    version: "2.0.1",
  },
  *evaluate() {},
});

export const acmeInventoryComplete = defineCheck({
  meta: {
    id: "acme/inventory-complete",
    area: "classification",
    title: { ja: "情報資産台帳の所在を記載すること", en: "The asset inventory must be referenced" },
    clauses: ["6(2)"],
    threats: ["T2"],
    basis: "guideline",
    guideline: "ガイドライン（令和7年3月版）「情報資産の分類」",
    severity: "low",
    target: "description",
    messages: { noInventory: { ja: "情報資産台帳の所在が書かれていない", en: "The asset inventory is not referenced" } },
    remediation: { ja: "台帳の所在を書くこと", en: "Reference the inventory" },
  },
  *evaluate() {},
});

/** The `checks` of the hand-built report: the metadata the engine states for the checks its results name. */
function handBuiltChecks(): Report["checks"] {
  const parsed = parseDescription(description([mynumberSystem()]));
  if (!parsed.ok) throw new Error("fixture description is invalid");
  const checks = [acmeBackupEncrypted, acmeInventoryComplete, lgwanInternetSanitised, mynumberTerminalMfa, zoneDeclared];
  return evaluate(parsed.value, { checks, evaluationDate: "2026-04-01" }).checks;
}

/** Characters a formatter must escape or neutralise. */
export const HOSTILE = 'a|b\nc <script>&"x"\u001b[31m\u0001`*_';

/**
 * A hand-built report of two files: a located fail with a network path, a waived fail, a needs-evidence whose
 * message carries hostile characters, a custom practice check with a pass and a fail, a
 * not-applicable, a whole-description finding and an unused waiver. Validated against the model.
 */
export function handBuiltReport(): Report {
  const results: Finding[] = [
    {
      checkId: "acme/backup-encrypted",
      outcome: "pass",
      severity: "medium",
      area: "technical",
      basis: "practice",
      messageId: "pass",
      message: { ja: "バックアップを暗号化すること", en: "Backups must be encrypted" },
      path: "/systems/0",
      target: { kind: "system", id: "juki", path: "/systems/0" },
      clauses: ["6(6)"],
      threats: ["T1", "T2"],
    },
    {
      checkId: "acme/backup-encrypted",
      outcome: "fail",
      severity: "medium",
      area: "technical",
      basis: "practice",
      messageId: "unencrypted",
      message: {
        ja: "推奨される運用：バックアップ backup-1 が暗号化されていない",
        en: "Recommended practice: backup backup-1 is not encrypted",
      },
      path: "/systems/1/backups/0",
      target: { kind: "system", id: "groupware", path: "/systems/1" },
      clauses: ["6(6)"],
      threats: ["T1", "T2"],
      remediation: { ja: "バックアップを暗号化すること", en: "Encrypt the backup" },
      data: { backup: "backup-1" },
      location: { file: "examples\\spec file.yaml", line: 40, column: 9 },
    },
    {
      checkId: "lgwan-internet-sanitised",
      outcome: "fail",
      severity: "critical",
      area: "zones",
      basis: "policy",
      messageId: "notSanitised",
      message: {
        ja: "接続 mail-in（web-mail → groupware）は無害化せずに LGWAN接続系とインターネット接続系をつないでいる",
        en: "Connection mail-in (web-mail → groupware) joins the LGWAN and internet zones without sanitisation",
      },
      path: "/connections/0/sanitisation",
      target: { kind: "connection", id: "mail-in", path: "/connections/0" },
      clauses: ["6(3)②", "2(12)", "2(13)"],
      threats: ["T1"],
      remediation: { ja: "無害化を経由させること", en: "Route the traffic through sanitisation" },
      data: { connection: "mail-in", from: "web-mail", to: "groupware" },
      trace: [
        { node: "web-mail", zone: "internet", connection: "mail-in", mustChange: true },
        { node: "groupware", zone: "lgwan" },
      ],
      location: { file: "examples/delivery-spec.yaml", line: 12, column: 5 },
    },
    {
      checkId: "mynumber-terminal-mfa",
      outcome: "waived",
      severity: "high",
      area: "zones",
      basis: "policy",
      messageId: "singleFactor",
      message: { ja: "端末 mn-pc は単一要素認証", en: "Terminal group mn-pc uses a single factor" },
      path: "/systems/0/terminalGroups/0/authenticationFactors",
      target: { kind: "system", id: "juki", path: "/systems/0" },
      clauses: ["6(3)①"],
      threats: ["T1"],
      data: { group: "mn-pc" },
      waiver: { reference: "決裁-2026-014", reason: "生体認証装置の納品待ち", approvedBy: "CISO", expiresOn: "2026-09-30" },
      location: { file: "examples/delivery-spec.yaml", line: 30, column: 11 },
    },
    {
      checkId: "mynumber-terminal-mfa",
      outcome: "not-applicable",
      severity: "high",
      area: "zones",
      basis: "policy",
      messageId: "not-applicable",
      message: { ja: "領域 lgwan には適用されない", en: "Does not apply to zone lgwan" },
      path: "/systems/1",
      target: { kind: "system", id: "groupware", path: "/systems/1" },
      clauses: ["6(3)①"],
      threats: ["T1"],
      data: { reason: "zone", value: "lgwan" },
    },
    {
      checkId: "zone-declared",
      outcome: "needs-evidence",
      severity: "high",
      area: "zones",
      basis: "policy",
      messageId: "missingZone",
      message: { ja: `システム ${HOSTILE} の領域（zone）が書かれていない`, en: `System ${HOSTILE} does not state its zone` },
      path: "/systems/2/zone",
      target: { kind: "system", id: HOSTILE, path: "/systems/2" },
      clauses: ["6(3)", "2(9)"],
      threats: ["T1", "T2"],
      remediation: { ja: "zone を書くこと", en: "Set zone" },
      data: { system: HOSTILE },
    },
    {
      checkId: "acme/inventory-complete",
      outcome: "needs-evidence",
      severity: "low",
      area: "classification",
      basis: "guideline",
      messageId: "noInventory",
      message: { ja: "情報資産台帳の所在が書かれていない", en: "The asset inventory is not referenced" },
      path: "",
      target: { kind: "description", path: "" },
      clauses: ["6(2)"],
      threats: ["T2"],
      remediation: { ja: "台帳の所在を書くこと", en: "Reference the inventory" },
    },
  ];
  results.sort((a, b) => (a.checkId < b.checkId ? -1 : a.checkId > b.checkId ? 1 : 0));
  return Report.parse({
    reportVersion: 2,
    tool: { name: "hitoyoshi-secpolicy", version: "0.1.0" },
    policy: { id: "hitoyoshi-basic-policy", edition: "2026-03" },
    profile: { id: "hitoyoshi-2026-03", networkModel: "alpha", classificationScheme: "legacy" },
    evaluationDate: "2026-04-01",
    // A city's inventory joined with a vendor's spec whose title carries characters a format must neutralise.
    sources: [
      { file: "examples/inventory.yaml", title: "人吉市 情報システム台帳" },
      { file: "examples\\spec file.yaml", title: `納品仕様書 ${HOSTILE}` },
    ],
    locale: "ja",
    summary: summarise(results),
    checks: handBuiltChecks(),
    results,
    unusedWaivers: [
      {
        checkId: "mynumber-connections-restricted",
        target: { system: "old-system" },
        reason: "移行期間中の暫定接続",
        requestedBy: "情報政策課",
        approvedBy: "CISO",
        approvedOn: "2026-01-10",
        expiresOn: "2026-06-30",
        reference: "決裁-2026-003",
      },
    ],
  });
}

/**
 * The report of a run stopped by input errors (as `secpolicy check` writes it for a machine
 * format): a located error with a pointer and hint, one from standard input, and one about the
 * command line, with hostile characters in a message.
 */
export function failedRunReport(): Report {
  return Report.parse(
    failedReport(
      [
        {
          file: "examples/spec file.yaml",
          line: 3,
          column: 5,
          code: "unknown-key",
          message: { ja: '不明な項目 "zonee"', en: 'Unknown field "zonee"' },
          hint: { ja: '"zone" の誤りではないか', en: 'Did you mean "zone"?' },
          pointer: "/systems/0/zonee",
        },
        { file: "<stdin>", code: "not-utf8", message: { ja: `UTF-8 ではない ${HOSTILE}`, en: `Not UTF-8 ${HOSTILE}` } },
        {
          file: "secpolicy check",
          code: "evaluation-date-mismatch",
          message: { ja: "ファイルごとに評価の基準日が異なる", en: "The files have different evaluation dates" },
        },
      ],
      { profile: undefined, evaluationDate: "2026-04-01", locale: "ja" },
    ),
  );
}

/**
 * hitoyoshi-secpolicy: 人吉市情報セキュリティポリシー（基本方針）をコードにしたライブラリ。
 * Typed models of the three-zone model, a pure evaluator and the policy's checks.
 *
 * This entry imports no Node.js built-in and bundles for a browser. Reading files (profile and
 * waivers files, descriptions with line numbers) is in `hitoyoshi-secpolicy/node`.
 *
 * @packageDocumentation
 */

export { VERSION } from "./version.js";

// The policy as data
export { CLAUSES, CLAUSE_IDS, POLICY, getClause, isClauseId } from "./policy/clauses.js";
export type { ClauseData, ClauseId } from "./policy/clauses.js";

// Models
export { schemaRegistry } from "./model/registry.js";
export type { SchemaMeta } from "./model/registry.js";
export type { Bilingual } from "./model/values/common.js";
export { Zone, ZONES, ZONE_IDS } from "./model/zone.js";
export type { ZoneInfo } from "./model/zone.js";
export { ExternalEndpoint, EXTERNAL_ENDPOINTS, EXTERNAL_ENDPOINT_IDS } from "./model/endpoint.js";
export { ThreatId, THREATS, THREAT_IDS } from "./model/threat.js";
export type { ThreatInfo } from "./model/threat.js";
export {
  AssetScope,
  AvailabilityClass,
  AVAILABILITY_RANK,
  ClassificationScheme,
  CONFIDENTIALITY_RANK,
  ConfidentialityClass,
  confidentialityAtLeast,
  IntegrityClass,
  INTEGRITY_RANK,
  schemeOf,
} from "./model/asset-class.js";
export { HITOYOSHI_COVERED_BODIES, SecurityRole, StaffCategory, STAFF_CATEGORIES } from "./model/organisation.js";
export { MeasureArea, MEASURE_AREAS, MEASURE_AREA_IDS } from "./model/measure-area.js";
export { GuidelineBaseline, NetworkModel } from "./model/network-model.js";
export { BusinessFunction, BUSINESS_FUNCTIONS } from "./model/business-function.js";
export { DataAsset } from "./model/data-asset.js";
export { AuthFactor, TerminalGroup, Wireless } from "./model/terminal-group.js";
export { Server } from "./model/server.js";
export { EndpointProtection, Patching, Software } from "./model/endpoint-protection.js";
export { System } from "./model/system.js";
export { Connection, NodeRef, SanitisationMethod } from "./model/connection.js";
export { ContractClause, Vendor } from "./model/vendor.js";
export { CloudService } from "./model/cloud-service.js";
export { SocialMediaAccount } from "./model/social-media-account.js";
export { Activity, Municipality } from "./model/municipality.js";
export { Waiver } from "./model/waiver.js";
export { Evidence } from "./model/evidence.js";
export { Description } from "./model/description.js";
export type { DescriptionInput } from "./model/description.js";
export {
  Basis,
  Finding,
  Hop,
  LocalizedText,
  MessageTemplate,
  Outcome,
  OUTCOMES,
  Severity,
  SEVERITIES,
  SourceLocation,
  Target,
  TargetKind,
} from "./model/finding.js";
export { OutcomeCounts, Report, REPORT_VERSION, ReportCheck, ReportCheckMessage, ReportSource, ReportSummary } from "./model/report.js";
export { CheckOverride, Intervals, Profile, ProfileDocument } from "./model/profile.js";
export type { ProfileParameter, ProfileSource } from "./model/profile.js";

// Checks
export { defineCheck } from "./checks/define-check.js";
export type {
  AnyCheck,
  Applicability,
  ApplicabilityCondition,
  AskedElsewhere,
  Check,
  CheckContext,
  CheckMeta,
  DeclaredApplicability,
  FindingDraft,
  JudgedElsewhere,
  MessageData,
  RelativePath,
  TargetSubjects,
} from "./engine/check-api.js";
export { builtinChecks } from "./checks/index.js";

// Profiles
export { hitoyoshiProfile, hitoyoshiProfileSources } from "./profiles/hitoyoshi.js";
export { builtinProfiles, isProfilePath, resolveProfile } from "./profiles/resolve.js";
export type { ResolveProfileOptions } from "./profiles/resolve.js";
export type { Diagnostic } from "./io/diagnostic.js";

// Engine
export { evaluate, checkCompliance, assertCompliant } from "./builtin.js";
export { compareFindings } from "./engine/evaluate.js";
export type { EvaluateOptions } from "./engine/evaluate.js";
export { mergeReports } from "./engine/merge.js";
export { parseDescription, parseWith } from "./input/parse-description.js";
export type { ParseResult } from "./input/parse-description.js";
export { SecpolicyError } from "./input/errors.js";
export { ComplianceError, formatFindings } from "./engine/assert.js";
export { failsRun } from "./engine/fails-run.js";
export type { FailThreshold } from "./engine/fails-run.js";
export type { ComplianceOptions, ComplianceResult } from "./engine/assert.js";
export type { InputIssue } from "./input/errors.js";
export type { DescriptionIndex, IndexedSystem } from "./engine/description-index.js";
export { toPointer, fromPointer } from "./engine/json-pointer.js";
export { isWaiverInForce } from "./engine/waivers.js";
export { parseWaivers } from "./input/parse-waivers.js";

// Report formats
export { formatReport, formatReportChunks, REPORT_FORMATS } from "./report/index.js";
export { formatHtml } from "./report/html.js";
export type { HtmlOptions } from "./report/html.js";
export type { DescriptionSource, FormatOptions, ReportFormat } from "./report/index.js";

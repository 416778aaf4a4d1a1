/**
 * The contract between the engine and the checks it runs: what a check is, what it reads and what
 * it returns. The engine owns these types so that it needs nothing from `src/checks`;
 * `defineCheck` (src/checks/define-check.ts) builds checks of this shape.
 */
import type { CloudService } from "../model/cloud-service.js";
import type { Connection } from "../model/connection.js";
import type { Description } from "../model/description.js";
import type { AvailabilityClass, IntegrityClass } from "../model/asset-class.js";
import type { HandlingThreshold } from "../model/check-meta.js";
import type { Basis, Hop, LocalizedText, MessageTemplate, Severity, Target, TargetKind } from "../model/finding.js";
import type { MeasureArea } from "../model/measure-area.js";
import type { Municipality } from "../model/municipality.js";
import type { NetworkModel } from "../model/network-model.js";
import type { Profile } from "../model/profile.js";
import type { SocialMediaAccount } from "../model/social-media-account.js";
import type { System } from "../model/system.js";
import type { ThreatId } from "../model/threat.js";
import type { Vendor } from "../model/vendor.js";
import type { Zone } from "../model/zone.js";
import type { ClauseId } from "../policy/clauses.js";
import type { DescriptionIndex } from "./description-index.js";

/** What a check of each target kind receives as its subject. */
export interface TargetSubjects {
  description: Description;
  municipality: Municipality;
  system: System;
  connection: Connection;
  vendor: Vendor;
  cloudService: CloudService;
  socialMediaAccount: SocialMediaAccount;
}

/** A path relative to the target, as property names and array indices: `["terminalGroups", 0, "externalMedia"]`. */
export type RelativePath = readonly (string | number)[];

/** Values filled into a message's `{{placeholders}}`. */
export type MessageData = Readonly<Record<string, string | number | boolean>>;

/** What a check returns for one problem; the engine turns it into a finding. */
export interface FindingDraft<M extends string = string> {
  readonly outcome: "fail" | "needs-evidence";
  readonly messageId: M;
  readonly path: RelativePath;
  readonly data: MessageData;
  readonly trace?: readonly Hop[];
  /**
   * The clauses this finding falls under, when it is some of the check's (a link check cites the
   * clause of the one zone boundary a link crosses): the report cites those of them the check
   * cites, and all the check's clauses when none is.
   */
  readonly clauses?: readonly ClauseId[];
}

/** Everything a check may read, and the two helpers that build its findings. */
export interface CheckContext<M extends string = string> {
  readonly description: Description;
  readonly profile: Profile;
  /** The evaluation date, `YYYY-MM-DD`. Checks never read the clock. */
  readonly evaluationDate: string;
  /**
   * Where the evaluation date came from: `caller` (options, the command's `--as-of`) or
   * `description` (the description's own `evaluationDate`). Optional for contexts built by hand.
   */
  readonly evaluationDateSource?: "caller" | "description";
  /** Lookups built once per evaluation. */
  readonly index: DescriptionIndex;
  /** The target being evaluated. */
  readonly target: Target;
  /** A requirement is not met. */
  fail(messageId: M, path?: RelativePath, data?: MessageData, trace?: readonly Hop[]): FindingDraft<M>;
  /** A fact the check needs is missing: the message says what to supply. Path checks pass the path in `trace`. */
  needsEvidence(messageId: M, path?: RelativePath, data?: MessageData, trace?: readonly Hop[]): FindingDraft<M>;
}

/**
 * When a check applies; the engine reports `not-applicable` for other targets, saying which
 * condition the target does not meet.
 */
export type Applicability<K extends TargetKind = TargetKind> = DeclaredApplicability & ApplicabilityCondition<K>;

/** The conditions a check declares as data: the engine knows how to judge and word them. */
export interface DeclaredApplicability {
  /** The target's zone (systems) must be one of these. */
  readonly zones?: readonly Zone[];
  /** The profile's network model must be one of these. */
  readonly networkModels?: readonly NetworkModel[];
  /** The system must hold data at or above this profile threshold of confidentiality. */
  readonly confidentialityFrom?: HandlingThreshold;
  /** The system must hold data of this integrity class or higher. */
  readonly integrity?: IntegrityClass;
  /** The system must hold data of this availability class or higher. */
  readonly availability?: AvailabilityClass;
  /**
   * A block of the target this check judges that another check (`by`, applying to at least the
   * same targets) asks for when it is not written: with none of `fields` written, the target is
   * not applicable here, so one missing block is one question, not one per check.
   */
  readonly askedElsewhere?: AskedElsewhere;
  /**
   * A block of the target that another check (`by`) judges when it says the measure is not taken
   * (`enabled: false`): then this check's questions about the measure's details (when it was last
   * tested, how long a restore took) have nothing to ask of, and the target is not applicable here.
   */
  readonly judgedElsewhere?: JudgedElsewhere;
  /**
   * Whether the check also judges systems of bodies outside the policy's scope (an `ownerBody`
   * clause 4(1) does not cover, by the profile's `coveredBodies`). Other system checks do not
   * apply to them: this policy does not judge them. Only the check that tells of the scope sets it.
   */
  readonly outsideScopeToo?: boolean;
}

/** A missing block another check asks for (see {@link DeclaredApplicability.askedElsewhere}). */
export interface AskedElsewhere {
  /** The target's fields; the rule holds when none of them is written. */
  readonly fields: readonly string[];
  /** The id of the check that asks for them. */
  readonly by: string;
  /** The block in words, with its field name (「ログの取得（logging）」). */
  readonly what: LocalizedText;
}

/** A block turned off that another check judges (see {@link DeclaredApplicability.judgedElsewhere}). */
export interface JudgedElsewhere {
  /** The target's field holding the block; the rule holds when the block says `enabled: false`. */
  readonly field: string;
  /** The id of the check that judges it. */
  readonly by: string;
  /** The block turned off, in words (「バックアップを取得しない（backup.enabled: false）」). */
  readonly what: LocalizedText;
  /** A field of the target that must be written too: without it, this check still asks for it. */
  readonly onlyWith?: string;
  /**
   * What the block must say for the other check to judge it: `disabled` (`enabled: false`, the default) or
   * `undated` (not written, or a list with no dated item: an activity never carried out or not recorded).
   */
  readonly state?: "disabled" | "undated";
  /** Only under these network models (under every model when absent). */
  readonly networkModels?: readonly NetworkModel[];
  /** The text of the not-applicable result, when the generic one (「…と記載されており…」) does not read well. */
  readonly notice?: LocalizedText;
}

/**
 * A further condition of the check's own: a pure predicate, never without its reason in words
 * (`condition`), which `not-applicable` results, `explain` and the check pages show.
 */
export type ApplicabilityCondition<K extends TargetKind = TargetKind> =
  | {
      /** Any further condition, as a pure predicate. */
      readonly when: (subject: TargetSubjects[K], context: Omit<CheckContext, "fail" | "needsEvidence">) => boolean;
      /**
       * The `when` predicate in words: the targets the check applies to, as a noun phrase (e.g.
       * 「特定個人情報を持つシステム」 / "systems holding My Number data"). Required with `when`.
       */
      readonly condition: LocalizedText;
      /** What the `not-applicable` result says instead when `when` excludes a target (e.g. "out of the policy's scope: confirm which policy applies"). */
      readonly notice?: LocalizedText;
    }
  | { readonly when?: undefined; readonly condition?: undefined; readonly notice?: undefined };

/** A check's metadata: everything about it except its logic. */
export interface CheckMeta<K extends TargetKind = TargetKind, M extends string = string> {
  /** Kebab-case id; custom checks use a namespace (`acme/my-check`). */
  readonly id: string;
  readonly area: MeasureArea;
  /** One voice: 「…すること」 / "… must …". */
  readonly title: LocalizedText;
  readonly description?: LocalizedText;
  readonly clauses: readonly ClauseId[];
  readonly threats: readonly ThreatId[];
  /**
   * The basis of the check's duty as a whole. A message whose requirement rests on something else
   * (e.g. the guideline's detail of a policy duty) says so with its own `basis` and `reference`.
   */
  readonly basis: Basis;
  /** The guideline revision and section (by title) relied on, where the check or one of its messages rests on the guideline. */
  readonly guideline?: string;
  readonly severity: Severity;
  readonly target: K;
  readonly applicability?: Applicability<K>;
  /**
   * Message templates keyed by message id; `{{name}}` is filled from the finding's data. A message
   * may carry its own `basis` (and `reference`) where it differs from the check's.
   */
  readonly messages: Readonly<Record<M, MessageTemplate>>;
  readonly remediation: LocalizedText;
  /** The check's documentation page (custom checks; the report links built-in checks to this version's docs/checks). */
  readonly docsUrl?: string;
  /** The check's version (custom checks; built-in checks have the library's). */
  readonly version?: string;
}

/** A check: metadata plus a pure evaluation of one target. */
export interface Check<K extends TargetKind = TargetKind, M extends string = string> {
  /** What the check is: id, clauses, severity, messages and the rest. */
  readonly meta: CheckMeta<K, M>;
  /** Evaluates one target; yields a draft per problem found and nothing when the target passes. */
  readonly evaluate: (subject: TargetSubjects[K], context: CheckContext<M>) => Iterable<FindingDraft<M>>;
}

/** Any check, whatever its target and messages. */
// biome-ignore lint/suspicious/noExplicitAny: a heterogeneous list of checks needs the widest parameter types
export type AnyCheck = Check<any, any>;

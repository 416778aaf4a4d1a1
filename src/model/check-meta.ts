import { z } from "zod";
import { AvailabilityClass, IntegrityClass } from "./asset-class.js";
import { Basis, ClauseIdSchema, LocalizedText, MessageTemplate, Severity, TargetKind } from "./finding.js";
import { MeasureArea } from "./measure-area.js";
import { NetworkModel } from "./network-model.js";
import { doc } from "./registry.js";
import { ThreatId } from "./threat.js";
import { Zone } from "./zone.js";

/** A handling threshold of the profile that applicability can refer to. */
export const HandlingThreshold = z.enum(["protectFrom", "municipalTerminalsFrom", "myNumberMinimum", "personalInformationMinimum"]);
export type HandlingThreshold = z.infer<typeof HandlingThreshold>;

/** A check id: built-in ids are kebab-case; custom checks add a namespace, as in `acme/backup-encrypted`. */
export const CheckId = z.string().regex(/^([a-z0-9][a-z0-9-]*\/)?[a-z0-9][a-z0-9-]*$/, {
  message: "check ids are kebab-case, optionally with a namespace: 'acme/my-check'",
});

/** The declared, data-only part of a check's metadata (validated for custom checks too). */
export const CheckMetaData = doc(
  z
    .strictObject({
      id: CheckId,
      area: MeasureArea,
      title: LocalizedText,
      description: LocalizedText.optional(),
      clauses: z.array(ClauseIdSchema).min(1),
      threats: z.array(ThreatId).min(1),
      basis: Basis,
      guideline: z.string().optional(),
      severity: Severity,
      target: TargetKind,
      applicability: z
        .strictObject({
          zones: z.array(Zone).optional(),
          networkModels: z.array(NetworkModel).optional(),
          confidentialityFrom: HandlingThreshold.optional(),
          integrity: IntegrityClass.optional(),
          availability: AvailabilityClass.optional(),
          askedElsewhere: z.strictObject({ fields: z.array(z.string().min(1)).min(1), by: CheckId, what: LocalizedText }).optional(),
          judgedElsewhere: z
            .strictObject({
              field: z.string().min(1),
              by: CheckId,
              what: LocalizedText,
              onlyWith: z.string().min(1).optional(),
              state: z.enum(["disabled", "undated"]).optional(),
              networkModels: z.array(NetworkModel).optional(),
              notice: LocalizedText.optional(),
            })
            .optional(),
          outsideScopeToo: z.boolean().optional(),
          condition: LocalizedText.optional(),
          notice: LocalizedText.optional(),
        })
        .optional(),
      messages: z.record(z.string(), MessageTemplate),
      remediation: LocalizedText,
      docsUrl: doc(
        z.url({ protocol: /^https?$/ }).optional(),
        "チェックの説明ページの URL（http または https。独自チェック）",
        "URL (http or https) of the check's documentation page (custom checks)",
      ),
      version: doc(z.string().min(1).optional(), "チェックの版（独自チェック）", "Version of the check (custom checks)"),
    })
    .superRefine((meta, ctx) => {
      // A message cites some of its check's clauses, never others.
      for (const [id, message] of Object.entries(meta.messages)) {
        for (const [i, clause] of (message.clauses ?? []).entries()) {
          if (!meta.clauses.includes(clause)) {
            ctx.addIssue({
              code: "custom",
              path: ["messages", id, "clauses", i],
              message: `clause ${clause} of message ${id} is not one of the check's clauses (${meta.clauses.join(", ")})`,
            });
          }
        }
      }
    }),
  "チェックのメタデータ",
  "Metadata of a check",
  "CheckMeta",
);

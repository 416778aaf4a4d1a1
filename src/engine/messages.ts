import type { Basis, LocalizedText, MessageTemplate } from "../model/finding.js";
import { guidelineInEnglish } from "../policy/guideline.js";
import type { MessageData } from "./check-api.js";

const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

/** A template split at its placeholders: text, then placeholder name and its whole `{{…}}`, and so on. */
type CompiledTemplate = readonly string[];

/**
 * Templates already split, so rendering a finding's message only joins strings (no regular
 * expression per finding). Templates are the checks' own texts, a few hundred; the cache stops
 * growing at a bound so that rendering arbitrary text cannot fill memory.
 */
const compiledTemplates = new Map<string, CompiledTemplate>();
const MAX_COMPILED = 5000;

function compileTemplate(template: string): CompiledTemplate {
  const parts: string[] = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    parts.push(template.slice(last, match.index), match[1] ?? "", match[0]);
    last = match.index + match[0].length;
  }
  parts.push(template.slice(last));
  return parts;
}

/** Fills `{{name}}` placeholders from data; an unknown placeholder stays visible rather than vanishing. */
export function renderTemplate(template: string, data: MessageData): string {
  let parts = compiledTemplates.get(template);
  if (parts === undefined) {
    parts = compileTemplate(template);
    if (compiledTemplates.size < MAX_COMPILED) compiledTemplates.set(template, parts);
  }
  let text = parts[0] as string;
  for (let i = 1; i < parts.length; i += 3) {
    const value = data[parts[i] as string];
    text += (value === undefined ? (parts[i + 1] as string) : String(value)) + (parts[i + 2] as string);
  }
  return text;
}

/** Renders both languages of a message. */
export function renderMessage(message: LocalizedText, data: MessageData): LocalizedText {
  return { ja: renderTemplate(message.ja, data), en: renderTemplate(message.en, data) };
}

/** The placeholder names a template uses. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((match) => match[1] ?? "");
}

/** The basis of one message and where it comes from. */
export interface MessageBasis {
  readonly basis: Basis;
  readonly reference?: LocalizedText;
}

/**
 * The basis of a message: its own, else the check's. Its reference: its own, else, for a
 * guideline basis, the check's guideline section.
 */
export function messageBasis(
  meta: { readonly basis: Basis; readonly guideline?: string },
  message: MessageTemplate | undefined,
): MessageBasis {
  const basis = message?.basis ?? meta.basis;
  const reference =
    message?.reference ??
    (basis === "guideline" && meta.guideline !== undefined ? { ja: meta.guideline, en: guidelineInEnglish(meta.guideline) } : undefined);
  return reference === undefined ? { basis } : { basis, reference };
}

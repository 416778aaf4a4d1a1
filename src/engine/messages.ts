import type { Basis, LocalizedText, MessageTemplate } from "../model/finding.js";
import type { MessageData } from "./check-api.js";

const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

/** Fills `{{name}}` placeholders from data; an unknown placeholder stays visible rather than vanishing. */
export function renderTemplate(template: string, data: MessageData): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = data[name];
    return value === undefined ? whole : String(value);
  });
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
    message?.reference ?? (basis === "guideline" && meta.guideline !== undefined ? { ja: meta.guideline, en: meta.guideline } : undefined);
  return reference === undefined ? { basis } : { basis, reference };
}

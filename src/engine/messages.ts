import type { LocalizedText } from "../model/finding.js";
import type { MessageData } from "../checks/define-check.js";

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

/**
 * The playground: evaluates a description pasted, dropped or opened in the page, with the
 * library's own browser-safe core. Nothing is sent anywhere; the page's Content-Security-Policy
 * forbids every request, and the report is shown in a sandboxed frame.
 */
import { evaluate, formatHtml, formatReport, type Profile, parseDescription, resolveProfile, SecpolicyError } from "../src/index.js";
import { type Diagnostic, InputError } from "../src/io/diagnostic.js";
import { issuesToDiagnostics, locateFindings } from "../src/io/issues.js";
import { type ParsedSource, parseSource } from "../src/io/parse.js";

type Locale = "ja" | "en";

const TEXT: Record<Locale, Record<string, string>> = {
  ja: {
    title: "情報セキュリティポリシー適合性チェック（お試し）",
    note: "記述はこのページの中だけで評価する。どこにも送信しない（外部への通信はすべて禁止している）。",
    lang: "表示言語",
    description: "システム記述（YAML / JSON）",
    open: "ファイルを開く",
    example: "例を読み込む",
    run: "評価する",
    paste: "ここに貼り付けるか、ファイルをドロップする",
    profile: "プロファイル（任意）",
    profileHint: "extends: hitoyoshi-2026-03 などのプロファイル（空なら人吉市の既定）",
    download: "レポートを保存：",
    empty: "記述を貼り付けるか、ファイルを開くこと",
    invalid: "記述に問題がある（{n} 件）。直してから評価すること",
    invalidProfile: "プロファイルに問題がある（{n} 件）",
    done: "評価した：結果 {total} 件（不適合 {fail}、証跡不足 {ne}、例外適用 {waived}）",
    hint: "対応",
  },
  en: {
    title: "Security policy compliance check (playground)",
    note: "Your description is evaluated inside this page and sent nowhere (the page forbids every request).",
    lang: "Language",
    description: "System description (YAML / JSON)",
    open: "Open a file",
    example: "Load the example",
    run: "Evaluate",
    paste: "Paste here or drop a file",
    profile: "Profile (optional)",
    profileHint: "A profile such as extends: hitoyoshi-2026-03 (empty: Hitoyoshi's default)",
    download: "Save the report:",
    empty: "Paste a description or open a file",
    invalid: "The description has {n} problem(s); fix them to evaluate",
    invalidProfile: "The profile has {n} problem(s)",
    done: "Evaluated: {total} results ({fail} fail, {ne} needs evidence, {waived} waived)",
    hint: "hint",
  },
};

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const source = $<HTMLTextAreaElement>("source");
const profileText = $<HTMLTextAreaElement>("profile");
const status = $<HTMLParagraphElement>("status");
const errors = $<HTMLUListElement>("errors");
const frame = $<HTMLIFrameElement>("report");
const downloads = $<HTMLDivElement>("downloads");
const langSelect = $<HTMLSelectElement>("lang");

// Japanese first, as for every user-facing text of the library; the selector switches to English.
let locale: Locale = "ja";
let fileName = "description.yaml";
let outputs: Record<"html" | "sarif" | "json", string> | undefined;

function say(key: string, values: Record<string, number> = {}): string {
  return (TEXT[locale][key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ""));
}

function translate(): void {
  document.documentElement.lang = locale;
  langSelect.value = locale;
  for (const el of document.querySelectorAll<HTMLElement>("[data-i18n]")) el.textContent = say(el.dataset.i18n as string);
  for (const el of document.querySelectorAll<HTMLTextAreaElement>("[data-i18n-placeholder]"))
    el.placeholder = say(el.dataset.i18nPlaceholder as string);
}

function showDiagnostics(list: readonly Diagnostic[]): void {
  errors.replaceChildren(
    ...list.map((d) => {
      const li = document.createElement("li");
      const where = document.createElement("code");
      where.textContent = d.line === undefined ? d.file : `${d.file}:${d.line}:${d.column ?? 1}`;
      li.append(where, ` ${d.message[locale]}`);
      if (d.pointer !== undefined && d.pointer !== "") li.append(` (${d.pointer})`);
      if (d.hint !== undefined) li.append(` — ${say("hint")}: ${d.hint[locale]}`);
      return li;
    }),
  );
}

/** Parses text with the same reader as the command line: strict YAML or JSON, with line numbers. */
function read(text: string, name: string): ParsedSource | Diagnostic[] {
  try {
    return parseSource(text, name);
  } catch (error) {
    if (error instanceof InputError) return [...error.diagnostics];
    throw error;
  }
}

function loadProfile(): Profile | undefined | Diagnostic[] {
  const text = profileText.value.trim();
  if (text === "") return undefined;
  const parsed = read(text, "profile.yaml");
  if (Array.isArray(parsed)) return parsed;
  try {
    return resolveProfile(parsed.value);
  } catch (error) {
    if (!(error instanceof SecpolicyError)) throw error;
    return error.issues.length > 0
      ? issuesToDiagnostics(parsed, error.issues)
      : [{ file: "profile.yaml", code: error.code, message: error.localized }];
  }
}

function run(): void {
  outputs = undefined;
  downloads.hidden = true;
  errors.replaceChildren();
  const text = source.value;
  if (text.trim() === "") {
    status.textContent = say("empty");
    frame.srcdoc = "";
    return;
  }
  const profile = loadProfile();
  if (Array.isArray(profile)) {
    status.textContent = say("invalidProfile", { n: profile.length });
    showDiagnostics(profile);
    return;
  }
  const parsed = read(text, fileName);
  const description = Array.isArray(parsed) ? undefined : parseDescription(parsed.value);
  if (Array.isArray(parsed) || description === undefined || !description.ok) {
    const list = Array.isArray(parsed)
      ? parsed
      : description !== undefined && !description.ok
        ? issuesToDiagnostics(parsed, description.issues)
        : [];
    status.textContent = say("invalid", { n: list.length });
    showDiagnostics(list);
    return;
  }
  try {
    // A description's own date is left to evaluate, so the report says where the date came from.
    const today = description.value.evaluationDate === undefined ? { evaluationDate: new Date().toISOString().slice(0, 10) } : {};
    const report = locateFindings(evaluate(description.value, { ...today, locale, ...(profile === undefined ? {} : { profile }) }), parsed);
    outputs = {
      html: formatHtml(report, { locale, descriptions: [description.value] }),
      sarif: formatReport(report, "sarif", { locale, color: false }),
      json: formatReport(report, "json", { locale, color: false }),
    };
    const counts = report.summary.byOutcome;
    status.textContent = say("done", {
      total: report.summary.total,
      fail: counts.fail,
      ne: counts["needs-evidence"],
      waived: counts.waived,
    });
    frame.srcdoc = outputs.html;
    downloads.hidden = false;
  } catch (error) {
    if (!(error instanceof SecpolicyError)) throw error;
    status.textContent = error.localized[locale];
    showDiagnostics(error.issues.length > 0 ? issuesToDiagnostics(parsed, error.issues) : []);
  }
}

function download(kind: "html" | "sarif" | "json"): void {
  if (outputs === undefined) return;
  const base = fileName.replace(/\.(ya?ml|json)$/i, "") || "report";
  const name = kind === "html" ? `${base}.report.html` : kind === "sarif" ? `${base}.sarif` : `${base}.report.json`;
  const type = kind === "html" ? "text/html" : "application/json";
  const url = URL.createObjectURL(new Blob([outputs[kind]], { type: `${type};charset=utf-8` }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

async function openFile(file: File, into: HTMLTextAreaElement): Promise<void> {
  if (into === source) fileName = file.name;
  into.value = await file.text();
  run();
}

$<HTMLInputElement>("open").addEventListener("change", (event) => {
  const file = (event.target as HTMLInputElement).files?.[0];
  if (file !== undefined) void openFile(file, source);
});
$<HTMLInputElement>("open-profile").addEventListener("change", (event) => {
  const file = (event.target as HTMLInputElement).files?.[0];
  if (file !== undefined) void openFile(file, profileText);
});
for (const area of [source, profileText]) {
  area.addEventListener("dragover", (event) => {
    event.preventDefault();
    area.classList.add("drop");
  });
  area.addEventListener("dragleave", () => area.classList.remove("drop"));
  area.addEventListener("drop", (event) => {
    event.preventDefault();
    area.classList.remove("drop");
    const file = event.dataTransfer?.files[0];
    if (file !== undefined) void openFile(file, area);
  });
}
$<HTMLButtonElement>("run").addEventListener("click", run);
$<HTMLButtonElement>("example").addEventListener("click", () => {
  fileName = "example.yaml";
  source.value = JSON.parse(($("example-data") as HTMLScriptElement).textContent ?? '""') as string;
  run();
});
langSelect.addEventListener("change", () => {
  locale = langSelect.value === "en" ? "en" : "ja";
  translate();
  if (source.value.trim() !== "") run();
});
for (const button of document.querySelectorAll<HTMLButtonElement>("[data-download]")) {
  button.addEventListener("click", () => download(button.dataset.download as "html" | "sarif" | "json"));
}
let timer: ReturnType<typeof setTimeout> | undefined;
source.addEventListener("input", () => {
  clearTimeout(timer);
  timer = setTimeout(run, 400);
});
translate();

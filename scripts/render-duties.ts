/** The duty-level part of docs/traceability.md (review §6): each duty within a clause, with its checks, model elements or reason. */
import { DUTIES } from "../src/policy/traceability.js";

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** Markdown lines of the duty table; `link` renders a check id as a link. */
export function renderDuties(link: (id: string) => string): string[] {
  return [
    '<a id="duties"></a>',
    "",
    "## 条項の中の義務 / Duties within clauses",
    "",
    "複数の義務を含む条項について、義務ごとに判定するチェック、担うモデル要素、または確かめない理由（「選択によりモデル化していない」等）を示す。ここにない条項は一つの義務として上の表で追跡する。",
    "",
    'For clauses that impose more than one duty: each duty with the checks that judge it, the model elements that carry it, or why it is not checked ("not modelled, by choice" and the like). Clauses not listed impose one duty, traced in the table above.',
    "",
    "| 条項 / Clause | 義務 / Duty | チェック / Checks | モデル要素 / Model | 理由・注記 / Reason or note |",
    "|---|---|---|---|---|",
    ...DUTIES.map(
      (d) =>
        `| ${d.clause} | ${cell(d.duty.ja)}<br>${cell(d.duty.en)} | ${(d.checks ?? []).map(link).join(", ")} | ${(d.models ?? [])
          .map((m) => `\`${m.name}\`（${cell(m.role.ja)}）`)
          .join("<br>")} | ${d.reason === undefined ? "" : `${cell(d.reason.ja)}<br>${cell(d.reason.en)}`} |`,
    ),
    "",
  ];
}

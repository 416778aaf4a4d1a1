import type { Lang } from "./context.js";

type Help = Readonly<Record<Lang, string>>;

const MAIN: Help = {
  ja: `secpolicy — 人吉市情報セキュリティポリシーに照らしてシステム記述を評価する

使い方:
  secpolicy <コマンド> [オプション]

コマンド:
  check <file...>     記述（JSON・YAML、- は標準入力）を評価してレポートを出す
  init                コメント付きの記述の雛形を出す
  import <file...>    Excel ブック・CSV の台帳を YAML の記述に変換する
  schema [name]       公開している JSON Schema を出す（description | profile | report）
  checks              チェックの一覧を出す
  explain <check-id>  チェックの内容・根拠条項・対応方法を説明する

共通オプション:
  -h, --help          使い方を表示する（各コマンドにもある）
  --version           バージョンを表示する
  --lang ja|en        表示する言語（既定：ja。環境変数 LANG=en_US.UTF-8 などでも en）

終了コード: 0 問題なし / 1 基準以上の不適合あり / 2 使い方の誤り・入力を読めない
`,
  en: `secpolicy — evaluate system descriptions against the Hitoyoshi information security policy

Usage:
  secpolicy <command> [options]

Commands:
  check <file...>     evaluate descriptions (JSON or YAML; - reads stdin) and print a report
  init                print a commented starter description
  import <file...>    turn a register workbook or CSV files into a YAML description
  schema [name]       print a published JSON Schema (description | profile | report)
  checks              list the checks
  explain <check-id>  explain a check: clauses, basis, messages, remediation

Common options:
  -h, --help          show usage (every command has one)
  --version           show the version
  --lang ja|en        language of the output (default ja; LANG=en_US.UTF-8 etc. selects en)

Exit codes: 0 nothing failing / 1 failing findings at or above the threshold / 2 usage error or unreadable input
`,
};

const CHECK: Help = {
  ja: `使い方: secpolicy check [オプション] <file...>

記述（JSON・YAML）を評価する。- は標準入力。複数のファイルは1つのレポートにまとめる。
台帳の Excel ブック（.xlsx）、シートごとの CSV（UTF-8 または Shift_JIS）とそのフォルダも読む。

オプション:
  --format <形式>        text | json | sarif | junit | markdown | html | csv | xlsx（既定：text）
                         csv・xlsx は指摘を1行1件の対応管理表にする
  --out <file>           標準出力の代わりにファイルに書く（途中までのファイルは残らない。
                         リンクは先を、装置・FIFO はそのまま書く。- は標準出力）
  --profile <file>       プロファイル（JSON・YAML）。既定は hitoyoshi-2026-03
  --waivers <file>       記述とは別の例外措置のファイル（リストまたは { waivers: [...] }）
  --as-of <YYYY-MM-DD>   評価の基準日（既定：記述の evaluationDate、なければ今日）
  --fail-on <重大度>     critical | high | medium | low 以上の fail で終了コード 1（既定：全ての fail）
  --require-evidence     needs-evidence（証跡不足）も終了コード 1 にする
  --exit-zero            不適合があっても終了コード 0（レポートを見るだけのとき。入力の誤りは 2）
  --max-input-mib <MiB>  入力ファイル1つの上限（既定：64。1万システムの台帳が1ファイルで入る）
  --lang ja|en           レポートの言語
  -h, --help             この使い方を表示する

終了コード: 0 基準以上の不適合なし / 1 あり / 2 使い方の誤り・入力を読めない・不正
入力の誤りで評価できないときも json・sarif・junit はレポート（誤りの一覧）を書く。
`,
  en: `Usage: secpolicy check [options] <file...>

Evaluates descriptions (JSON or YAML); - reads stdin. Several files make one report.
Also reads register workbooks (.xlsx), CSV files per sheet (UTF-8 or Shift_JIS) and folders of them.

Options:
  --format <format>      text | json | sarif | junit | markdown | html | csv | xlsx (default: text)
                         csv and xlsx write a worklist, one finding per row
  --out <file>           write to a file instead of stdout (never a partial file; links are
                         written through, devices and FIFOs written into; - is stdout)
  --profile <file>       profile (JSON or YAML); default hitoyoshi-2026-03
  --waivers <file>       exceptions kept apart from the description (a list or { waivers: [...] })
  --as-of <YYYY-MM-DD>   evaluation date (default: the description's evaluationDate, else today)
  --fail-on <severity>   exit 1 for fail findings at critical | high | medium | low or above (default: any fail)
  --require-evidence     needs-evidence findings also exit 1
  --exit-zero            exit 0 even with failing findings (to read the report; bad input still exits 2)
  --max-input-mib <MiB>  largest accepted input file (default: 64, a 10,000-system inventory fits)
  --lang ja|en           language of the report
  -h, --help             show this help

Exit codes: 0 nothing failing at the threshold / 1 failing findings / 2 usage error, unreadable or invalid input
When bad input stops the run, json, sarif and junit still write a report listing the errors.
`,
};

const INIT: Help = {
  ja: `使い方: secpolicy init [--template delivery-spec|inventory|xlsx] [--out <file>] [--force]

コメント付きの記述の雛形（そのまま検証を通る）を出す。
  --template   delivery-spec（事業者の納品仕様書、既定）| inventory（団体の台帳）
               | xlsx（台帳の Excel ブック。端末には出さないので > 台帳.xlsx か --out で保存）
  --out        ファイルに書く（既存のファイルは --force がなければ上書きしない）
`,
  en: `Usage: secpolicy init [--template delivery-spec|inventory|xlsx] [--out <file>] [--force]

Prints a commented starter description that passes validation as written.
  --template   delivery-spec (a vendor's delivery spec, default) | inventory (a municipality's inventory)
               | xlsx (the register as an Excel workbook; never to a terminal: > register.xlsx or --out)
  --out        write to a file (an existing file is kept unless --force is given)
`,
};

const IMPORT: Help = {
  ja: `使い方: secpolicy import <file...> [--out <file>] [--force]

台帳の Excel ブック（.xlsx）、シートごとの CSV またはそのフォルダを読み、検証して YAML の記述として出す。
誤りはセル（台帳.xlsx › 接続一覧 › D12）を示して報告し、何も出さない。
`,
  en: `Usage: secpolicy import <file...> [--out <file>] [--force]

Reads a register workbook (.xlsx), CSV files per sheet or a folder of them, validates it and prints
it as a YAML description. Problems are reported at their cells (register.xlsx › 接続一覧 › D12).
`,
};

const SCHEMA: Help = {
  ja: `使い方: secpolicy schema [description|profile|report] [--out <file>]

公開している JSON Schema（draft 2020-12）を出す。既定は description。
`,
  en: `Usage: secpolicy schema [description|profile|report] [--out <file>]

Prints a published JSON Schema (draft 2020-12); description by default.
`,
};

const CHECKS: Help = {
  ja: `使い方: secpolicy checks [--format text|json|markdown]

組込みチェックの一覧（id、重大度、根拠、対策区分、条項、表題）を出す。
`,
  en: `Usage: secpolicy checks [--format text|json|markdown]

Lists the built-in checks (id, severity, basis, area, clauses, title).
`,
};

const EXPLAIN: Help = {
  ja: `使い方: secpolicy explain <check-id> [--format text|json]

チェックの表題・根拠条項（本文つき）・根拠の種類・重大度・メッセージ・対応方法を説明する。
`,
  en: `Usage: secpolicy explain <check-id> [--format text|json]

Explains a check: title, clauses with their text, basis, severity, messages and remediation.
`,
};

export const HELP = { main: MAIN, check: CHECK, init: INIT, import: IMPORT, schema: SCHEMA, checks: CHECKS, explain: EXPLAIN } as const;

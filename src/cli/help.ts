import type { Lang } from "./context.js";

type Help = Readonly<Record<Lang, string>>;

const MAIN: Help = {
  ja: `secpolicy — 人吉市情報セキュリティポリシーに照らしてシステム記述を評価する

使い方:
  secpolicy <コマンド> [オプション]

コマンド:
  check [file...]     記述（ファイル・フォルダ・グロブ、- は標準入力）を評価してレポートを出す
  init                コメント付きの記述・設定ファイルの雛形を出す
  import <file...>    Excel ブック・CSV の台帳を YAML の記述に変換する
  schema [name]       公開している JSON Schema を出す（description | profile | report | config | baseline）
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
  check [file...]     evaluate descriptions (files, folders, globs; - reads stdin) and print a report
  init                print a commented starter description or configuration file
  import <file...>    turn a register workbook or CSV files into a YAML description
  schema [name]       print a published JSON Schema (description | profile | report | config | baseline)
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
  ja: `使い方: secpolicy check [オプション] [<file|folder|glob>...]

記述（JSON・YAML）を評価する。- は標準入力。複数のファイルは1つの記述につなげて一度に評価する
（領域・課ごとに分けた台帳や、台帳の横に置いた納品仕様書。ファイルをまたぐ経路・参照も判定する）。
フォルダは中の .yaml .yml .json .xlsx 全て（下位フォルダも。node_modules と隠しファイルは除く）、
グロブ（引用符で囲む：'specs/**/*.yaml'）は一致するファイル全てを、決まった順序で評価する。
一致するファイルのないフォルダ・グロブ、systems のない記述、何も評価できなかった実行は誤り（終了コード 2）。
台帳の Excel ブック（.xlsx）、シートごとの CSV（UTF-8 または Shift_JIS）とそのフォルダも読む。

設定ファイル:
  作業フォルダから上へ secpolicy.config.yaml・.yml・.json、package.json の "secpolicy" を探す。
  中のパスはそのファイルのフォルダからの相対パス。オプションが設定より優先する。
  雛形：secpolicy init --template config。スキーマ：secpolicy schema config
  -c, --config <file>    この設定ファイルを使う
  --no-config            設定ファイルを読まない

オプション:
  -f, --format <形式>[:<file>]
                         text | json | sarif | junit | markdown | html | github | csv | xlsx（既定：text）
                         繰り返して複数の出力を一度に書ける（例：-f text -f sarif:report.sarif）。
                         標準出力に書けるのは1つだけ。github は GitHub Actions の注釈。
                         csv・xlsx は指摘を1行1件の対応管理表にする
  --list-formats         出力形式の一覧を出す
  -o, --out <file>       ファイル名のない形式（1つだけのとき）をファイルに書く（途中までのファイルは残らない。
                         リンクは先を、装置・FIFO はそのまま書く。- は標準出力）
  --profile <file>       プロファイル（JSON・YAML）。既定は hitoyoshi-2026-03
  --waivers <file>       記述とは別の例外措置のファイル（リストまたは { waivers: [...] }）
  --as-of <YYYY-MM-DD>   評価の基準日（既定：記述の evaluationDate、なければ今日）
  --check <id>           このチェックだけを実行する（繰り返し可）
  --skip-check <id>      このチェックを実行しない（繰り返し可）
  --results all|problems レポートに載せる結果（既定：text・markdown は problems、他は all）。適合・対象外を一覧に載せるのは json と junit で、他の形式は件数だけを示す
  -q, --quiet            不適合（fail）、評価できなかった結果（error）と、終了コードを決める結果（--require-evidence のときの証跡不足）だけを出力する（終了コードは変わらない）
  --no-quiet             設定ファイルの quiet: true を打ち消す
  --fail-on <重大度>     critical | high | medium | low 以上の fail で終了コード 1（既定：全ての fail）
  --require-evidence     needs-evidence（証跡不足）も終了コード 1 にする
  --no-require-evidence  設定ファイルの requireEvidence: true を打ち消す
  --max-warnings <n>     needs-evidence（証跡不足）が n 件を超えたら終了コード 1
  --exit-zero            不適合があっても終了コード 0（レポートを見るだけのとき。入力の誤りは 2）
  --each-file            ファイルごとに評価する（別々の団体の記述を並べたフォルダ）。既定はつなげて1回
  --no-each-file         設定ファイルの eachFile: true を打ち消す
  --write-baseline <file> 今の指摘（fail・needs-evidence）をベースラインとして記録する
  --baseline <file>      ベースラインにない指摘だけを報告し、終了コードもそれだけで決める
  --max-input-mib <MiB>  入力ファイル1つの上限（既定：64。1万システムの台帳が1ファイルで入る）
  --lang ja|en           レポートの言語（設定ファイルの lang より優先）
  -h, --help             この使い方を表示する

終了コード: 0 基準以上の不適合なし / 1 あり / 2 使い方の誤り・入力を読めない・不正・何も評価できない
入力の誤りで評価できないときも json・sarif・junit・github はレポート（誤りの一覧）を書く。
`,
  en: `Usage: secpolicy check [options] [<file|folder|glob>...]

Evaluates descriptions (JSON or YAML); - reads stdin. Several files are joined into one
description and judged once (an inventory split by zone or department, a vendor's delivery spec
beside it): paths and references across files are judged too.
A folder means every .yaml, .yml, .json and .xlsx file in it (subfolders too; not node_modules or
hidden files); a glob (quote it: 'specs/**/*.yaml') every matching file, in a stable order.
A folder or glob that matches nothing, a description without systems, and a run that evaluated
nothing are errors (exit 2). Also reads register workbooks (.xlsx), CSV files per sheet (UTF-8 or
Shift_JIS) and folders of them.

Configuration file:
  Looked for upward from the working directory: secpolicy.config.yaml, .yml, .json, or a
  "secpolicy" key in package.json. Paths in it are relative to its folder; options override it.
  Starter: secpolicy init --template config. Schema: secpolicy schema config
  -c, --config <file>    use this configuration file
  --no-config            read no configuration file

Options:
  -f, --format <format>[:<file>]
                         text | json | sarif | junit | markdown | html | github | csv | xlsx (default: text)
                         repeat it to write several outputs at once (e.g. -f text -f sarif:report.sarif);
                         at most one goes to stdout. github writes GitHub Actions annotations;
                         csv and xlsx write a worklist, one finding per row
  --list-formats         list the output formats
  -o, --out <file>       write the one format that has no file to this file (never a partial file;
                         links are written through, devices and FIFOs written into; - is stdout)
  --profile <file>       profile (JSON or YAML); default hitoyoshi-2026-03
  --waivers <file>       exceptions kept apart from the description (a list or { waivers: [...] })
  --as-of <YYYY-MM-DD>   evaluation date (default: the description's evaluationDate, else today)
  --check <id>           run only this check (repeatable)
  --skip-check <id>      do not run this check (repeatable)
  --results all|problems results the report lists (default: problems for text and markdown, else all); passes and not-applicable results are listed by json and junit, and only counted by the other formats
  -q, --quiet            output only failures, results that could not be judged (error) and whatever fails the run (needs-evidence with --require-evidence); the exit code is unchanged
  --no-quiet             turn off quiet: true of the configuration file
  --fail-on <severity>   exit 1 for fail findings at critical | high | medium | low or above (default: any fail)
  --require-evidence     needs-evidence findings also exit 1
  --no-require-evidence  turn off requireEvidence: true of the configuration file
  --max-warnings <n>     exit 1 when there are more than n needs-evidence findings
  --exit-zero            exit 0 even with failing findings (to read the report; bad input still exits 2)
  --each-file            judge each file alone (a folder of different organisations' descriptions);
                         by default the files are joined and judged once
  --no-each-file         turn off eachFile: true of the configuration file
  --write-baseline <file> record the current findings (fail, needs-evidence) as a baseline
  --baseline <file>      report only findings not in the baseline; the exit code counts only those
  --max-input-mib <MiB>  largest accepted input file (default: 64, a 10,000-system inventory fits)
  --lang ja|en           language of the report (wins over lang in the configuration file)
  -h, --help             show this help

Exit codes: 0 nothing failing at the threshold / 1 failing findings / 2 usage error, unreadable or
invalid input, or nothing evaluated
When bad input stops the run, json, sarif, junit and github still write a report listing the errors.
`,
};

const INIT: Help = {
  ja: `使い方: secpolicy init [--template delivery-spec|inventory|xlsx|config] [--out <file>] [--force]

コメント付きの記述の雛形（そのまま検証を通る）を出す。
  --template   delivery-spec（事業者の納品仕様書、既定）| inventory（団体の台帳）
               | xlsx（台帳の Excel ブック。端末には出さないので > 台帳.xlsx か --out で保存）
               | config（secpolicy check の設定ファイル。--out secpolicy.config.yaml で保存）
  --out        ファイルに書く（既存のファイルは --force がなければ上書きしない）
`,
  en: `Usage: secpolicy init [--template delivery-spec|inventory|xlsx|config] [--out <file>] [--force]

Prints a commented starter description that passes validation as written.
  --template   delivery-spec (a vendor's delivery spec, default) | inventory (a municipality's inventory)
               | xlsx (the register as an Excel workbook; never to a terminal: > register.xlsx or --out)
               | config (a configuration file for secpolicy check; save it with --out secpolicy.config.yaml)
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
  ja: `使い方: secpolicy schema [description|profile|report|config|baseline] [--out <file>]

公開している JSON Schema（draft 2020-12）を出す。既定は description。
`,
  en: `Usage: secpolicy schema [description|profile|report|config|baseline] [--out <file>]

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

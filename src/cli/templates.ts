/**
 * Starter descriptions for `secpolicy init`. Each passes `parseDescription` as written (a test
 * keeps it so); the comments say in both languages what to fill in.
 */

/** Where editors find the schema when the package is installed in the project. */
const SCHEMA_LINE = "# yaml-language-server: $schema=./node_modules/hitoyoshi-secpolicy/schemas/description.schema.json";

const DELIVERY_SPEC = `${SCHEMA_LINE}
# 納品仕様書（事業者が納品する1つのシステムの記述）
# Delivery spec: the one system a vendor delivers.
# 書いていない事実は「証跡不足（needs-evidence）」として報告される。分かる事実から埋めること。
# Facts left out are reported as needs-evidence; fill in what you know.
# 日付は "YYYY-MM-DD"。YAML 1.2 では yes/no は文字列なので true/false を使うこと。
# Dates are "YYYY-MM-DD". In YAML 1.2 yes/no are strings: write true/false.
title: 〇〇システム 納品仕様書 / Example system delivery spec
evaluationDate: "2026-04-01"       # 評価の基準日（省略時は secpolicy check --as-of か今日） / evaluation date
systems:
  - id: example-system              # 英数字と . _ - / letters, digits, . _ -
    name: 〇〇システム
    ownerBody: 市長部局             # 所管する行政機関 / owning body
    department: 〇〇課              # 所管課 / owning department
    zone: lgwan                     # mynumber | lgwan | internet（領域 / zone, 6(3)）
    hosting: { kind: on-premises }  # on-premises | data-centre | lgwan-asp | cloud-service | government-cloud（設置形態 / hosting）
    businessFunctions: [other]      # tax | pension | welfare | finance | payroll | groupware | mail | website | other
    vendorIds: [example-vendor]     # vendors の id / ids from vendors
    dataAssets:                     # 取り扱う情報資産 / information assets handled
      - id: example-data
        name: 〇〇台帳
        confidentiality: C2         # C3 | C2 | C1（分類 / class, 6(2)）
        integrity: I2               # I2 | I1
        availability: A2            # A2 | A1
        personalInformation: true   # 個人情報を含むか / contains personal information
        myNumber: false             # 特定個人情報か / contains My Numbers
    terminalGroups:                 # このシステムを使う端末 / terminals that use the system
      - id: example-terminals
        name: 〇〇課端末
        externalMedia: blocked      # blocked | registered-only | allowed（USB等への書き出し / export to USB etc.）
        authenticationFactors: [password, ic-card]   # password | pin | biometric | ic-card | otp | certificate
connections:                        # 通信経路 / communication paths
  - id: example-to-lgwan
    from: { system: example-system }
    to: { external: lgwan-network } # public-internet | lgwan-network | security-cloud | government-cloud | national-system | vendor-network
    transport: lgwan                # lan | lgwan | closed-line | dedicated-line | internet-vpn | internet
vendors:                            # 委託事業者 / contractors
  - id: example-vendor
    name: 株式会社〇〇
    services: 構築・保守 / build and maintenance
`;

const INVENTORY = `${SCHEMA_LINE}
# 情報システム台帳（団体の全システムの記述）
# Inventory: every system of the municipality.
# 書いていない事実は「証跡不足（needs-evidence）」として報告される。分かる事実から埋めること。
# Facts left out are reported as needs-evidence; fill in what you know.
# 日付は "YYYY-MM-DD"。YAML 1.2 では yes/no は文字列なので true/false を使うこと。
# Dates are "YYYY-MM-DD". In YAML 1.2 yes/no are strings: write true/false.
title: 〇〇市 情報システム台帳 / Example city system inventory
evaluationDate: "2026-04-01"       # 評価の基準日 / evaluation date
municipality:                       # 団体全体の事実 / facts about the municipality
  name: 〇〇市
  prefecture: 〇〇県
systems:
  - id: resident-records            # マイナンバー利用事務系の例 / a My Number zone system
    name: 住民情報システム
    ownerBody: 市長部局
    department: 市民課
    zone: mynumber                  # mynumber | lgwan | internet
    businessFunctions: [welfare]
    dataAssets:
      - id: resident-register
        name: 住民記録
        confidentiality: C3
        integrity: I2
        availability: A2
        personalInformation: true
        myNumber: true
    terminalGroups:
      - id: resident-terminals
        name: 市民課端末
        externalMedia: blocked      # マイナンバー利用事務系は書き出し不可（6(3)①） / export blocked in the My Number zone
        authenticationFactors: [password, biometric]   # 多要素認証（6(3)①） / multi-factor authentication
  - id: groupware                   # LGWAN接続系の例 / an LGWAN zone system
    name: グループウェア
    ownerBody: 市長部局
    department: 情報政策課
    zone: lgwan
    businessFunctions: [groupware]
    dataAssets:
      - id: mailbox
        name: 庁内メール・文書
        confidentiality: C2
        integrity: I1
        availability: A1
        personalInformation: true
        myNumber: false             # 特定個人情報を含まなければ false と書く / write false when it holds no My Numbers
  - id: web-mail                    # インターネット接続系の例 / an internet zone system
    name: インターネットメール
    ownerBody: 市長部局
    department: 情報政策課
    zone: internet
    businessFunctions: [mail]
connections:
  - id: mail-to-lgwan               # 無害化通信（6(3)②） / sanitised communication
    from: { system: web-mail }
    to: { system: groupware }
    transport: lan
    sanitisation: [mail-text-conversion, attachment-removal]   # mail-text-conversion | screen-transfer | file-sanitisation | attachment-removal
  - id: mail-to-internet            # セキュリティクラウド経由（6(3)③） / through the security cloud
    from: { system: web-mail }
    to: { external: public-internet }
    transport: internet
    via: [security-cloud]
`;

/**
 * The configuration file `secpolicy init --template config` writes: every setting, the common
 * ones set, the rest commented out. It passes the configuration model as written (a test keeps
 * it so); it is not a description, so it is not in {@link TEMPLATES}.
 */
export const CONFIG_TEMPLATE = `# yaml-language-server: $schema=./node_modules/hitoyoshi-secpolicy/schemas/config.schema.json
# secpolicy check の設定。このフォルダかその下で secpolicy check を実行すると読まれる。
# Settings of secpolicy check, read when it runs in this folder or below.
# パスはこのファイルのフォルダからの相対パス。コマンドラインのオプションがこの設定より優先する。
# Paths are relative to this file's folder; command-line options override these settings.
inputs:                             # ファイル・フォルダ・グロブ / files, folders, globs
  - descriptions/                   # 中の .yaml .yml .json .xlsx 全て / every .yaml .yml .json .xlsx inside
  # - "specs/**/*.yaml"
# eachFile: true                    # ファイルごとに評価（別々の団体の記述。既定は全ファイルで1つの記述） / judge each file alone (default: one description of all files)
# profile: profile.yaml             # プロファイル / profile
# waivers: waivers.yaml             # 例外措置 / waivers
outputs:                            # 出力（標準出力は1つまで） / outputs (at most one to stdout)
  - format: text                    # secpolicy check --list-formats で一覧 / list: --list-formats
  - format: sarif
    out: secpolicy.sarif            # GitHub code scanning 用 / for GitHub code scanning
# failOn: high                      # この重大度以上の fail で終了コード 1 / exit 1 from this severity
requireEvidence: false              # true なら証跡不足も終了コード 1 / true: needs-evidence exits 1 too
# maxWarnings: 10                   # 証跡不足がこの件数を超えたら終了コード 1 / exit 1 above this many needs-evidence
# quiet: true                       # 不適合だけを出力 / output failures only
# lang: ja                          # ja | en（--lang が優先 / --lang wins）
# asOf: "2026-04-01"                # 評価の基準日 / evaluation date
# results: all                      # all | problems
# checks: [lgwan-no-direct-internet] # このチェックだけ / only these checks
# skipChecks: []                    # 実行しないチェック / checks not to run
# baseline: secpolicy-baseline.json # 受け入れ済みの指摘 / accepted findings
`;

export const TEMPLATES = { "delivery-spec": DELIVERY_SPEC, inventory: INVENTORY } as const;
export type TemplateName = keyof typeof TEMPLATES;
export const TEMPLATE_NAMES = Object.keys(TEMPLATES) as TemplateName[];

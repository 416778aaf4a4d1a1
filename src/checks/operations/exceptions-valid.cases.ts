import { description, internetSystem, lgwanSystem, mynumberSystem } from "../../../test/support/fixtures.js";
import { hitoyoshiProfile } from "../../profiles/hitoyoshi.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const municipality = {
  name: "人吉市",
  roles: [
    { role: "head", person: "市長" },
    { role: "ciso", person: "副市長" },
    { role: "chief-security-manager", person: "総務課長" },
  ],
};
const waiver = (overrides: Record<string, unknown> = {}) => ({
  checkId: "internet-via-security-cloud",
  target: { system: "web-mail" },
  reason: "県クラウドの切替工事の間の暫定措置",
  requestedBy: "情報政策課長",
  approvedBy: "副市長",
  approvedOn: "2026-01-15",
  expiresOn: "2026-06-30",
  reference: "人情第123号",
  ...overrides,
});
const withWaivers = (waivers: unknown[], extra: Record<string, unknown> = { municipality }) =>
  description([internetSystem()], { ...extra, waivers });

/** Every case but the last is evaluated on a date the caller gives, as the command does with --as-of. */
const table: CheckTable = {
  valid: [
    { name: "approved by the CISO and in force", description: withWaivers([waiver()]) },
    {
      // Fifty-ninth review: six months from 30 November end on 31 May, as periods are counted (民法 140, 143); adding six
      // months to the approval day ended the term on 30 May and refused the exception.
      name: "a six-month exception to a My Number control from 30 November to 31 May",
      description: description([mynumberSystem()], {
        municipality,
        waivers: [
          waiver({
            checkId: "mynumber-terminal-mfa",
            target: { system: "juki" },
            approvedOn: "2025-11-30",
            expiresOn: "2026-05-31",
            compensatingControl: "利用者を2名に限定し、操作ログを毎日確認している",
          }),
        ],
      }),
    },
    ...[
      "令和8年4月から操作ログの日次確認を実施する",
      "不正を検知次第対応する",
      "操作ログを毎日確認する（生体認証は次年度導入予定）",
      "来年度まで操作ログを毎日確認する",
      "日次で操作ログを確認し、異常を検知した場合は早急に遮断する",
      "管理者が画面を常時監視（別紙運用手順書のとおり）",
      // Fifty-ninth review: the control in place, then the lasting fix to come; a note that the measures are done.
      "利用者を2名に限定している。生体認証は年度内に導入する",
      "対策を進めている（利用者の限定・操作ログの日次確認は実施済み）",
      "検討の結果、利用者を2名に限定し、操作ログを毎日確認することとした",
      "契約済みの外部監視サービスにより24時間監視中",
      // Sixty-third review: a pointer followed by the measure itself.
      "詳細は別紙のとおり、利用者を2名に限定し操作ログを毎日確認している",
      // Sixty-fifth review: a note that the control runs in production as well as in test.
      "利用者を2名に限定し操作ログを毎日確認している（本番環境・検証環境とも）",
      // Sixty-first review: the control and the plan in one sentence, or on lines of their own.
      "利用者を2名に限定し、操作ログを毎日確認しているが、生体認証は年度内に導入予定",
      "利用者の限定（2名）\n操作ログの日次確認\n生体認証は年度内導入予定",
    ].map((compensatingControl) => ({
      // Fifty-seventh review: a control running since a date, and one that acts when something is detected, are controls;
      // so is one in place while the lasting fix is planned, or one whose procedure is in another paper.
      name: `an exception to a My Number control whose compensating control is 「${compensatingControl}」`,
      description: description([mynumberSystem()], {
        municipality,
        waivers: [waiver({ checkId: "mynumber-terminal-mfa", target: { system: "juki" }, expiresOn: "2026-06-30", compensatingControl })],
      }),
    })),
    {
      // Fifty-third review: a control already in place, said to go on, is no plan.
      name: "an exception to a My Number control whose compensating control goes on 「今後も引き続き」",
      description: description([mynumberSystem()], {
        municipality,
        waivers: [
          waiver({
            checkId: "mynumber-terminal-mfa",
            target: { system: "juki" },
            expiresOn: "2026-06-30",
            compensatingControl: "今後も引き続き操作ログを毎日確認する",
          }),
        ],
      }),
    },
    {
      // Thirty-first review: the CISO's name without the post is the CISO.
      name: "approved by the CISO's name alone (「鈴木健一」 for 「副市長 鈴木健一」)",
      description: withWaivers([waiver({ approvedBy: "鈴木健一" })], {
        municipality: {
          ...municipality,
          roles: [
            { role: "head", person: "市長" },
            { role: "ciso", person: "副市長 鈴木健一" },
          ],
        },
      }),
    },
    {
      // Thirty-first review: 「副市長」 read as the CISO 鈴木 is not the requester, the other 副市長 佐藤.
      name: "approved by post (「副市長」, the CISO 鈴木健一) at the request of another 副市長",
      description: withWaivers([waiver({ requestedBy: "副市長 佐藤一郎", approvedBy: "副市長" })], {
        municipality: {
          ...municipality,
          roles: [
            { role: "head", person: "市長" },
            { role: "ciso", person: "副市長 鈴木健一" },
          ],
        },
      }),
    },
    {
      // Twenty-seventh review: 「副市長」 is the post of exactly one approver, 「副市長 鈴木健一」 (the CISO).
      name: "approved by post (「副市長」) where the organisation lists the CISO with post and name",
      description: withWaivers([waiver()], {
        municipality: {
          ...municipality,
          roles: [
            { role: "head", person: "市長" },
            { role: "ciso", person: "副市長 鈴木健一" },
          ],
        },
      }),
    },
    {
      // Twenty-sixth review: the date in brackets is the approval's own; these are two approvals, not two versions.
      name: "a renewal whose reference differs from the first approval's only by the date in brackets",
      description: withWaivers([
        waiver({ reference: "副市長決裁（令和7年10月1日）", approvedOn: "2025-10-01", expiresOn: "2026-04-30" }),
        waiver({ reference: "副市長決裁（令和8年3月25日）", approvedOn: "2026-03-25", expiresOn: "2026-09-24" }),
      ]),
      evaluationDate: "2026-04-01",
    },
    {
      // Nineteenth review: terminal-internet-access judges every zone; waived for internet-zone terminals (school
      // PCs' breakout, a fiscal-year exception), it keeps the general 12 months, not the My Number zone's six.
      name: "a fiscal-year exception to terminal-internet-access for internet-zone terminals",
      description: withWaivers([
        waiver({
          checkId: "terminal-internet-access",
          target: { system: "web-mail" },
          approvedOn: "2025-10-01",
          expiresOn: "2026-09-30",
          compensatingControl: "Webフィルタリングと端末管理で閲覧先を制限",
        }),
      ]),
    },
    { name: "approved by the head of the municipality", description: withWaivers([waiver({ approvedBy: "市長" })]) },
    { name: "the CISO's name written in full-width spacing", description: withWaivers([waiver({ approvedBy: "副　市長" })]) },
    // The role written for the person, alone or with the holder's post: how approval forms are often filled in.
    { name: "the role written for the person (「CISO」)", description: withWaivers([waiver({ approvedBy: "CISO" })]) },
    { name: "the role with the holder (「CISO（副市長）」)", description: withWaivers([waiver({ approvedBy: "CISO（副市長）" })]) },
    {
      name: "a profile that lets the chief security manager approve",
      description: withWaivers([waiver({ approvedBy: "総務課長" })]),
      profile: {
        ...hitoyoshiProfile,
        exceptions: { ...hitoyoshiProfile.exceptions, approverRoles: ["head", "ciso", "chief-security-manager"] },
      },
    },
    { name: "no exceptions", description: description([internetSystem()]) },
    {
      // One 決裁 may approve exceptions for several targets: the same number, date, approver and term.
      name: "one approval listing two targets, with the same terms",
      description: description([internetSystem(), internetSystem({ id: "web-cms" })], {
        municipality,
        waivers: [waiver(), waiver({ target: { system: "web-cms" } })],
      }),
    },
    {
      // Thirtieth review: one approval on two rows with the approver written two ways; and two divisions'
      // approvals numbered alike (「都市整備課」 is no municipality's name).
      name: "one approval's two rows with 「副市長」 and 「CISO（副市長）」, and two divisions' approvals numbered alike",
      description: description([internetSystem(), internetSystem({ id: "web-cms" })], {
        municipality,
        waivers: [
          waiver(),
          waiver({ target: { system: "web-cms" }, approvedBy: "CISO（副市長）" }),
          waiver({ reference: "都市整備課決裁第5号", approvedOn: "2026-02-01" }),
          waiver({ reference: "農村整備課決裁第5号", approvedOn: "2026-03-01", target: { system: "web-cms" } }),
        ],
      }),
    },
    {
      // Twenty-eighth review: an exception renewed before it expired, under a new number, is in force;
      // the expired one is history, not a failure counted again.
      name: "an expired exception renewed by a later one in force for the same check and target",
      description: withWaivers([
        waiver({ reference: "人情第7-77号", approvedOn: "2025-10-01", expiresOn: "2026-03-31" }),
        waiver({ reference: "人情第8-12号", approvedOn: "2026-03-25", expiresOn: "2026-09-30" }),
      ]),
    },
    {
      // Thirty-second pass: the same number in two fiscal years (「R7総務第12号」, 「令和8年度 総務第12号」) is two approvals:
      // the renewal in force stands, and the expired one is history.
      name: "the same number in two fiscal years, one written by the era in full",
      description: withWaivers([
        waiver({ reference: "R7総務第12号", approvedOn: "2025-10-01", expiresOn: "2026-03-31" }),
        waiver({ reference: "令和8年度 総務第12号", approvedOn: "2026-03-25", expiresOn: "2026-09-30" }),
      ]),
    },
    {
      // Thirty-third review: 「令和元年度」 is fiscal year 1 and 「令和2年度」 year 2, so the same number in each is two approvals.
      name: "the same number in the era's first year (元) and its second",
      description: withWaivers([
        waiver({ reference: "令和元年度総務第12号", approvedOn: "2025-10-01", expiresOn: "2026-03-31" }),
        waiver({ reference: "R2総務第12号", approvedOn: "2026-03-25", expiresOn: "2026-09-30" }),
      ]),
    },
  ],
  invalid: [
    {
      // Twenty-eighth review: a copy under the same number, narrowed to another target with later dates,
      // is no new approval: one approval has one term.
      name: "the same approval number copied to another target with other dates",
      description: description([internetSystem(), internetSystem({ id: "web-cms" })], {
        municipality,
        waivers: [
          waiver({ approvedOn: "2025-10-01", expiresOn: "2026-03-31" }),
          waiver({ target: { system: "web-cms" }, approvedOn: "2026-03-01", expiresOn: "2026-08-31" }),
        ],
      }),
      expected: [
        { messageId: "expired", path: "/waivers/0/expiresOn" },
        { messageId: "twoVersions", path: "/waivers/0/reference" },
        { messageId: "twoVersions", path: "/waivers/1/reference" },
      ],
    },
    {
      // Twenty-eighth review: 「第七―七十七号」 is 「第7-77号」.
      name: "one approval written once in figures and once in kanji, with different expiries",
      description: withWaivers([
        waiver({ reference: "人吉市決裁第7-77号", expiresOn: "2026-03-31", approvedOn: "2025-10-01" }),
        waiver({ reference: "人吉市決裁第七―七十七号", expiresOn: "2026-09-30", approvedOn: "2025-10-01" }),
      ]),
      expected: [
        { messageId: "expired", path: "/waivers/0/expiresOn" },
        { messageId: "twoVersions", path: "/waivers/0/reference" },
        { messageId: "twoVersions", path: "/waivers/1/reference" },
      ],
    },
    {
      // Thirty-second pass: an auditor reads 「令和7年度 総務第12号」 and 「R7総務第12号」 as one approval number (the
      // fiscal year by its era, in full or abbreviated); a second row with a later expiry is a second version of it.
      name: "one approval written with the era in full and abbreviated, with different expiries",
      description: withWaivers([
        waiver({ reference: "令和7年度 総務第12号", expiresOn: "2026-03-31", approvedOn: "2025-10-01" }),
        waiver({ reference: "R7総務第12号", expiresOn: "2026-09-30", approvedOn: "2025-10-01" }),
      ]),
      expected: [
        { messageId: "expired", path: "/waivers/0/expiresOn" },
        { messageId: "twoVersions", path: "/waivers/0/reference" },
        { messageId: "twoVersions", path: "/waivers/1/reference" },
      ],
    },
    {
      // Thirty-third review: an era's first year is written 元, so 「令和元年度総務第12号」 and 「R1総務第12号」 are one approval
      // number; a second row with a later expiry is a second version of one approval, and neither applies.
      name: "one approval written with 令和元年度 and R1, with different expiries",
      description: withWaivers([
        waiver({ reference: "令和元年度総務第12号", expiresOn: "2026-03-31", approvedOn: "2025-10-01" }),
        waiver({ reference: "R1総務第12号", expiresOn: "2026-09-30", approvedOn: "2025-10-01" }),
      ]),
      expected: [
        { messageId: "expired", path: "/waivers/0/expiresOn" },
        { messageId: "twoVersions", path: "/waivers/0/reference" },
        { messageId: "twoVersions", path: "/waivers/1/reference" },
      ],
    },
    {
      // Thirty-fourth review: a zero-padded era year (「R01」) is the same fiscal year as 「令和元年度」.
      name: "one approval written with 令和元年度 and R01, with different expiries",
      description: withWaivers([
        waiver({ reference: "令和元年度総務第12号", expiresOn: "2026-03-31", approvedOn: "2025-10-01" }),
        waiver({ reference: "R01総務第12号", expiresOn: "2026-09-30", approvedOn: "2025-10-01" }),
      ]),
      expected: [
        { messageId: "expired", path: "/waivers/0/expiresOn" },
        { messageId: "twoVersions", path: "/waivers/0/reference" },
        { messageId: "twoVersions", path: "/waivers/1/reference" },
      ],
    },
    {
      // Twenty-first and twenty-second reviews: one approval written twice with another expiry (in full-width
      // digits) waived a finding while the original was reported expired. Neither applies.
      name: "one approval written twice with different expiries",
      description: withWaivers([waiver({ reference: "人情第123号" }), waiver({ reference: "人情第１２３号 ", expiresOn: "2026-07-31" })]),
      expected: [
        { messageId: "twoVersions", path: "/waivers/0/reference" },
        { messageId: "twoVersions", path: "/waivers/1/reference" },
      ],
    },
    {
      // Thirtieth review: 「副市長」 is the CISO 「副市長 鈴木健一」, who asked for it himself.
      name: "approved by post (「副市長」) by the one who requested it by name",
      description: withWaivers([waiver({ requestedBy: "鈴木健一", approvedBy: "副市長" })], {
        municipality: {
          ...municipality,
          roles: [
            { role: "head", person: "市長" },
            { role: "ciso", person: "副市長 鈴木健一" },
          ],
        },
      }),
      expected: [{ messageId: "selfApproved", path: "/waivers/0/approvedBy" }],
    },
    {
      // Twelfth review: approved by its own requester, the exception is not applied and the run goes on.
      name: "approved by its own requester",
      description: withWaivers([waiver({ requestedBy: "副市長", approvedBy: "副市長" })]),
      expected: [{ messageId: "selfApproved", path: "/waivers/0/approvedBy" }],
    },
    {
      // Eleventh review: an over-long term is reported here, and the run goes on (it had refused the whole description).
      name: "a term longer than the profile allows (12 months)",
      description: withWaivers([waiver({ expiresOn: "2027-06-30" })]),
      expected: [{ messageId: "termTooLong", severity: "medium", path: "/waivers/0/expiresOn" }],
    },
    {
      name: "a fiscal-year exception to terminal-internet-access for My Number terminals keeps the six months",
      description: description([mynumberSystem()], {
        municipality,
        waivers: [
          waiver({
            checkId: "terminal-internet-access",
            target: { system: "juki" },
            approvedOn: "2025-10-01",
            expiresOn: "2026-09-30",
            compensatingControl: "閲覧先の制限",
          }),
        ],
      }),
      expected: [{ messageId: "termTooLong", path: "/waivers/0/expiresOn", data: { months: 6 } }],
    },
    {
      // Twentieth review: My Number data kept in the LGWAN zone is the separation itself, though its target stands
      // in the LGWAN zone: the My Number zone's six months and a compensating control still apply.
      name: "an eleven-month exception to mynumber-data-in-mynumber-zone for an LGWAN system, without a compensating control",
      description: description([lgwanSystem()], {
        municipality,
        waivers: [
          waiver({
            checkId: "mynumber-data-in-mynumber-zone",
            target: { system: "groupware" },
            approvedOn: "2025-10-01",
            expiresOn: "2026-08-31",
          }),
        ],
      }),
      expected: [
        { messageId: "noCompensatingControl", path: "/waivers/0" },
        { messageId: "termTooLong", path: "/waivers/0/expiresOn", data: { months: 6 } },
      ],
    },
    ...[
      "なし",
      "特になし",
      "－",
      "未定",
      "導入予定",
      "今後検討",
      "特になし。",
      "代替措置：なし",
      "代替措置は講じていない",
      "不要",
      "予定なし",
      "代替措置を講じる予定はない",
      "次年度に導入を検討",
      "同上",
      "現在調整中",
      "令和9年1月に静脈認証を導入する",
      "従来どおり",
      "導入予定です",
      "準備を進めています",
      // Fifty-seventh review: plans written politely, with a note after them, or as work under way; a contract for a
      // device not yet delivered; and a pointer to another paper, with nothing of the control in the description.
      "ICカード認証を導入予定（別紙計画書参照）",
      "静脈認証装置は契約済み（令和9年1月納入）",
      "対応を検討しております",
      "調達手続きを進めている",
      "今年度中に対策を講じます",
      "ICカード認証の導入作業中",
      "来年度に生体認証を導入する計画である",
      "二要素認証の整備を進める",
      "導入を予定しております",
      "今後、多要素認証を導入する",
      "来年度までに導入する",
      "ICカード認証（未導入）",
      "別紙のとおり",
      "申請書のとおり",
      "上記理由のとおり",
      "詳細は別紙による",
      "別添資料参照",
      // Fifty-ninth review: more plans, steps of procurement, and pointers to procedures.
      "生体認証装置の導入に向けて準備しております",
      "来年度当初に静脈認証を導入の見込み",
      "ICカード認証の導入について予算要求を行っている",
      "令和9年度に多要素認証を導入することとしている",
      "生体認証の早期導入を目指す",
      "見積依頼中",
      "稟議中",
      "生体認証装置を発注済み",
      "納品後に設定する",
      "事業者と協議の上、対応する",
      "運用手順書のとおり",
      "実施手順書第5条による",
      "添付の運用要領に定める",
      // Sixty-fifth review: a plan beside a quotation obtained.
      "ICカード認証を導入予定。見積取得済み。",
      // Sixty-third review: a plan closed by 「以上。」; a measure running only in a test environment.
      "ICカード認証を導入予定。以上。",
      "ICカード認証（検証環境で稼働中）",
      // Sixty-first review: a step under way in a note, and a plan beside a sentence that names no measure.
      "ICカード認証を導入予定（調達手続き実施中）",
      "生体認証装置を設置予定（設置中）",
      "多要素認証を導入予定。予算は確保済み。",
      "静脈認証を導入予定。機器は納品済み。",
      "二要素認証を来年度導入予定です。詳細は別紙。",
      "対策について検討中。よろしくお願いします。",
      "ICカード認証の導入について業者選定を完了している。",
      "令和9年度に多要素認証を導入する。導入までの間は運用でカバーする。",
    ].map((control) => ({
      // Fifty-first review: a compensating control written 「なし」 or as a plan is none, and an auditor keeps the
      // critical My Number failure it would have covered (6(3)①; the profile's rule for such exceptions).
      name: `an exception to a policy-level My Number control whose compensating control is 「${control}」`,
      description: description([mynumberSystem()], {
        municipality,
        waivers: [
          waiver({ checkId: "mynumber-terminal-mfa", target: { system: "juki" }, expiresOn: "2026-06-30", compensatingControl: control }),
        ],
      }),
      expected: [
        { messageId: "controlNotInPlace", severity: "high" as const, path: "/waivers/0/compensatingControl", data: { control: control } },
      ],
    })),
    {
      name: "an exception to a policy-level My Number control for seven months without a compensating control",
      description: description([mynumberSystem()], {
        municipality,
        waivers: [waiver({ checkId: "mynumber-terminal-mfa", target: { system: "juki" }, expiresOn: "2026-08-16" })],
      }),
      expected: [
        { messageId: "noCompensatingControl", severity: "high", path: "/waivers/0" },
        { messageId: "termTooLong", path: "/waivers/0/expiresOn" },
      ],
    },
    {
      // Ninth review: every word must be the role or its holder; a company's "CISO" or a rejected one is nobody.
      name: "a vendor's own CISO (「株式会社南九州ソリューションズ CISO」)",
      description: withWaivers([waiver({ approvedBy: "株式会社南九州ソリューションズ CISO" })]),
      expected: [{ messageId: "approverNotAuthorised", path: "/waivers/0/approvedBy" }],
    },
    {
      // Seventy-third review: 「Mayor Matsumoto」 for the 市長 松本 一郎 cannot be compared; asked at medium, not applied.
      name: "approved by the mayor written in Latin letters (「Mayor Matsumoto」)",
      description: withWaivers([waiver({ approvedBy: "Mayor Matsumoto" })], {
        municipality: {
          ...municipality,
          roles: [
            { role: "head", person: "市長 松本 一郎" },
            { role: "ciso", person: "副市長 田中 誠" },
          ],
        },
      }),
      expected: [{ messageId: "approverNotComparable", outcome: "needs-evidence", severity: "medium", path: "/waivers/0/approvedBy" }],
    },
    {
      name: "a company written in Latin letters beside the role (「ABC Corp CISO」)",
      description: withWaivers([waiver({ approvedBy: "ABC Corp CISO" })], {
        municipality: {
          ...municipality,
          roles: [
            { role: "head", person: "市長 松本 一郎" },
            { role: "ciso", person: "副市長 田中 誠" },
          ],
        },
      }),
      expected: [{ messageId: "approverNotAuthorised", path: "/waivers/0/approvedBy" }],
    },
    {
      name: "「CISO（却下）」",
      description: withWaivers([waiver({ approvedBy: "CISO（却下）" })]),
      expected: [{ messageId: "approverNotAuthorised", path: "/waivers/0/approvedBy" }],
    },
    {
      name: "the holder with another name beside it (「副市長 山田太郎」)",
      description: withWaivers([waiver({ approvedBy: "副市長 山田太郎" })]),
      expected: [{ messageId: "approverNotAuthorised", path: "/waivers/0/approvedBy" }],
    },
    {
      // Two 副市長: the post alone names neither.
      name: "approved by post (「副市長」) where two people of the organisation hold that post",
      description: withWaivers([waiver()], {
        municipality: {
          ...municipality,
          roles: [
            { role: "ciso", person: "副市長 鈴木健一" },
            { role: "chief-security-manager", person: "副市長 田中三郎" },
          ],
        },
      }),
      expected: [{ messageId: "approverNotAuthorised", path: "/waivers/0/approvedBy" }],
    },
    {
      name: "expired",
      description: withWaivers([waiver({ expiresOn: "2026-03-31" })]),
      expected: [{ messageId: "expired", path: "/waivers/0/expiresOn" }],
    },
    {
      name: "approved after the evaluation date, by someone without the authority",
      description: withWaivers([waiver({ approvedOn: "2026-04-02", approvedBy: "総務課長" })]),
      expected: [
        { messageId: "notYetInForce", path: "/waivers/0/approvedOn" },
        { messageId: "approverNotAuthorised", path: "/waivers/0/approvedBy" },
      ],
    },
    {
      name: "「課長」 is not 「総務課長」 even where the chief security manager may approve",
      description: withWaivers([waiver({ approvedBy: "課長" })]),
      profile: {
        ...hitoyoshiProfile,
        exceptions: { ...hitoyoshiProfile.exceptions, approverRoles: ["head", "ciso", "chief-security-manager"] },
      },
      expected: [{ messageId: "approverNotAuthorised", path: "/waivers/0/approvedBy" }],
    },
    {
      name: "「市」 is part of 「副市長」 and 「市長」, not either of them",
      description: withWaivers([waiver({ approvedBy: "市" })]),
      expected: [{ messageId: "approverNotAuthorised", path: "/waivers/0/approvedBy" }],
    },
    {
      // Names are compared whole: 「町長」 names the head, an approving role, but only under a profile that lets the head approve.
      name: "「町長」 is not 「副町長」",
      description: withWaivers([waiver({ approvedBy: "町長" })], {
        municipality: { name: "相良村", roles: [{ role: "ciso", person: "副町長" }] },
      }),
      profile: { ...hitoyoshiProfile, exceptions: { ...hitoyoshiProfile.exceptions, approverRoles: ["ciso"] } },
      expected: [{ messageId: "approverNotAuthorised", path: "/waivers/0/approvedBy" }],
    },
    {
      name: "a part of a name beside the holder's is not the holder (「副町長補佐（保守業者）」)",
      description: withWaivers([waiver({ approvedBy: "副町長補佐（保守業者）" })], {
        municipality: { name: "相良村", roles: [{ role: "ciso", person: "副町長" }] },
      }),
      expected: [{ messageId: "approverNotAuthorised", path: "/waivers/0/approvedBy" }],
    },
    {
      name: "a vendor's manager is no approver",
      description: withWaivers([waiver({ approvedBy: "株式会社ひごソリューションズ 保守責任者" })]),
      expected: [{ messageId: "approverNotAuthorised", path: "/waivers/0/approvedBy" }],
    },
    {
      name: "the chief security manager under the default profile",
      description: withWaivers([waiver({ approvedBy: "総務課長" })]),
      expected: [{ messageId: "approverNotAuthorised", path: "/waivers/0/approvedBy" }],
    },
    {
      name: "approver's authority cannot be verified",
      description: withWaivers([waiver()], {}),
      expected: [{ messageId: "approverUnverified", outcome: "needs-evidence", path: "/waivers/0/approvedBy" }],
    },
    {
      name: "the role alone (「CISO」) cannot be verified without the organisation",
      description: withWaivers([waiver({ approvedBy: "CISO" })], {}),
      expected: [{ messageId: "approverUnverified", outcome: "needs-evidence", path: "/waivers/0/approvedBy" }],
    },
    {
      name: "an approver role held by 「未定」 verifies nothing",
      description: withWaivers([waiver()], { municipality: { name: "人吉市", roles: [{ role: "ciso", person: "未定" }] } }),
      expected: [{ messageId: "approverUnverified", outcome: "needs-evidence", path: "/waivers/0/approvedBy" }],
    },
  ],
};

/**
 * The same exceptions judged on the description's own date: a notice of the run in the report's
 * heading and evaluationDateSource (fourth auditor, r13), not a finding against the municipality.
 */
const onOwnDate: CheckTable["valid"][number] = {
  name: "judged on the description's own evaluationDate: no finding",
  description: withWaivers([waiver()]),
  evaluationDate: undefined,
};

export default {
  ...table,
  evaluationDate: undefined,
  valid: [...table.valid.map((c) => ({ evaluationDate: "2026-04-01", ...c })), onOwnDate],
  invalid: table.invalid.map((c) => ({ evaluationDate: "2026-04-01", ...c })),
} satisfies CheckTable;

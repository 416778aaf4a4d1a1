import { cloudService, contract, vendor, withVendors } from "../../../test/support/fixtures-outsourcing.js";
import { lgwanSystem } from "../../../test/support/fixtures.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const maintainer = vendor({ id: "remote-co", name: "リモート保守株式会社", contract: undefined });

const table: CheckTable = {
  valid: [
    {
      // Thirtieth review: the note gives the contract; 「なし」 in front of it says there is no separate one.
      name: "the vendor's contract reference is 「なし（包括保守契約 第7-101号に含む）」",
      description: withVendors(
        [vendor({ contract: contract({ reference: "なし（包括保守契約 第7-101号に含む）" }) })],
        [lgwanSystem({ vendorIds: ["acme"] })],
      ),
    },
    { name: "the vendor has a contract", description: withVendors([vendor()]) },
    {
      // Eighty-first review: the system lists no vendors, but a vendor's contract names it: that vendor works on it.
      name: "vendorIds not written, a vendor's contract in force names the system",
      description: withVendors([vendor({ contract: contract({ systems: ["groupware"] }) })], [lgwanSystem()]),
    },
    {
      // A fiscal-year contract for the year the evaluation falls in (1 April 2026 to 31 March 2027): in force.
      name: "the vendor's contract runs to the end of the fiscal year",
      description: withVendors([vendor({ contract: contract({ validUntil: "2027-03-31" }) })], [lgwanSystem({ vendorIds: ["acme"] })]),
    },
    {
      // The term's last day is a day in force: a contract ending on the evaluation date still binds the vendor that day.
      name: "the vendor's contract ends on the evaluation date",
      description: withVendors([vendor({ contract: contract({ validUntil: "2026-04-01" }) })], [lgwanSystem({ vendorIds: ["acme"] })]),
    },
    ...[
      "R7-情政-044（令和8年4月1日付 R8-情政-009 により更新済み）",
      "人吉市契約第8-120号（次期契約は令和9年4月締結予定）",
      "長期継続契約（令和6年度〜令和10年度）",
      // Sixty-ninth review: concluded, in words; what the words say of the previous contract does not undo it.
      "旧契約満了後、令和8年4月1日付で新契約を締結",
      "長期継続契約（令和8年3月議会の議決後、4月1日締結）",
    ].map((reference) => ({
      // Sixty-seventh review: a contract's own number beside a note of the next one, and a long-term contract, are in force.
      name: `the vendor's contract reference is 「${reference}」`,
      description: withVendors([vendor({ contract: contract({ reference }) })], [lgwanSystem({ vendorIds: ["acme"] })]),
    })),
    { name: "a contract that names the system", description: withVendors([vendor({ contract: contract({ systems: ["groupware"] }) })]) },
    { name: "nothing outsourced", description: withVendors([], [lgwanSystem({ vendorIds: [] })]) },
    ...["個別契約なし（包括保守契約 第7-101号に含む）", "なし（委託先との包括保守契約 第7-101号に含む）"].map((reference) => ({
      // Sixty-third review: the note names the contract that covers the work.
      name: `the vendor's contract reference is 「${reference}」`,
      description: withVendors([vendor({ contract: contract({ reference }) })], [lgwanSystem({ vendorIds: ["acme"] })]),
    })),
  ],
  invalid: [
    {
      // Last fiscal year's contract (to 31 March 2026), not yet renewed on 1 April: the vendor still maintains the system
      // with no contract in force. 6(8) asks for a contract stating the security requirements; an ended one binds nobody,
      // so an auditor fails it like a missing contract.
      name: "the vendor's contract ended the day before the evaluation date",
      description: withVendors(
        [vendor({ contract: contract({ reference: "人情第7-101号", validUntil: "2026-03-31" }) })],
        [lgwanSystem({ vendorIds: ["acme"] })],
      ),
      expected: [{ messageId: "contractEnded", outcome: "fail", severity: "high", path: "/systems/0/vendorIds/0" }],
    },
    {
      // The same through remote maintenance: the vendor that connects to the system from outside works under an ended contract.
      name: "the remote-maintenance vendor's contract has ended",
      description: withVendors(
        [vendor({ id: "remote-co", name: "リモート保守株式会社", contract: contract({ validUntil: "2025-09-30" }) })],
        [lgwanSystem({ vendorIds: [], remoteMaintenance: { used: true, vendorId: "remote-co" } })],
      ),
      expected: [{ messageId: "contractEnded", outcome: "fail", path: "/systems/0/remoteMaintenance/vendorId" }],
    },
    {
      // Eighteenth review: with hosting.cloudServiceId left out, no cloud check saw the C2 data on a US click-through service.
      name: "a system on a cloud service that does not name the service",
      description: withVendors([vendor()], [lgwanSystem({ vendorIds: ["acme"], hosting: { kind: "cloud-service" } })]),
      expected: [{ messageId: "cloudServiceUnnamed", outcome: "needs-evidence", path: "/systems/0/hosting" }],
    },
    {
      name: "the vendor's contract covers other systems only",
      description: withVendors(
        [vendor({ contract: contract({ systems: ["zaimu"] }) })],
        [lgwanSystem({ vendorIds: ["acme"] }), lgwanSystem({ id: "zaimu", name: "財務会計システム", vendorIds: [] })],
      ),
      expected: [{ messageId: "notInContract", path: "/systems/0/vendorIds/0" }],
    },
    {
      // Second auditor review: a contract reference 「なし」 says there is no contract, which 6(8) requires.
      name: "the vendor's contract reference is 「なし」",
      description: withVendors([vendor({ contract: contract({ reference: "なし" }) })], [lgwanSystem({ vendorIds: ["acme"] })]),
      expected: [{ messageId: "noContract", path: "/systems/0/vendorIds/0" }],
    },
    {
      // Twenty-seventh review: 「なし（口頭発注）」 says there is no contract as plainly as 「なし」.
      name: "the vendor's contract reference is 「なし（口頭発注）」",
      description: withVendors([vendor({ contract: contract({ reference: "なし（口頭発注）" }) })], [lgwanSystem({ vendorIds: ["acme"] })]),
      expected: [{ messageId: "noContract", path: "/systems/0/vendorIds/0" }],
    },
    ...["口頭発注", "契約期限切れ"].map((reference) => ({
      // Sixty-third review: an oral order and a lapsed contract are no written contract in force.
      name: `the vendor's contract reference is 「${reference}」`,
      description: withVendors([vendor({ contract: contract({ reference }) })], [lgwanSystem({ vendorIds: ["acme"] })]),
      expected: [{ messageId: "noContract" as const, path: "/systems/0/vendorIds/0" }],
    })),
    ...["契約なし", "なし（令和8年3月31日で契約期間満了。令和8年度分は入札不調のため未締結）", "未契約", "契約満了", "解約済み"].map(
      (reference) => ({
        // Sixty-second review: the word 契約 in these made them read as a reference to a contract; each says there is none.
        name: `the vendor's contract reference is 「${reference}」`,
        description: withVendors([vendor({ contract: contract({ reference }) })], [lgwanSystem({ vendorIds: ["acme"] })]),
        expected: [{ messageId: "noContract" as const, path: "/systems/0/vendorIds/0" }],
      }),
    ),
    ...[
      "契約満了後も保守を継続（更新契約は7月締結予定）",
      "令和7年度契約の延長手続中（覚書未締結）",
      "新年度契約は締結準備中",
      "契約手続中（令和8年4月1日から暫定利用）",
      "仮契約（9月議会の議決待ち）",
      "見積依頼中",
    ].map((reference) => ({
      // Sixty-seventh review: said in the writer's own words that no contract is in force today (the old one ran out, the
      // new one is being made); the word 契約 in them made them read as a reference.
      name: `the vendor's contract reference is 「${reference}」`,
      description: withVendors([vendor({ contract: contract({ reference }) })], [lgwanSystem({ vendorIds: ["acme"] })]),
      expected: [{ messageId: "noContract" as const, path: "/systems/0/vendorIds/0" }],
    })),
    {
      // Sixty-seventh review: the writer does not know the contract; asked for, not failed.
      name: "the vendor's contract reference is not known to the writer",
      description: withVendors([vendor({ contract: contract({ reference: "契約番号不明（財政課に照会中）" }) })]),
      expected: [{ messageId: "referenceNotKnown", outcome: "needs-evidence", severity: "medium", path: "/systems/0/vendorIds/0" }],
    },
    {
      // Sixty-seventh review: last year's contract 「applied」 until the new one is concluded after the council's vote is no
      // contract in force, though the note names the long-term contract to come.
      name: "last year's contract applied until the new one is concluded",
      description: withVendors(
        [
          vendor({
            contract: contract({
              reference: "人吉市契約第7-140号（令和8年度分は6月議会の議決後に長期継続契約を締結予定、それまで前年度契約を準用）",
              validUntil: "2026-03-31",
            }),
          }),
        ],
        [lgwanSystem({ vendorIds: ["acme"] })],
      ),
      expected: [{ messageId: "contractEnded", severity: "high", path: "/systems/0/vendorIds/0" }],
    },
    ...["第7-101号（自動更新なし）", "長期継続契約 第R3-012号（R3.4.1〜R8.3.31）", "R7-情政-044（更新手続き未了）"].map((reference) => ({
      // Sixty-ninth review: renewal denied, or a kind of contract named: an ended term is a lapse, not a renewal to write in.
      name: `an ended term beside 「${reference}」`,
      description: withVendors(
        [vendor({ contract: contract({ reference, validUntil: "2026-03-31" }) })],
        [lgwanSystem({ vendorIds: ["acme"] })],
      ),
      expected: [{ messageId: "contractEnded" as const, severity: "high" as const, path: "/systems/0/vendorIds/0" }],
    })),
    {
      // Sixty-seventh review #6: the reference says the contract goes on under a new number, the term's end is last year's.
      // The description disagrees with itself: asked (medium), not a high "no contract in force".
      name: "a contract said to be continued whose term's end was not brought up to date",
      description: withVendors(
        [vendor({ contract: contract({ reference: "人吉市契約第7-044号（令和8年度は第8-044号で継続）", validUntil: "2026-03-31" }) })],
        [lgwanSystem({ vendorIds: ["acme"] })],
      ),
      expected: [{ messageId: "termNotUpdated", outcome: "needs-evidence", severity: "medium", path: "/systems/0/vendorIds/0" }],
    },
    {
      name: "the vendor's contract is not described",
      description: withVendors([vendor({ contract: undefined })]),
      expected: [{ messageId: "contractUnknown", outcome: "needs-evidence", path: "/systems/0/vendorIds/0" }],
    },
    {
      name: "a remote-maintenance vendor outside vendorIds without a contract",
      description: withVendors(
        [vendor(), maintainer],
        [lgwanSystem({ vendorIds: ["acme"], remoteMaintenance: { used: true, vendorId: "remote-co" } })],
      ),
      expected: [{ messageId: "contractUnknown", outcome: "needs-evidence", path: "/systems/0/remoteMaintenance/vendorId" }],
    },
    {
      name: "vendorIds not written, the contract naming the system ended",
      description: withVendors([vendor({ contract: contract({ systems: ["groupware"], reference: "契約切れ" }) })], [lgwanSystem()]),
      expected: [{ messageId: "noContract", path: "/systems/0/vendorIds" }],
    },
    {
      // A SaaS whose provider is judged by cloud-contract-in-force: who else works on it is asked at medium.
      name: "a system on a named cloud service lists no vendors",
      description: {
        ...withVendors([], [lgwanSystem({ hosting: { kind: "cloud-service", cloudServiceId: "saas" } })]),
        cloudServices: [cloudService({ id: "saas" })],
      },
      expected: [{ messageId: "vendorsUnknownOnService", outcome: "needs-evidence", severity: "medium", path: "/systems/0/vendorIds" }],
    },
    {
      name: "vendors not listed",
      description: withVendors([], [lgwanSystem()]),
      expected: [{ messageId: "vendorsUnknown", outcome: "needs-evidence", path: "/systems/0/vendorIds" }],
    },
  ],
};

export default table;

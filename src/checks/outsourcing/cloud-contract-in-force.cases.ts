import { cloudService, withCloud } from "../../../test/support/fixtures-outsourcing.js";
import type { CheckTable } from "../../vitest/check-tester.js";

// The evaluation date of these descriptions is 1 April 2026, the first day of fiscal 2026.
const table: CheckTable = {
  valid: [
    {
      // Descriptions written before the field existed, and services on standard terms without a term: not judged here.
      name: "no contract written",
      description: withCloud(cloudService()),
    },
    {
      // A subscription for the fiscal year the evaluation falls in (to 31 March 2027): in force.
      name: "the contract runs to the end of the fiscal year",
      description: withCloud(cloudService({ contract: { reference: "R8-情政-031", validUntil: "2027-03-31" } })),
    },
    {
      // The term's last day is a day in force.
      name: "the contract ends on the evaluation date",
      description: withCloud(cloudService({ contract: { reference: "R7-情政-031", validUntil: "2026-04-01" } })),
    },
    {
      // A contract without a stated end (open-ended, or renewed each year without a date written): nothing to judge but the reference.
      name: "the contract gives its reference and no term",
      description: withCloud(cloudService({ contract: { reference: "R7-情政-031" } })),
    },
    {
      // Sixty-third review's pattern: a note naming the contract that covers the service is a reference, not a placeholder.
      name: "the service is covered by a wider contract, named in a note",
      description: withCloud(cloudService({ contract: { reference: "個別契約なし（包括保守契約 第7-101号に含む）" } })),
    },
    {
      // Sixty-seventh review #2: on standard terms the accepted terms are the contract (a form of contract the national
      // standards' commentary names); no contract document is the normal, allowed state for C1 information.
      name: "a service on standard terms whose reference says there is no contract document, only the terms",
      description: withCloud(
        cloudService({ terms: "click-through", highestConfidentiality: "C1", contract: { reference: "契約書なし（利用規約に同意）" } }),
      ),
    },
    ...["R7-情政-044（令和8年4月1日付 R8-情政-009 により更新済み）", "ご利用申込書兼承諾書 No. 20251", "県の共同調達契約に参加"].map(
      (reference) => ({
        // Sixty-seventh review: a renewal under a new number, a subscription form, a joint procurement: contracts in force.
        name: `the contract reference is 「${reference}」`,
        description: withCloud(cloudService({ contract: { reference, validUntil: "2027-03-31" } })),
      }),
    ),
  ],
  invalid: [
    {
      // Last fiscal year's subscription (to 31 March 2026), not renewed on 1 April while the service is still listed
      // as in use: the provider holds the city's data with no contract binding it (6(8)), as for a vendor (high).
      name: "the contract ended the day before the evaluation date",
      description: withCloud(cloudService({ contract: { reference: "R7-情政-031", validUntil: "2026-03-31" } })),
      expected: [{ messageId: "contractEnded", outcome: "fail", severity: "high", path: "/cloudServices/0/contract/validUntil" }],
    },
    {
      // An ended contract written without its reference: the ended term is the finding (one gap, one finding).
      name: "an ended contract without a reference",
      description: withCloud(cloudService({ contract: { validUntil: "2025-09-30" } })),
      // Sixty-seventh review #11: no 「利用契約（-）」: the bracket is left out.
      expected: [{ messageId: "contractEnded", outcome: "fail", path: "/cloudServices/0/contract/validUntil", data: { referenceJa: "" } }],
    },
    ...["契約なし", "未締結（令和8年度分は入札中）"].map((reference) => ({
      // Said in words that there is no contract: as for a vendor, a fail, not a question.
      name: `the contract reference is 「${reference}」`,
      description: withCloud(cloudService({ contract: { reference } })),
      expected: [
        { messageId: "noContract", outcome: "fail" as const, severity: "high" as const, path: "/cloudServices/0/contract/reference" },
      ],
    })),
    ...[
      "契約満了後も継続利用（更新契約は7月締結予定）",
      "令和7年度契約の延長手続中（覚書未締結）",
      "新年度契約は締結準備中",
      "契約手続中（令和8年4月1日から暫定利用）",
      "仮契約（9月議会の議決待ち）",
      "見積依頼中",
    ].map((reference) => ({
      // Sixty-seventh review #1: what a register's contract column says in April to June; each says no contract is in
      // force today (the old one ran out, or the new one is not concluded), the word 契約 in it notwithstanding.
      name: `the contract reference is 「${reference}」`,
      description: withCloud(cloudService({ contract: { reference } })),
      expected: [{ messageId: "noContract" as const, severity: "high" as const, path: "/cloudServices/0/contract/reference" }],
    })),
    ...["なし（無償版のため利用規約のみ）", "個別契約未締結（当面は利用規約に同意して無償トライアル）"].map((reference) => ({
      // Sixty-ninth review: a service written as negotiated whose reference says there is no individual contract, only
      // standard terms: no contract stating the requirements for the C2 information it holds.
      name: `a negotiated service whose reference is 「${reference}」`,
      description: withCloud(cloudService({ contract: { reference } })),
      expected: [{ messageId: "noContract" as const, path: "/cloudServices/0/contract/reference" }],
    })),
    {
      // The writer does not know the contract: asked for, not failed.
      name: "the contract reference is not known to the writer",
      description: withCloud(cloudService({ contract: { reference: "契約番号不明（財政課に照会中）" } })),
      expected: [
        { messageId: "referenceNotKnown", outcome: "needs-evidence", severity: "medium", path: "/cloudServices/0/contract/reference" },
      ],
    },
    {
      // Sixty-seventh review #6: an automatic renewal written in the reference, the original term's end left in validUntil.
      // The description disagrees with itself: asked (medium), not a high "no contract in force".
      name: "a contract said to renew itself whose term's end is the first term's",
      description: withCloud(
        cloudService({ contract: { reference: "年額プラン（1年ごと自動更新）申込番号 ZM-2024-11873", validUntil: "2025-06-30" } }),
      ),
      expected: [
        { messageId: "termNotUpdated", outcome: "needs-evidence", severity: "medium", path: "/cloudServices/0/contract/validUntil" },
      ],
    },
    {
      // Sixty-seventh review #3: public tourism-map tiles (C1) on a lapsed subscription: the contract's management is
      // missing, not a measure protecting resident data (medium by the rubric).
      name: "the contract of a service holding C1 information ended",
      description: withCloud(
        cloudService({ highestConfidentiality: "C1", contract: { reference: "R7-観光-003", validUntil: "2026-03-31" } }),
      ),
      expected: [
        {
          messageId: "contractEndedLowClass",
          severity: "medium",
          path: "/cloudServices/0/contract/validUntil",
          data: { class: "C1", referenceJa: "（R7-観光-003）" },
        },
      ],
    },
    {
      name: "a service holding C1 information whose reference says there is no contract",
      description: withCloud(cloudService({ highestConfidentiality: "C1", contract: { reference: "契約なし" } })),
      expected: [{ messageId: "noContractLowClass", severity: "medium", path: "/cloudServices/0/contract/reference" }],
    },
    {
      // Sixty-seventh review #2: a paid plan on standard terms that lapsed (perhaps back to the free plan's terms): asked, low.
      name: "the term of a service on standard terms ended",
      description: withCloud(
        cloudService({
          terms: "click-through",
          highestConfidentiality: "C1",
          contract: { reference: "有料プラン", validUntil: "2026-02-28" },
        }),
      ),
      expected: [
        { messageId: "termEndedOnTerms", outcome: "needs-evidence", severity: "low", path: "/cloudServices/0/contract/validUntil" },
      ],
    },
    {
      // A term written without the contract it belongs to: asked (what contract is it?), not failed.
      name: "a term in force without the contract's reference",
      description: withCloud(cloudService({ contract: { validUntil: "2027-03-31" } })),
      expected: [
        { messageId: "referenceUnknown", outcome: "needs-evidence", severity: "medium", path: "/cloudServices/0/contract/reference" },
      ],
    },
  ],
};

export default table;

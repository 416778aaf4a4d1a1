import { cloudService, withCloud, withHostedAsset } from "../../../test/support/fixtures-outsourcing.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const table: CheckTable = {
  valid: [
    { name: "data in Japan under Japanese law", description: withCloud(cloudService()) },
    {
      name: "a US-hosted service written as C1 whose hosted system holds only C1 (not applicable)",
      description: withHostedAsset(cloudService({ highestConfidentiality: "C1", dataLocations: ["united-states"] }), "C1"),
    },
    { name: "other spellings of Japan", description: withCloud(cloudService({ dataLocations: ["JP", "日本"], governingLaw: "Japan" })) },
    {
      name: "written in Japanese: 日本国内, 国内 and a Tokyo region, under 日本法",
      description: withCloud(cloudService({ dataLocations: ["日本国内", "国内", "東京"], governingLaw: "日本法" })),
    },
    {
      // Fidelity pass (audit-ok-beta-prime-gc, audit-ok-alpha-prime-allowlist): specs name the region as the provider does.
      name: "regions written as a provider names them: 東京リージョン, 東日本リージョン, Japan East region",
      description: withCloud(cloudService({ dataLocations: ["東京リージョン", "東日本リージョン", "Japan East region"] })),
    },
    {
      // Twenty-ninth review: vendors put the provider's name in front of the region.
      name: "regions with the provider's name in front: AWS 東京リージョン, Microsoft Azure 東日本, Google Cloud asia-northeast1, AWS Tokyo region",
      description: withCloud(
        cloudService({
          dataLocations: ["AWS 東京リージョン", "Microsoft Azure 東日本", "Google Cloud asia-northeast1", "AWS Tokyo region"],
        }),
      ),
    },
    { name: "governing law written in English", description: withCloud(cloudService({ governingLaw: "Japanese law" })) },
    ...[
      "日本法（管轄裁判所：熊本地方裁判所）",
      "日本法（外国法の適用を排除）",
      "日本法（米国法は適用しない）",
      "日本法（熊本地方裁判所）",
      "日本国の法令（管轄：熊本地方裁判所）",
      "日本法・熊本地方裁判所",
      "準拠法：日本法",
      "Laws of Japan (Tokyo District Court)",
    ].map((governingLaw) => ({
      // Fiftieth review: the court copied beside the law from the contract, as the remedy asks for both; the law is Japanese.
      name: `Japanese law with its court beside it: ${governingLaw}`,
      description: withCloud(cloudService({ governingLaw })),
    })),
    {
      // Second auditor review (non-zone measures): municipal staff write the prefecture of the data
      // centre, or qualify 日本国内 with the region in parentheses, and the law as 日本国の法令. All of
      // these keep resident data under Japanese courts and law; an auditor passes them (6(8)).
      name: "prefectures and qualified places: 熊本県, 北海道, 国内（福岡県）, 日本国内（東京リージョン）, under 日本国の法令",
      description: withCloud(
        cloudService({ dataLocations: ["熊本県", "北海道", "国内（福岡県）", "日本国内（東京リージョン）"], governingLaw: "日本国の法令" }),
      ),
    },
    {
      name: "a C1 service may store abroad (not applicable)",
      description: withCloud(cloudService({ highestConfidentiality: "C1", dataLocations: ["us"], governingLaw: "us" })),
    },
    {
      // Sixty-third review: a region of Japan named 中国 is no China.
      name: "a data centre in 「中国地方（広島DC）」",
      description: withCloud(cloudService({ dataLocations: ["中国地方（広島DC）"] })),
    },
  ],
  invalid: [
    {
      // Sixty-fifth review: a backup in Vietnam was only asked about.
      name: "a copy of the data in 「ベトナム（バックアップ）」",
      description: withCloud(cloudService({ dataLocations: ["日本国内", "ベトナム（バックアップ）"] })),
      expected: [{ messageId: "locationNotAllowed", path: "/cloudServices/0/dataLocations" }],
    },
    ...["米国（バックアップ）", "米国オレゴン州", "韓国ソウル", "オレゴン", "北米"].map((where) => ({
      // Sixty-second review: a C3 backup in the US written with a note or a region was only asked about (unreadable).
      name: `a copy of the data in 「${where}」`,
      description: withCloud(cloudService({ dataLocations: ["日本国内", where] })),
      expected: [{ messageId: "locationNotAllowed" as const, path: "/cloudServices/0/dataLocations" }],
    })),
    {
      // Thirtieth review: a disaster-recovery copy abroad, written as a qualifier of a Japanese region.
      name: "a region in Japan with its disaster-recovery copy abroad: AWS 東京リージョン（DR: us-west-2）",
      description: withCloud(cloudService({ dataLocations: ["AWS 東京リージョン（DR: us-west-2）"] })),
      expected: [{ messageId: "locationNotAllowed", path: "/cloudServices/0/dataLocations" }],
    },
    {
      // Sixteenth review: a service written as C1 (below the personal-information minimum) that a
      // system uses for a C2 personal-information asset. The auditor judges where that asset goes.
      name: "a US-hosted service written as C1 whose hosted system holds a C2 personal-information asset",
      description: withHostedAsset(
        cloudService({ highestConfidentiality: "C1", dataLocations: ["united-states"], governingLaw: "California" }),
        "C2",
      ),
      expected: [
        { messageId: "locationNotAllowed", path: "/cloudServices/0/dataLocations" },
        { messageId: "foreignLaw", path: "/cloudServices/0/governingLaw" },
      ],
    },
    {
      name: "a replica abroad",
      description: withCloud(cloudService({ dataLocations: ["japan", "singapore"] })),
      expected: [{ messageId: "locationNotAllowed", path: "/cloudServices/0/dataLocations" }],
    },
    {
      // A qualifier abroad makes the place abroad, whatever comes before it; a provider's region code
      // abroad (us-east-1) is read as abroad too. The message names them as written.
      name: "a foreign place in a qualifier, a foreign region code and a country written in Japanese",
      description: withCloud(
        cloudService({ dataLocations: ["日本国内（シンガポール）", "us-east-1", "米国（バージニア）", "AWS us-west-2", "熊本県"] }),
      ),
      expected: [
        {
          messageId: "locationNotAllowed",
          path: "/cloudServices/0/dataLocations",
          data: { outsideJa: "日本国内（シンガポール）、us-east-1、米国（バージニア）、AWS us-west-2" },
        },
      ],
    },
    {
      // A data centre named by its operator only: the auditor cannot tell the country, and neither
      // can the tool. It asks for the place, and does not claim the data is abroad.
      name: "a place that names no country",
      description: withCloud(cloudService({ dataLocations: ["さくらのクラウド石狩", "japan"] })),
      expected: [
        {
          messageId: "locationUnreadable",
          outcome: "needs-evidence",
          path: "/cloudServices/0/dataLocations",
          data: { places: "さくらのクラウド石狩" },
        },
      ],
    },
    {
      name: "governed by foreign law",
      description: withCloud(cloudService({ governingLaw: "us-washington" })),
      expected: [{ messageId: "foreignLaw", path: "/cloudServices/0/governingLaw" }],
    },
    ...[
      "ニューヨーク州法",
      "英国法",
      "Laws of the State of Delaware",
      "米国法（管轄：東京地方裁判所）",
      // Fifty-third review: a foreign law beside Japanese law, and foreign law written in English.
      "日本法・米国法",
      "Japanese law and the laws of the State of Washington",
      "日本法（ただし一部ワシントン州法）",
      "Laws of England and Wales",
      "Singapore law",
    ].map((governingLaw) => ({
      // A foreign law still fails, with or without a note (fiftieth review's reading kept it).
      name: `a foreign law: ${governingLaw}`,
      description: withCloud(cloudService({ governingLaw })),
      expected: [{ messageId: "foreignLaw", path: "/cloudServices/0/governingLaw" }],
    })),
    {
      // A law that names no country cannot be judged: asked, never failed as foreign (fiftieth review).
      name: "a governing law that names no country is asked about",
      description: withCloud(cloudService({ governingLaw: "契約書第12条による" })),
      expected: [{ messageId: "lawUnreadable", outcome: "needs-evidence", path: "/cloudServices/0/governingLaw" }],
    },
    {
      // Forty-sixth review: 「不明」 says the governing law is not known, not that it is foreign: asked, not failed.
      name: "governing law written as 不明",
      description: withCloud(cloudService({ governingLaw: "不明" })),
      expected: [{ messageId: "lawUnknown", outcome: "needs-evidence", path: "/cloudServices/0/governingLaw" }],
    },
    {
      name: "location and law not stated",
      description: withCloud(cloudService({ dataLocations: undefined, governingLaw: undefined })),
      expected: [
        { messageId: "locationsUnknown", outcome: "needs-evidence", path: "/cloudServices/0/dataLocations" },
        { messageId: "lawUnknown", outcome: "needs-evidence", path: "/cloudServices/0/governingLaw" },
      ],
    },
    {
      name: "confidentiality not stated",
      description: withCloud(cloudService({ highestConfidentiality: undefined })),
      expected: [{ messageId: "confidentialityUnknown", outcome: "needs-evidence", path: "/cloudServices/0/highestConfidentiality" }],
    },
  ],
};

export default table;

import { socialAccount, withSocial } from "../../../test/support/fixtures-outsourcing.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const table: CheckTable = {
  valid: [
    { name: "responsiblePerson named", description: withSocial(socialAccount()) },
    {
      // A post that supervises the contractor is the municipality's own.
      name: "responsiblePerson is the post that supervises the contractor",
      description: {
        ...withSocial(socialAccount({ responsiblePerson: "企画課長（委託先：阿蘇ウェブ制作の監督）" })),
        vendors: [{ id: "aso-web", name: "阿蘇ウェブ制作株式会社" }],
      },
    },
    {
      name: "responsiblePerson is a post with a note after 「※」 naming the contractor",
      description: {
        ...withSocial(socialAccount({ responsiblePerson: "広報係長 ※投稿作業は阿蘇ウェブ制作株式会社に委託" })),
        vendors: [{ id: "aso-web", name: "阿蘇ウェブ制作株式会社" }],
      },
    },
    ...["秘書広報課長。投稿作業は運用委託先に一任", "業務委託推進課長"].map((responsiblePerson) => ({
      // Sixty-third review: the city's post first, the contractor's work after it; a post whose title says 委託.
      name: `responsiblePerson 「${responsiblePerson}」`,
      description: withSocial(socialAccount({ responsiblePerson })),
    })),
    ...["秘書広報課長 兼 委託先の監督員", "委託先の監督職員（秘書広報課 広報係長）"].map((responsiblePerson) => ({
      // Sixty-fifth and sixty-ninth reviews: the city's post that also supervises the contractor, and the city's
      // supervisor of the contractor, are the city's own.
      name: `responsiblePerson 「${responsiblePerson}」`,
      description: withSocial(socialAccount({ responsiblePerson })),
    })),
    {
      // Sixty-fifth review: the post first, the contractor's work after a slash.
      name: "responsiblePerson 「観光振興課長／投稿代行：委託先」",
      description: withSocial(socialAccount({ responsiblePerson: "観光振興課長／投稿代行：委託先" })),
    },
  ],
  invalid: [
    {
      name: "responsiblePerson explicitly not defined",
      description: withSocial(socialAccount({ responsiblePerson: false })),
      expected: [{ messageId: "notDefined", path: "/socialMediaAccounts/0/responsiblePerson" }],
    },
    {
      // Second auditor review: placeholder text where a reference belongs states that there is none (6(8)); it must not pass.
      name: "responsiblePerson written as 「なし」",
      description: withSocial(socialAccount({ responsiblePerson: "なし" })),
      expected: [{ messageId: "notDefined", path: "/socialMediaAccounts/0/responsiblePerson" }],
    },
    ...["運用委託先（みなみ広報企画）に一任", "受託事業者の業務責任者", "委託先"].map((responsiblePerson) => ({
      // Sixty-second review: the contractor named by its role, or the post handed to it: nobody of the city is named.
      name: `responsiblePerson 「${responsiblePerson}」`,
      description: withSocial(socialAccount({ responsiblePerson })),
      expected: [{ messageId: "notDefined" as const, path: "/socialMediaAccounts/0/responsiblePerson" }],
    })),
    ...["請負業者", "指定管理者", "外注先ディレクター"].map((responsiblePerson) => ({
      // Sixty-third review: a contractor and a designated manager are not the city's own.
      name: `responsiblePerson 「${responsiblePerson}」`,
      description: withSocial(socialAccount({ responsiblePerson })),
      expected: [{ messageId: "notDefined" as const, path: "/socialMediaAccounts/0/responsiblePerson" }],
    })),
    {
      // Sixty-second review: the note hands the post to the contractor; nobody of the city is named.
      name: "responsiblePerson 「未定（委託契約で受託者が兼ねる）」",
      description: withSocial(socialAccount({ responsiblePerson: "未定（委託契約で受託者が兼ねる）" })),
      expected: [{ messageId: "notDefined", path: "/socialMediaAccounts/0/responsiblePerson" }],
    },
    {
      // Fiftieth review: the contractor that runs the account is bound by its contract; the one responsible for the
      // municipality's account is the municipality's own post (6(8)).
      name: "responsiblePerson is a contractor's staff",
      description: {
        ...withSocial(socialAccount({ responsiblePerson: "阿蘇ウェブ制作株式会社 運用担当" })),
        vendors: [{ id: "aso-web", name: "阿蘇ウェブ制作株式会社" }],
      },
      expected: [{ messageId: "heldByVendor", path: "/socialMediaAccounts/0/responsiblePerson", data: { vendor: "aso-web" } }],
    },
    {
      name: "responsiblePerson not stated",
      description: withSocial(socialAccount({ responsiblePerson: undefined })),
      expected: [{ messageId: "unknown", outcome: "needs-evidence", path: "/socialMediaAccounts/0/responsiblePerson" }],
    },
  ],
};

export default table;

import { municipalityDescription } from "../../../test/support/fixtures-organisation.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const table: CheckTable = {
  valid: [
    { name: "established with a contact", description: municipalityDescription() },
    // Thirty-third review: a contact in brackets, or notes after a first note that is a contact, is a contact staff and
    // vendors can use (6(7)); an auditor passes these, whatever the placeholder readings below do.
    ...["（内線 2101）", "情報政策課（内線2101）", "（情報政策課）（平日 8:30–17:15）", "情報政策課・総務課"].map((contact) => ({
      name: `a CSIRT whose contact is 「${contact}」`,
      description: municipalityDescription({ csirt: { established: true, contact } }),
    })),
  ],
  invalid: [
    {
      name: "no CSIRT",
      description: municipalityDescription({ csirt: { established: false } }),
      expected: [{ messageId: "notEstablished", path: "/municipality/csirt/established" }],
    },
    {
      // Second auditor review: a CSIRT whose contact is 「なし」 cannot be reached by staff or vendors (6(7)).
      name: "a CSIRT whose contact is 「なし」",
      description: municipalityDescription({ csirt: { established: true, contact: "なし" } }),
      expected: [{ messageId: "noContact", path: "/municipality/csirt/contact" }],
    },
    {
      // Twenty-seventh review: a note in brackets does not make a placeholder a contact.
      name: "a CSIRT whose contact is 「未定（体制見直し中）」",
      description: municipalityDescription({ csirt: { established: true, contact: "未定（体制見直し中）" } }),
      expected: [{ messageId: "noContact", path: "/municipality/csirt/contact" }],
    },
    {
      // Thirty-second pass: a placeholder written only in brackets is still a placeholder; an auditor reads
      // 「（未定）」 as 「未定」, no contact.
      name: "a CSIRT whose contact is 「（未定）」",
      description: municipalityDescription({ csirt: { established: true, contact: "（未定）" } }),
      expected: [{ messageId: "noContact", path: "/municipality/csirt/contact" }],
    },
    {
      // Thirtieth review: a plan with its year is still no contact.
      name: "a CSIRT whose contact is 「未定（2027年度に設置）」",
      description: municipalityDescription({ csirt: { established: true, contact: "未定（2027年度に設置）" } }),
      expected: [{ messageId: "noContact", path: "/municipality/csirt/contact" }],
    },
    // Thirty-third review: empty brackets name no contact; a run of notes whose first is 「未定」, and a 「・」 list opening
    // with 「未定」, say 未定. A CSIRT nobody can reach is no CSIRT point of contact (6(7)), so an auditor fails each.
    ...["（）", "（　）", "()", "（未定）（令和9年度設置予定）", "（未定・調整中）", "（調整中）"].map((contact) => ({
      name: `a CSIRT whose contact is 「${contact}」`,
      description: municipalityDescription({ csirt: { established: true, contact } }),
      expected: [{ messageId: "noContact", path: "/municipality/csirt/contact" }],
    })),
    {
      name: "established, contact not stated",
      description: municipalityDescription({ csirt: { established: true } }),
      expected: [{ messageId: "contactMissing", outcome: "needs-evidence", path: "/municipality/csirt/contact" }],
    },
    {
      name: "CSIRT not described",
      description: municipalityDescription({ csirt: undefined }),
      expected: [{ messageId: "csirtUnknown", outcome: "needs-evidence", path: "/municipality/csirt" }],
    },
  ],
};

export default table;

import { municipalityDescription } from "../../../test/support/fixtures-organisation.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const table: CheckTable = {
  valid: [{ name: "established with a contact", description: municipalityDescription() }],
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

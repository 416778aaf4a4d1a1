import { description, mynumberSystem, sharedMyNumberTerminals } from "../../../test/support/fixtures.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const factors = (authenticationFactors?: string[]) =>
  mynumberSystem({ terminalGroups: [{ id: "mn-pc", name: "端末", ...(authenticationFactors ? { authenticationFactors } : {}) }] });

const table: CheckTable = {
  valid: [
    {
      // Seventieth review: the terminals of a Government Cloud system written once, with the system whose terminals they
      // are, and a connection; they are judged there, not asked for here.
      name: "a My Number system that lists no terminals, used by another My Number system's terminal group",
      description: sharedMyNumberTerminals(),
    },
    { name: "password and biometric", description: description([factors(["password", "biometric"])]) },
    { name: "IC card and PIN", description: description([factors(["ic-card", "pin"])]) },
  ],
  invalid: [
    {
      name: "password only",
      description: description([factors(["password"])]),
      expected: [{ messageId: "singleFactor", path: "/systems/0/terminalGroups/0/authenticationFactors" }],
    },
    {
      name: "two factors of the same kind are one factor",
      description: description([factors(["password", "pin"])]),
      expected: [{ messageId: "singleFactor", path: "/systems/0/terminalGroups/0/authenticationFactors" }],
    },
    {
      name: "factors not stated",
      description: description([factors()]),
      expected: [{ messageId: "factorsUnknown", outcome: "needs-evidence", path: "/systems/0/terminalGroups/0" }],
    },
    {
      name: "no terminal groups listed",
      description: description([mynumberSystem({ terminalGroups: undefined })]),
      expected: [{ messageId: "noTerminals", outcome: "needs-evidence", path: "/systems/0" }],
    },
  ],
};

export default table;

import { description, lgwanSystem, mynumberSystem, sharedMyNumberTerminals } from "../../../test/support/fixtures.js";
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
    ...[
      [
        "LGWAN PCs",
        lgwanSystem({ terminalGroups: [{ id: "lg-pc", name: "LGWAN端末", authenticationFactors: ["password"] }] }),
        "groupware",
        "lg-pc",
      ],
      [
        "a union's terminals outside 4(1)",
        mynumberSystem({
          id: "kumiai",
          name: "組合の介護保険システム",
          ownerBody: "球磨広域行政組合",
          terminalGroups: [{ id: "kumiai-pc", name: "組合の端末", authenticationFactors: ["password"] }],
        }),
        "kumiai",
        "kumiai-pc",
      ],
      [
        "My Number terminals written under an LGWAN system",
        lgwanSystem({
          id: "kosodate",
          terminalGroups: [{ id: "mn-tanmatsu", name: "マイナンバー系端末", zone: "mynumber", authenticationFactors: ["password"] }],
        }),
        "kosodate",
        "mn-tanmatsu",
      ],
    ].map(([who, user, system, group]) => ({
      // Seventy-first review: terminals judged by nothing here (another zone's, or a body's outside 4(1)) answer nothing:
      // the My Number system that lists none of its own is still asked for them.
      name: `a My Number system that lists no terminals, used only by ${who as string}`,
      description: description(
        [mynumberSystem({ id: "gc-zei", name: "税務システム", terminalGroups: undefined }), user as Record<string, unknown>],
        {
          connections: [
            { id: "use", from: { system, terminalGroup: group }, to: { system: "gc-zei" }, direction: "one-way", transport: "closed-line" },
          ],
        },
      ),
      expected: [{ messageId: "noTerminals" as const, outcome: "needs-evidence" as const, path: "/systems/0" }],
    })),
    {
      name: "no terminal groups listed",
      description: description([mynumberSystem({ terminalGroups: undefined })]),
      expected: [{ messageId: "noTerminals", outcome: "needs-evidence", path: "/systems/0" }],
    },
  ],
};

export default table;

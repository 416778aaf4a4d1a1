import { description, lgwanSystem, mynumberSystem, sharedMyNumberTerminals } from "../../../test/support/fixtures.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const terminals = (group: Record<string, unknown>) =>
  description([mynumberSystem({ terminalGroups: [{ id: "mn-pc", name: "端末", ...group }] })]);

const table: CheckTable = {
  valid: [
    {
      // Seventieth review: the terminals of a Government Cloud system written once, with the system whose terminals they
      // are, and a connection; they are judged there, not asked for here.
      name: "a My Number system that lists no terminals, used by another My Number system's terminal group",
      description: sharedMyNumberTerminals(),
    },
    { name: "registered devices only", description: terminals({ deviceRegistration: true }) },
    {
      name: "LGWAN systems are not judged here",
      description: description([lgwanSystem({ terminalGroups: [{ id: "pc", name: "PC", deviceRegistration: false }] })]),
    },
    { name: "a group placed in another zone is not judged here", description: terminals({ zone: "lgwan", deviceRegistration: false }) },
  ],
  invalid: [
    {
      name: "any device can join",
      description: terminals({ deviceRegistration: false }),
      expected: [{ messageId: "notRegistered", path: "/systems/0/terminalGroups/0/deviceRegistration" }],
    },
    {
      name: "registration not stated",
      description: terminals({}),
      expected: [{ messageId: "registrationUnknown", outcome: "needs-evidence", path: "/systems/0/terminalGroups/0" }],
    },
    {
      name: "no terminal groups listed",
      description: description([mynumberSystem({ terminalGroups: undefined })]),
      expected: [{ messageId: "noTerminals", outcome: "needs-evidence", path: "/systems/0/terminalGroups" }],
    },
  ],
};

export default table;

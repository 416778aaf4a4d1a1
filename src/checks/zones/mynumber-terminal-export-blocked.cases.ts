import { description, lgwanSystem, mynumberSystem, sharedMyNumberTerminals } from "../../../test/support/fixtures.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const terminals = (group: Record<string, unknown>) => mynumberSystem({ terminalGroups: [{ id: "mn-pc", name: "端末", ...group }] });

const table: CheckTable = {
  valid: [
    {
      // Seventieth review: the terminals of a Government Cloud system written once, with the system whose terminals they
      // are, and a connection; they are judged there, not asked for here.
      name: "a My Number system that lists no terminals, used by another My Number system's terminal group",
      description: sharedMyNumberTerminals(),
    },
    { name: "media blocked", description: description([terminals({ externalMedia: "blocked" })]) },
    { name: "registered media only", description: description([terminals({ externalMedia: "registered-only" })]) },
    {
      name: "an LGWAN system is out of scope",
      description: description([lgwanSystem({ terminalGroups: [{ id: "pc", name: "PC", externalMedia: "allowed" }] })]),
    },
    {
      name: "a terminal group that sits in another zone is not judged here",
      description: description([terminals({ zone: "lgwan", externalMedia: "allowed" })]),
    },
  ],
  invalid: [
    {
      name: "media allowed",
      description: description([terminals({ externalMedia: "allowed" })]),
      expected: [{ messageId: "exportAllowed", path: "/systems/0/terminalGroups/0/externalMedia" }],
    },
    {
      name: "setting not stated",
      description: description([terminals({})]),
      expected: [{ messageId: "exportUnknown", outcome: "needs-evidence", path: "/systems/0/terminalGroups/0" }],
    },
    {
      name: "no terminal groups listed",
      description: description([mynumberSystem({ terminalGroups: undefined })]),
      expected: [{ messageId: "noTerminals", outcome: "needs-evidence", path: "/systems/0" }],
    },
  ],
};

export default table;

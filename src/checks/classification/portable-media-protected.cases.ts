import { asset, assetDescription } from "../../../test/support/fixtures-classification.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const media = (portableMedia: Record<string, unknown> | undefined, extra: Record<string, unknown> = {}) =>
  assetDescription([asset({ portableMedia, ...extra })]);

const table: CheckTable = {
  valid: [
    { name: "encrypted media in a locked cabinet", description: media({ used: true, encrypted: true, lockedStorage: true }) },
    { name: "no portable media used", description: media({ used: false }) },
    { name: "C1 data on plain media", description: media({ used: true, encrypted: false }, { confidentiality: "C1" }) },
    { name: "C2 printouts only (form: paper): no portable media to ask about", description: media(undefined, { form: "paper" }) },
  ],
  invalid: [
    {
      name: "unencrypted USB stick",
      description: media({ used: true, encrypted: false, lockedStorage: true }),
      expected: [{ messageId: "safeguardMissing", path: "/systems/0/dataAssets/0/portableMedia/encrypted" }],
    },
    {
      name: "encrypted but storage not stated",
      description: media({ used: true, encrypted: true }),
      expected: [{ messageId: "safeguardUnknown", outcome: "needs-evidence", path: "/systems/0/dataAssets/0/portableMedia" }],
    },
    {
      name: "media use not stated",
      description: media(undefined),
      expected: [{ messageId: "usageUnknown", outcome: "needs-evidence", path: "/systems/0/dataAssets/0" }],
    },
  ],
};

export default table;

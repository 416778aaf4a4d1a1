import { pcs, server, system } from "../../../test/support/fixtures-technical.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const win10 = { name: "Windows 10 Enterprise", version: "22H2", endOfSupport: "2025-10-14" };

const table: CheckTable = {
  valid: [
    { name: "supported OS everywhere", description: system({ terminalGroups: [pcs()], servers: [server()] }) },
    {
      name: "the last day of support is still supported",
      description: system({ servers: [server({ software: [{ name: "Middleware", endOfSupport: "2026-04-01" }] })] }),
    },
    { name: "a provider-run service listing no machines is not applicable", description: system({ hosting: { kind: "cloud-service" } }) },
  ],
  invalid: [
    {
      name: "Windows 10 after October 2025",
      description: system({ terminalGroups: [pcs({ software: [win10] })], servers: [server()] }),
      expected: [{ messageId: "unsupported", path: "/systems/0/terminalGroups/0/software/0/endOfSupport" }],
    },
    {
      name: "end of support not stated",
      description: system({ servers: [server({ software: [{ name: "Database" }] })] }),
      expected: [{ messageId: "supportUnknown", outcome: "needs-evidence", path: "/systems/0/servers/0/software/0/endOfSupport" }],
    },
    {
      name: "software not listed",
      description: system({ servers: [server({ software: undefined })] }),
      expected: [{ messageId: "softwareUnknown", outcome: "needs-evidence", path: "/systems/0/servers/0/software" }],
    },
    {
      name: "neither terminals nor servers listed",
      description: system({}),
      expected: [{ messageId: "machinesUnknown", outcome: "needs-evidence", path: "/systems/0" }],
    },
  ],
};

export default table;

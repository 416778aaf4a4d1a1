import { pcs, server, system } from "../../../test/support/fixtures-technical.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const table: CheckTable = {
  valid: [
    { name: "protected terminals and server", description: system({ terminalGroups: [pcs()], servers: [server()] }) },
    {
      name: "EDR alongside EPP",
      description: system({ servers: [server({ endpointProtection: { epp: true, edr: true, autoUpdate: true } })] }),
    },
    {
      // review §3: an appliance where EPP cannot be installed is not a failure (a declared fact).
      name: "an appliance that cannot run EPP",
      description: system({
        servers: [server({ software: [{ name: "FortiOS 7.4" }], endpointProtection: { epp: false, eppNotInstallable: true } })],
      }),
    },
    {
      // Sixtieth review: 「導入できない」 alone answers both questions (an ESXi host, a router, a network video recorder).
      name: "a device stated unable to run EPP, with nothing else written",
      description: system({
        servers: [server({ software: [{ name: "VMware ESXi 8.0" }], endpointProtection: { eppNotInstallable: true } })],
      }),
    },
    { name: "a provider-run service listing no machines is not applicable", description: system({ hosting: { kind: "cloud-service" } }) },
    {
      // Seventy-seventh review: an LGWAN-ASP's data centre is the provider's; its machines are judged through the provider (6(8)).
      name: "an LGWAN-ASP written as in a data centre, listing no machines",
      description: system({ hosting: { kind: "lgwan-asp" }, physicalSite: { kind: "data-centre" } }),
    },
  ],
  invalid: [
    {
      // Sixty-third review: 「導入できない」 beside epp: false on a general-purpose OS is no reason.
      name: "a Windows server written epp: false and unable to run EPP (WS 2019 written short)",
      description: system({
        servers: [server({ software: [{ name: "WS2019 Std" }], endpointProtection: { epp: false, eppNotInstallable: true } })],
      }),
      expected: [
        {
          messageId: "notInstallableOnGeneralOs",
          outcome: "needs-evidence",
          path: "/systems/0/servers/0/endpointProtection/eppNotInstallable",
        },
      ],
    },
    {
      // Sixty-first review: 「導入できない」 on a Windows server is no reason; it can run EPP. Asked, as when nothing is said.
      name: "a Windows server stated unable to run EPP",
      description: system({
        servers: [server({ software: [{ name: "Windows Server 2022" }], endpointProtection: { eppNotInstallable: true } })],
      }),
      expected: [
        {
          messageId: "notInstallableOnGeneralOs",
          outcome: "needs-evidence",
          path: "/systems/0/servers/0/endpointProtection/eppNotInstallable",
          data: { os: "Windows Server 2022" },
        },
      ],
    },
    {
      name: "a server without EPP",
      description: system({ terminalGroups: [pcs()], servers: [server({ endpointProtection: { epp: false, eppNotInstallable: false } })] }),
      expected: [{ messageId: "noEpp", path: "/systems/0/servers/0/endpointProtection/epp" }],
    },
    {
      name: "signatures updated by hand",
      description: system({ terminalGroups: [pcs({ endpointProtection: { epp: true, autoUpdate: false } })] }),
      expected: [{ messageId: "noAutoUpdate", path: "/systems/0/terminalGroups/0/endpointProtection/autoUpdate" }],
    },
    {
      name: "protection not stated",
      description: system({
        terminalGroups: [pcs({ endpointProtection: undefined })],
        servers: [server({ endpointProtection: { epp: true } })],
      }),
      expected: [
        { messageId: "protectionUnknown", outcome: "needs-evidence", path: "/systems/0/terminalGroups/0/endpointProtection" },
        { messageId: "factUnknown", outcome: "needs-evidence", path: "/systems/0/servers/0/endpointProtection/autoUpdate" },
      ],
    },
    {
      name: "neither terminals nor servers listed",
      description: system({}),
      expected: [{ messageId: "machinesUnknown", outcome: "needs-evidence", path: "/systems/0" }],
    },
    {
      // A data centre housing the city's own equipment is the city's site: its machines are asked for.
      name: "the city's own system housed in a data centre, listing no machines",
      description: system({ hosting: { kind: "data-centre" }, physicalSite: { kind: "data-centre" } }),
      expected: [{ messageId: "machinesUnknown", outcome: "needs-evidence", path: "/systems/0" }],
    },
  ],
};

export default table;

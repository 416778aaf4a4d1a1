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
    ...[
      "Microsoft 365 Apps for enterprise",
      "Microsoft Edge",
      "Google Chrome",
      "Microsoft Defender for Endpoint",
      "新しい Teams",
      "Cisco Webex",
    ].map((name) => ({
      // Sixty-eighth review: a subscription kept on the latest version has no end of support to give; its updates are
      // patching's question.
      name: `${name} without an end of support`,
      description: system({ terminalGroups: [pcs({ software: [{ name }] })] }),
    })),
    {
      // Seventy-third review: a version written as 「最新（自動更新）」 follows the latest; it pins nothing.
      name: "Microsoft Edge with version 「最新（自動更新）」",
      description: system({ terminalGroups: [pcs({ software: [{ name: "Microsoft Edge", version: "最新（自動更新）" }] })] }),
    },
    {
      name: "a product said to be supported continuously (continuousSupport: true)",
      description: system({ servers: [server({ software: [{ name: "ウイルス対策（クラウド管理型）", continuousSupport: true }] })] }),
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
    ...[
      "Windows 10 Pro（Microsoft 365 Business Premium で管理）",
      "Internet Explorer 11（Microsoft Edge の IE モードへ移行中）",
      "Google Chrome（v109 固定、Windows 7 用最終版）",
      "Microsoft Teams（クラシック）",
      "Windows Server 2012 R2（Microsoft Defender for Endpoint 導入）",
      "Microsoft Exchange Server 2016（Microsoft 365 とハイブリッド構成）",
      "Cisco Webex Meetings Server 4.0",
      "Google ChromeOS",
      "Microsoft Edge 44",
    ].map((name) => ({
      // Sixty-ninth review: names that mention a product kept up to date, with a note or a version of their own, are
      // products with an end of support (several long past it).
      name: `「${name}」 without an end of support`,
      description: system({ terminalGroups: [pcs({ software: [{ name }] })] }),
      expected: [
        {
          messageId: "supportUnknown" as const,
          outcome: "needs-evidence" as const,
          path: "/systems/0/terminalGroups/0/software/0/endOfSupport",
        },
      ],
    })),
    {
      // Seventy-first review: the version in its field pins the product (Chrome 109, the last for Windows 7).
      name: "Google Chrome with a version written, without an end of support",
      description: system({ terminalGroups: [pcs({ software: [{ name: "Google Chrome", version: "109" }] })] }),
      expected: [{ messageId: "supportUnknown", outcome: "needs-evidence", path: "/systems/0/terminalGroups/0/software/0/endOfSupport" }],
    },
    ...["109（自動更新を停止）", "自動更新無効", "最新ではない"].map((version) => ({
      // Seventy-fifth review: a version that says updates are stopped pins the product.
      name: `Google Chrome with version 「${version}」`,
      description: system({ terminalGroups: [pcs({ software: [{ name: "Google Chrome", version }] })] }),
      expected: [
        {
          messageId: "supportUnknown" as const,
          outcome: "needs-evidence" as const,
          path: "/systems/0/terminalGroups/0/software/0/endOfSupport",
        },
      ],
    })),
    {
      // A boxed Office with a fixed end of support is asked for it, as any other product.
      name: "Microsoft Office 2016 without an end of support",
      description: system({ terminalGroups: [pcs({ software: [{ name: "Microsoft Office 2016" }] })] }),
      expected: [{ messageId: "supportUnknown", outcome: "needs-evidence", path: "/systems/0/terminalGroups/0/software/0/endOfSupport" }],
    },
    {
      // Said not to be continuous: the name does not override what is written.
      name: "a subscription product written continuousSupport: false without an end of support",
      description: system({ terminalGroups: [pcs({ software: [{ name: "Microsoft 365 Apps", continuousSupport: false }] })] }),
      expected: [{ messageId: "supportUnknown", outcome: "needs-evidence", path: "/systems/0/terminalGroups/0/software/0/endOfSupport" }],
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

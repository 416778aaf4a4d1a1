import { defineCheck } from "../define-check.js";
import { factData, machinesInScope, machinesOf } from "../shared.js";

/**
 * Clause 6(6) names 不正プログラム対策 (malware protection); the guideline makes it concrete:
 * protection software on every terminal and server, with signatures kept current automatically. A provider-run service that lists no machines of its own
 * is judged through the provider (6(8)) and is not applicable.
 */
/** Desktop and server operating systems that run endpoint protection. */
const GENERAL_PURPOSE_OS =
  /windows|\bwin\s*(server|\d)|\bws\s*20\d\d|server\s*20\d\d|linux|ubuntu|red\s*hat|rhel|centos|alma\s*linux|rocky|debian|suse|oracle\s*linux|mac\s*os|macos/iu;

/** The general-purpose OS (Windows, Linux, macOS) among a machine's stated software, by its name as written. */
function generalPurposeOs(machine: { readonly software?: readonly { readonly name: string }[] }): string | undefined {
  return (machine.software ?? []).find((s) => GENERAL_PURPOSE_OS.test(s.name.normalize("NFKC")))?.name;
}

export default defineCheck({
  meta: {
    id: "endpoint-protection",
    area: "technical",
    title: {
      ja: "全ての端末とサーバにウイルス対策ソフトを導入し、定義ファイルを自動更新すること",
      en: "Every terminal and server must run endpoint protection with automatic signature updates",
    },
    clauses: ["6(6)"],
    threats: ["T1"],
    basis: "guideline",
    guideline: "ガイドライン（令和7年3月版）対策基準例「技術的セキュリティ」（不正プログラム対策）",
    severity: "high",
    target: "system",
    applicability: {
      when: machinesInScope,
      condition: {
        ja: "端末群・サーバを記載したシステム、または市の施設で動くシステム",
        en: "systems that list terminal groups or servers, or run on the municipality's premises",
      },
    },
    messages: {
      noEpp: {
        ja: "{{kindJa}} {{machine}} にウイルス対策ソフト（EPP）が導入されていない（導入できない機器であれば eppNotInstallable: true）",
        en: "No endpoint protection (EPP) is installed on {{kindEn}} {{machine}} (for a device that cannot run it, state eppNotInstallable: true)",
      },
      noAutoUpdate: {
        ja: "{{kindJa}} {{machine}} のウイルス対策ソフトは定義ファイルを自動更新しない",
        en: "The endpoint protection of {{kindEn}} {{machine}} does not update its signatures automatically",
      },
      protectionUnknown: {
        ja: "{{kindJa}} {{machine}} の不正プログラム対策（endpointProtection）の記載がない",
        en: "The malware protection (endpointProtection) of {{kindEn}} {{machine}} is not stated",
      },
      notInstallableOnGeneralOs: {
        ja: "{{kindJa}} {{machine}} はウイルス対策ソフト（EPP）を導入できない（eppNotInstallable: true）とされているが、汎用の OS（{{os}}）で動いており、通常は導入できる。導入できない理由（製造元の制限等）を確認できる資料を示すか、導入すること",
        en: "The {{kindEn}} {{machine}} is said to be unable to run endpoint protection (eppNotInstallable: true), but it runs a general-purpose OS ({{os}}), which usually can. Show why it cannot (the maker's restriction, say), or install it",
      },
      factUnknown: {
        ja: "{{kindJa}} {{machine}} の不正プログラム対策について、{{factJa}}（{{fact}}）の記載がない",
        en: "{{factEn}} ({{fact}}) of the malware protection of {{kindEn}} {{machine}} is not stated",
      },
      machinesUnknown: {
        ja: "システム {{system}} の端末群（terminalGroups）とサーバ（servers）の記載がない",
        en: "System {{system}} lists neither terminal groups (terminalGroups) nor servers (servers)",
      },
    },
    remediation: {
      ja: "全ての端末・サーバにウイルス対策ソフトを導入し、定義ファイルを自動で更新させること。更新の状況を管理コンソール等で確認すること",
      en: "Install endpoint protection on every terminal and server, let it update its signatures automatically, and watch the update state from a console",
    },
  },
  *evaluate(system, ctx) {
    if (system.terminalGroups === undefined && system.servers === undefined) {
      yield ctx.needsEvidence("machinesUnknown", [], { system: system.id });
      return;
    }
    for (const { path, machine, data } of machinesOf(system)) {
      const protection = machine.endpointProtection;
      const at = [...path, "endpointProtection"];
      if (protection === undefined) {
        yield ctx.needsEvidence("protectionUnknown", at, data);
        continue;
      }
      // A device stated to be unable to run EPP has none, and no definitions to update (sixtieth review: an ESXi host or a
      // router written eppNotInstallable: true alone was still asked for epp and autoUpdate, at high). Not a machine whose
      // software is a general-purpose OS, which can run it (sixty-first review: Windows PCs and servers went silent).
      if (protection.eppNotInstallable === true && protection.epp !== true) {
        // On a general-purpose OS 「導入できない」 needs its reason (an embedded Windows a vendor locks down, say); asked, not
        // failed, and not asked as if nothing were written (sixty-fifth review: the fail told the writer to add the flag
        // already there).
        const os = generalPurposeOs(machine);
        if (os !== undefined) yield ctx.needsEvidence("notInstallableOnGeneralOs", [...at, "eppNotInstallable"], { ...data, os });
        continue;
      }
      if (protection.epp === undefined) yield ctx.needsEvidence("factUnknown", [...at, "epp"], { ...data, ...factData("epp") });
      else if (!protection.epp) {
        // An appliance that cannot run EPP is not a failure of the municipality; its protection
        // lies in the network around it (boundary-ports-restricted) and the vendor's updates.
        if (protection.eppNotInstallable !== true) yield ctx.fail("noEpp", [...at, "epp"], data);
        continue; // update settings of software that is not there do not matter
      }
      if (protection.autoUpdate === undefined)
        yield ctx.needsEvidence("factUnknown", [...at, "autoUpdate"], { ...data, ...factData("autoUpdate") });
      else if (!protection.autoUpdate) yield ctx.fail("noAutoUpdate", [...at, "autoUpdate"], data);
    }
  },
});

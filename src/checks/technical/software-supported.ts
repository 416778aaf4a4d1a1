import { dateData } from "../../engine/dates.js";
import { withoutBracketNotes } from "../../model/values/common.js";
import { defineCheck } from "../define-check.js";
import { machinesInScope, machinesOf } from "../shared.js";
import { ASKED_BY_MACHINES_CHECK } from "../asked-elsewhere.js";

/**
 * Products delivered as a service that keeps them on the latest version, with no fixed end of support (sixty-eighth
 * review: Microsoft 365 Apps on a correct β′ city's PCs was asked for a date no writer can give). Read from the name
 * when `continuousSupport` is not written; their updates are judged by patching.
 */
const CONTINUOUS =
  /^(?:microsoft\s*365\s*apps(?:\s*for\s*(?:enterprise|business))?|m365\s*apps|office\s*365\s*proplus|microsoft\s*edge(?:\s*for\s*business)?|(?:google\s*)?chrome|(?:microsoft\s*|新しい\s*|new\s*)?teams|zoom(?:\s*workplace)?|(?:cisco\s*)?webex(?:\s*app)?|slack|line\s*works|(?:adobe\s*)?acrobat\s*reader(?:\s*dc)?|microsoft\s*defender(?:\s*antivirus|\s*for\s*endpoint)?)$/iu;

/** Whether a piece of software has no end of support to ask for: said so, or named as such a product. */
function continuouslySupported(software: {
  readonly name: string;
  readonly version?: string;
  readonly continuousSupport?: boolean;
}): boolean {
  // A version written is a version pinned (「Chrome」 109, 「Teams」 classic): asked, unless said to be kept up to date
  // (seventy-first review).
  // A version that says it follows the latest (「最新」「自動更新」) pins nothing (seventy-third review).
  const version = software.version?.normalize("NFKC") ?? "";
  const following =
    /最新|自動更新|latest|evergreen|current/iu.test(version) &&
    !/停止|無効|ではない|でない|しない|せず|なし|止め|off|disabled|not/iu.test(version);
  if (software.continuousSupport === undefined && software.version !== undefined && !following) return false;
  // The whole name, without notes: 「Windows 10 Pro（Microsoft 365 で管理）」 and 「Google Chrome（v109 固定）」 are no such
  // product (sixty-ninth review); nor is one written with a version of its own (「Microsoft Edge 44」).
  const name = software.name.normalize("NFKC").trim();
  return software.continuousSupport ?? (name === withoutBracketNotes(name).trim() && CONTINUOUS.test(name));
}

/**
 * Software past its end of support gets no more security fixes, so program defects (3(2)) stay
 * open for good. No OS or software on a terminal or server may be past its end of support on the
 * evaluation date. Provider-run services that list no machines are not applicable (6(8)).
 */
export default defineCheck({
  meta: {
    id: "software-supported",
    area: "technical",
    title: {
      ja: "サポートが終了したOS・ソフトウェアを使わないこと",
      en: "OS and software in use must be within their vendor support period",
    },
    clauses: ["6(6)"],
    threats: ["T1", "T2"],
    basis: "guideline",
    guideline: "ガイドライン（令和7年3月版）対策基準例「技術的セキュリティ」（コンピュータ及びネットワークの管理、不正プログラム対策）",
    severity: "high",
    target: "system",
    applicability: {
      askedElsewhere: ASKED_BY_MACHINES_CHECK,
      when: machinesInScope,
      condition: {
        ja: "端末群・サーバを記載したシステム、または市の施設で動くシステム",
        en: "systems that list terminal groups or servers, or run on the municipality's premises",
      },
    },
    messages: {
      unsupported: {
        ja: "{{kindJa}} {{machine}} の {{software}} は{{endOfSupportJa}}にサポートが終了している",
        en: "{{software}} on {{kindEn}} {{machine}} went out of support on {{endOfSupportEn}}",
      },
      supportUnknown: {
        ja: "{{kindJa}} {{machine}} の {{software}} のサポート終了日（endOfSupport）の記載がない",
        en: "The end of support (endOfSupport) of {{software}} on {{kindEn}} {{machine}} is not stated",
        remediation: {
          ja: "サポート終了日を記載すること。サポート終了日を定めず常に最新版に更新される製品なら、その旨（continuousSupport: true）を記載すること",
          en: "Give the end of support; for a product with no fixed end that is kept on the latest version, state continuousSupport: true",
        },
      },
      softwareUnknown: {
        ja: "{{kindJa}} {{machine}} に導入しているOS・ソフトウェア（software）の記載がない",
        en: "The OS and software (software) of {{kindEn}} {{machine}} are not listed",
      },
      machinesUnknown: {
        ja: "システム {{system}} の端末群（terminalGroups）とサーバ（servers）の記載がない",
        en: "System {{system}} lists neither terminal groups (terminalGroups) nor servers (servers)",
      },
    },
    remediation: {
      ja: "サポート終了前に後継のバージョンへ移行する計画を立てて実施すること。やむを得ず使い続ける場合は例外措置として承認を得て、ネットワークから隔離する等の代替策を講じること",
      en: "Plan and carry out the move to a supported version before support ends; where that is impossible, get an approved exception and compensate (e.g. isolate the machine)",
    },
  },
  *evaluate(system, ctx) {
    if (system.terminalGroups === undefined && system.servers === undefined) {
      yield ctx.needsEvidence("machinesUnknown", [], { system: system.id });
      return;
    }
    for (const { path, machine, data } of machinesOf(system)) {
      if (machine.software === undefined) {
        yield ctx.needsEvidence("softwareUnknown", [...path, "software"], data);
        continue;
      }
      for (const [j, software] of machine.software.entries()) {
        const label = software.version === undefined ? software.name : `${software.name} ${software.version}`;
        const at = [...path, "software", j, "endOfSupport"];
        if (software.endOfSupport === undefined) {
          if (!continuouslySupported(software)) yield ctx.needsEvidence("supportUnknown", at, { ...data, software: label });
        }
        // The end-of-support date is the last supported day (vendors ship a final fix on it).
        else if (software.endOfSupport < ctx.evaluationDate) {
          yield ctx.fail("unsupported", at, { ...data, software: label, ...dateData("endOfSupport", software.endOfSupport) });
        }
      }
    }
  },
});

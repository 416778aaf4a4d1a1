import { defineCheck } from "../define-check.js";
import { requireTrue } from "../shared.js";

/**
 * Vendor remote maintenance is a door into the system from outside (3(1)) that the municipality
 * controls (6(6)) and holds the vendor to (6(8)): every session approved, authenticated with
 * multiple factors and logged, over a line that stays off the internet.
 *
 * Lines: `closed` and `lgwan` pass. Plain `internet` always fails — the session is then exposed to
 * the whole internet. `internet-vpn` fails for My Number and LGWAN zone systems, because it opens
 * an internet path into zones that 6(3)① and 6(3)② (with 2(12)) keep off the internet; for
 * internet-zone systems, which are internet-connected by definition (2(11)), a VPN with the other
 * three controls is accepted.
 */
export default defineCheck({
  meta: {
    id: "remote-maintenance-controlled",
    area: "technical",
    title: {
      ja: "リモート保守は接続ごとに承認し、多要素認証と記録を行い、インターネットを経由しない回線を使うこと",
      en: "Remote maintenance must be approved per session, use MFA, be logged and run over a line that avoids the internet",
    },
    clauses: ["6(6)", "6(8)", "6(3)①", "6(3)②"],
    threats: ["T1"],
    basis: "guideline",
    guideline: "令和7年3月版 第3編 技術的セキュリティ（システム開発、導入、保守等）・業務委託",
    severity: "high",
    target: "system",
    applicability: { when: (system) => system.remoteMaintenance?.used === true },
    messages: {
      noSessionApproval: {
        ja: "システム {{system}} のリモート保守は接続のたびに承認していない",
        en: "Remote maintenance sessions of system {{system}} are not approved one by one",
      },
      noMfa: {
        ja: "システム {{system}} のリモート保守は多要素認証を使っていない",
        en: "Remote maintenance of system {{system}} does not use multi-factor authentication",
      },
      notLogged: {
        ja: "システム {{system}} のリモート保守の作業が記録されていない",
        en: "Remote maintenance sessions of system {{system}} are not logged",
      },
      internetLine: {
        ja: "システム {{system}} のリモート保守はインターネットを直接経由している",
        en: "Remote maintenance of system {{system}} runs over the plain internet",
      },
      vpnIntoProtectedZone: {
        ja: "システム {{system}}（{{zone}}）のリモート保守はインターネットVPNを経由しており、インターネットと分離すべき領域にインターネットからの経路を作っている",
        en: "Remote maintenance of system {{system}} ({{zone}}) runs over an internet VPN, opening an internet path into a zone that must stay separated from the internet",
      },
      zoneUnknown: {
        ja: "システム {{system}} の領域（zone）が分からず、インターネットVPN による保守を認めてよいか判断できない",
        en: "The zone of system {{system}} is unknown, so whether maintenance over an internet VPN is acceptable cannot be decided",
      },
      factUnknown: {
        ja: "システム {{system}} のリモート保守について {{fact}} が書かれていない",
        en: "System {{system}} does not state {{fact}} of its remote maintenance",
      },
    },
    remediation: {
      ja: "保守回線は閉域網または LGWAN とし、接続は作業ごとに申請・承認してその間だけ開け、多要素認証を求め、操作を記録して確認すること",
      en: "Use a closed line or LGWAN; open the connection only for an approved session, require multi-factor authentication, and log and review the operations",
    },
  },
  *evaluate(system, ctx) {
    const data = { system: system.id };
    const maintenance = system.remoteMaintenance;
    if (maintenance === undefined) return; // not applicable: the engine only runs this when used === true
    yield* requireTrue(
      ctx,
      maintenance,
      ["remoteMaintenance"],
      [
        ["perSessionApproval", "noSessionApproval"],
        ["mfa", "noMfa"],
        ["logged", "notLogged"],
      ],
      "factUnknown",
      data,
    );
    const line = ["remoteMaintenance", "line"];
    switch (maintenance.line) {
      case undefined:
        yield ctx.needsEvidence("factUnknown", line, { ...data, fact: "line" });
        break;
      case "internet":
        yield ctx.fail("internetLine", line, data);
        break;
      case "internet-vpn":
        if (system.zone === undefined) yield ctx.needsEvidence("zoneUnknown", ["zone"], data);
        else if (system.zone !== "internet") yield ctx.fail("vpnIntoProtectedZone", line, { ...data, zone: system.zone });
        break;
      default:
        break; // closed lines and LGWAN stay off the internet
    }
  },
});

import type { RelativePath } from "../define-check.js";
import { defineCheck } from "../define-check.js";
import { contractReading, saysRenewed } from "../holders.js";
import { dateData } from "../../engine/dates.js";

/**
 * The system's side of 6(8): everyone who builds, runs or maintains the system — the vendors in
 * vendorIds and a remote-maintenance vendor — works under a contract, and a contract that names
 * its systems names this one, and whose term (when stated) has not ended. The contract's clauses are judged per vendor
 * (vendor-contract-security-clauses).
 */
export default defineCheck({
  meta: {
    id: "system-vendors-contracted",
    area: "outsourcing",
    title: {
      ja: "システムの構築・運用・保守を委託する事業者とは、そのシステムを対象とする契約を締結すること",
      en: "Every vendor working on a system must do so under a contract that covers the system",
    },
    clauses: ["6(8)"],
    threats: ["T1", "T2"],
    basis: "policy",
    severity: "high",
    target: "system",
    messages: {
      notInContract: {
        ja: "システム {{system}} は委託事業者 {{vendor}} との契約の対象（contract.systems：{{covered}}）に含まれていない",
        en: "System {{system}} is not among the systems of the contract with vendor {{vendor}} (contract.systems: {{covered}})",
      },
      // The contract's term, once the format could say it: a contract that has ended binds the vendor no longer.
      contractEnded: {
        ja: "システム {{system}} を担う委託事業者 {{vendor}} との契約（{{reference}}）は契約期間が {{validUntilJa}} に終わっており、評価の基準日（{{evaluationDateJa}}）に効力のある契約がないまま委託している",
        en: "System {{system}} relies on vendor {{vendor}}, whose contract ({{reference}}) ended on {{validUntilEn}}: on the evaluation date ({{evaluationDateEn}}) no contract in force binds the vendor",
        remediation: {
          ja: "契約を更新するか新たに締結し、更新後の契約期間の終期を委託事業者の契約（contract.validUntil）に記載すること。委託を終えたのなら、システムの委託事業者（vendorIds）から外すこと",
          en: "Renew the contract or sign a new one and give the end of its term (contract.validUntil); if the work has ended, take the vendor off the system's vendorIds",
        },
      },
      // Sixty-seventh review #6: a renewal written in the reference while the term's end is still last year's.
      termNotUpdated: {
        ja: "システム {{system}} を担う委託事業者 {{vendor}} との契約（{{reference}}）は更新・継続したと書かれているが、契約期間の終期（contract.validUntil）は {{validUntilJa}} のままで、評価の基準日（{{evaluationDateJa}}）より前である",
        en: "System {{system}} relies on vendor {{vendor}}, whose contract ({{reference}}) is said to be renewed or continued, but its term's end (contract.validUntil) is still {{validUntilEn}}, before the evaluation date ({{evaluationDateEn}})",
        severity: "medium",
        remediation: {
          ja: "更新後の契約期間の終期を委託事業者の契約（contract.validUntil）に記載し、更新した契約の番号を契約の参照（contract.reference）に記載すること",
          en: "Give the renewed term's end (contract.validUntil) and the renewed contract's reference (contract.reference)",
        },
      },
      noContract: {
        ja: "システム {{system}} を担う委託事業者 {{vendor}} との契約がない（vendors の contract.reference：{{value}}）",
        en: "System {{system}} relies on vendor {{vendor}}, with no contract (contract.reference in vendors: {{value}})",
      },
      // Sixty-ninth review: 「契約番号不明（照会中）」 is a reference the writer does not know, not one left out.
      referenceNotKnown: {
        ja: "システム {{system}} を担う委託事業者 {{vendor}} との契約の番号等が分からないと書かれている（vendors の contract.reference：{{value}}）",
        en: "System {{system}} relies on vendor {{vendor}}, whose contract reference is said to be unknown (contract.reference in vendors: {{value}})",
        severity: "medium",
        remediation: {
          ja: "契約を確かめ、契約番号等を委託事業者の契約（contract.reference）に記載すること",
          en: "Find the contract and give its number or other reference (contract.reference)",
        },
      },
      contractUnknown: {
        ja: "システム {{system}} を担う委託事業者 {{vendor}} との契約（vendors の contract.reference）の記載がない",
        en: "System {{system}} relies on vendor {{vendor}}, whose contract is not described (contract.reference in vendors)",
      },
      // Eighteenth review: without it, no cloud check sees what the service holds.
      cloudServiceUnnamed: {
        ja: "システム {{system}} は外部のクラウドサービス上にある（hosting.kind: cloud-service）が、どのサービスか（hosting.cloudServiceId）の記載がない。サービスの保証・データの保存場所・契約は、そのサービス（cloudServices）で判定する",
        en: "System {{system}} runs on an external cloud service (hosting.kind: cloud-service) but does not name it (hosting.cloudServiceId); the service's assurance, data location and terms are judged on that service (cloudServices)",
        remediation: {
          ja: "利用するクラウドサービスを cloudServices に記載し、その id を hosting.cloudServiceId に書くこと",
          en: "Describe the cloud service in cloudServices and give its id in hosting.cloudServiceId",
        },
      },
      vendorsUnknown: {
        ja: "システム {{system}} の委託事業者（vendorIds）の記載がない。委託していなければ [] と書くこと",
        en: "System {{system}} does not list its vendors (vendorIds); write [] when nothing is outsourced",
      },
      // Eighty-first review: a SaaS whose provider's contract is judged by cloud-contract-in-force; who else works on it
      // (an integrator, a contact centre) is still asked, at medium.
      vendorsUnknownOnService: {
        ja: "クラウドサービスで提供されるシステム {{system}} の、サービスの提供者のほかの委託事業者（vendorIds）の記載がない。ほかに委託していなければ [] と書くこと",
        en: "System {{system}}, provided as a cloud service, does not list vendors besides the provider (vendorIds); write [] when nothing else is outsourced",
        severity: "medium",
      },
    },
    remediation: {
      ja: "委託事業者ごとに情報セキュリティ要件を明記した契約を締結し、委託事業者（vendors）に契約番号（contract.reference）と対象システム（contract.systems）を記録すること",
      en: "Put each vendor under a contract stating security requirements and record its reference (contract.reference) and systems (contract.systems) under vendors",
    },
  },
  *evaluate(system, ctx) {
    if (system.hosting?.kind === "cloud-service" && system.hosting.cloudServiceId === undefined)
      yield ctx.needsEvidence("cloudServiceUnnamed", ["hosting"], { system: system.id });
    const remote = system.remoteMaintenance;
    const remoteVendor = remote?.used !== false ? remote?.vendorId : undefined;
    // Vendors whose contract names the system work on it, where the system lists none (eighty-first review: asked for
    // vendorIds beside a contract that covers it).
    const byContract =
      system.vendorIds === undefined
        ? (ctx.description.vendors ?? []).filter((v) => v.contract?.systems?.includes(system.id) === true).map((v) => v.id)
        : [];
    if (system.vendorIds === undefined && remoteVendor === undefined && byContract.length === 0) {
      const onService = system.hosting?.kind === "cloud-service" && system.hosting.cloudServiceId !== undefined;
      yield ctx.needsEvidence(onService ? "vendorsUnknownOnService" : "vendorsUnknown", ["vendorIds"], { system: system.id });
      return;
    }
    const working: (readonly [string, RelativePath])[] = (system.vendorIds ?? []).map((id, i) => [id, ["vendorIds", i]] as const);
    for (const id of byContract) working.push([id, ["vendorIds"]]);
    // A remote-maintenance vendor missing from vendorIds still works on the system.
    if (remoteVendor !== undefined && !(system.vendorIds ?? []).includes(remoteVendor))
      working.push([remoteVendor, ["remoteMaintenance", "vendorId"]]);
    for (const [id, path] of working) {
      const contract = ctx.index.vendorsById.get(id)?.contract;
      const data = { system: system.id, vendor: id };
      const reading = contract?.reference === undefined ? undefined : contractReading(contract.reference);
      if (contract?.reference === undefined) yield ctx.needsEvidence("contractUnknown", path, data);
      else if (reading === "unknown") yield ctx.needsEvidence("referenceNotKnown", path, { ...data, value: contract.reference });
      else if (reading === "none") yield ctx.fail("noContract", path, { ...data, value: contract.reference });
      else if (contract.validUntil !== undefined && contract.validUntil < ctx.evaluationDate) {
        const ended = {
          ...data,
          reference: contract.reference,
          ...dateData("validUntil", contract.validUntil),
          ...dateData("evaluationDate", ctx.evaluationDate),
        };
        // 「…により更新済み」 beside last term's end: the term was not brought up to date, asked rather than failed.
        if (saysRenewed(contract.reference)) yield ctx.needsEvidence("termNotUpdated", path, ended);
        else yield ctx.fail("contractEnded", path, ended);
      } else if (contract.systems !== undefined && !contract.systems.includes(system.id)) {
        yield ctx.fail("notInContract", path, { ...data, covered: contract.systems.join(", ") || "-" });
      }
    }
  },
});

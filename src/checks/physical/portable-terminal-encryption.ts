import { defineCheck } from "../define-check.js";

/**
 * A lost or stolen laptop must not expose what it holds (6(4), "職員等のパソコン等の管理"):
 * portable terminals encrypt their disks. Systems that list no terminal groups are not applicable.
 */
export default defineCheck({
  meta: {
    id: "portable-terminal-encryption",
    area: "physical",
    title: {
      ja: "持ち運び可能な端末はディスクを暗号化すること",
      en: "Portable terminals must encrypt their disks",
    },
    clauses: ["6(4)"],
    threats: ["T1", "T2"],
    basis: "guideline",
    guideline: "ガイドライン（令和7年3月版）対策基準例「物理的セキュリティ」（職員等の利用する端末や電磁的記録媒体等の管理）",
    severity: "high",
    target: "system",
    applicability: {
      when: (system) => (system.terminalGroups?.length ?? 0) > 0,
      condition: { ja: "端末群を記載したシステム", en: "systems that list terminal groups" },
    },
    messages: {
      notEncrypted: {
        ja: "持ち運び可能な端末群 {{group}} のディスクが暗号化されていない",
        en: "Portable terminal group {{group}} does not encrypt its disks",
      },
      encryptionUnknown: {
        ja: "持ち運び可能な端末群 {{group}} のディスク暗号化（diskEncryption）の記載がない",
        en: "Portable terminal group {{group}} does not state whether disks are encrypted (diskEncryption)",
      },
      portabilityUnknown: {
        ja: "端末群 {{group}} が持ち運び可能か（portable）の記載がない",
        en: "Terminal group {{group}} does not state whether it is portable (portable)",
      },
    },
    remediation: {
      ja: "ノートPC・タブレット等はディスク全体を暗号化（BitLocker 等）し、回復キーを管理者が保管すること",
      en: "Encrypt the whole disk of laptops and tablets (e.g. BitLocker) and keep the recovery keys with the administrators",
    },
  },
  *evaluate(system, ctx) {
    for (const [i, group] of (system.terminalGroups ?? []).entries()) {
      const data = { group: group.id };
      if (group.portable === undefined) yield ctx.needsEvidence("portabilityUnknown", ["terminalGroups", i, "portable"], data);
      else if (group.portable) {
        if (group.diskEncryption === undefined) yield ctx.needsEvidence("encryptionUnknown", ["terminalGroups", i, "diskEncryption"], data);
        else if (!group.diskEncryption) yield ctx.fail("notEncrypted", ["terminalGroups", i, "diskEncryption"], data);
      }
    }
  },
});

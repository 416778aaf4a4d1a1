import { defineCheck } from "../define-check.js";
import { assetsFrom, electronicFromProtect, onPaperOnly } from "../handling.js";

const SAFEGUARDS = [
  { fact: "encrypted", ja: "媒体の暗号化", en: "encryption of the media" },
  { fact: "lockedStorage", ja: "施錠可能な場所での保管", en: "lockable storage" },
] as const;

/** Protected information carried on portable media is encrypted and the media are locked away (6(2)). */
export default defineCheck({
  meta: {
    id: "portable-media-protected",
    area: "classification",
    title: {
      ja: "取扱制限のある情報を電磁的記録媒体で扱うときは、媒体を暗号化し施錠可能な場所に保管すること",
      en: "Portable media carrying protected information must be encrypted and kept in lockable storage",
    },
    description: {
      ja: "ガイドラインの取扱制限では、機密性2以上（プロファイルの handling.protectFrom 以上）の情報を運搬するときは暗号化し、記録した媒体は施錠可能な場所に保管する。",
      en: "The guideline's handling restrictions require information at confidentiality 2 or above (the profile's handling.protectFrom) to be encrypted when carried, and its media kept in lockable storage.",
    },
    clauses: ["6(2)", "4(2)①"],
    threats: ["T1", "T2"],
    basis: "guideline",
    guideline: "ガイドライン（令和7年3月版）対策基準例「情報資産の分類と管理」（情報資産の分類、取扱制限）",
    severity: "high",
    target: "system",
    applicability: electronicFromProtect,
    messages: {
      safeguardMissing: {
        ja: "機密性 {{class}} の情報資産 {{asset}} を電磁的記録媒体で扱っているが、{{safeguard}}がされていない",
        en: "Information asset {{asset}} (confidentiality {{class}}) is carried on portable media without {{safeguardEn}}",
      },
      safeguardUnknown: {
        ja: "情報資産 {{asset}} の電磁的記録媒体について、{{safeguard}}（portableMedia.{{fact}}）の記載がない",
        en: "Information asset {{asset}} does not say whether its portable media have {{safeguardEn}} (portableMedia.{{fact}})",
      },
      usageUnknown: {
        ja: "機密性 {{class}} の情報資産 {{asset}} を電磁的記録媒体で持ち運ぶか（portableMedia.used）の記載がない",
        en: "Information asset {{asset}} (confidentiality {{class}}) does not say whether it is carried on portable media (portableMedia.used)",
      },
    },
    remediation: {
      ja: "媒体を暗号化し（encrypted: true）、使わないときは施錠可能な書庫等に保管すること（lockedStorage: true）。媒体を使わなければその旨（portableMedia.used: false）を記載すること",
      en: "Encrypt the media (encrypted: true) and keep them in lockable storage when not in use (lockedStorage: true); if no media are used, state portableMedia.used: false",
    },
  },
  *evaluate(system, ctx) {
    for (const { asset, index } of assetsFrom(system, ctx.profile, "protectFrom")) {
      if (onPaperOnly(asset)) continue;
      const data = { asset: asset.id, class: asset.confidentiality ?? "" };
      const media = asset.portableMedia;
      if (media?.used === undefined) {
        yield ctx.needsEvidence("usageUnknown", ["dataAssets", index], data);
        continue;
      }
      if (!media.used) continue;
      for (const safeguard of SAFEGUARDS) {
        const value = media[safeguard.fact];
        const about = { ...data, fact: safeguard.fact, safeguard: safeguard.ja, safeguardEn: safeguard.en };
        if (value === undefined) yield ctx.needsEvidence("safeguardUnknown", ["dataAssets", index, "portableMedia"], about);
        else if (!value) yield ctx.fail("safeguardMissing", ["dataAssets", index, "portableMedia", safeguard.fact], about);
      }
    }
  },
});

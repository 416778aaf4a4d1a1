import { defineCheck } from "../define-check.js";
import { contractorHolding, isUnassigned } from "../holders.js";

/** Every information asset has an owner who answers for its class and handling (6(2)). */
export default defineCheck({
  meta: {
    id: "asset-owner-assigned",
    area: "classification",
    title: {
      ja: "情報資産ごとに管理者を定めること",
      en: "Every information asset must have an owner",
    },
    description: {
      ja: "ガイドラインの対策基準例は、情報資産ごとに管理責任を負う者（所属または職）を定め、その者が分類と取扱いを決めることとしている。「未定」「TBD」等は未選任として扱う。",
      en: "The guideline's model standards give every information asset an owner (a department or post) who decides its class and handling. Placeholders such as 未定 or TBD count as nobody assigned.",
    },
    clauses: ["6(2)"],
    threats: ["T2"],
    basis: "guideline",
    guideline: "ガイドライン（令和7年3月版）対策基準例「情報資産の分類と管理」（情報資産の分類、取扱制限）",
    severity: "medium",
    target: "system",
    messages: {
      ownerUnassigned: {
        ja: "情報資産 {{asset}} の管理者が「{{owner}}」となっており、決まっていない",
        en: 'Information asset {{asset}} gives its owner as "{{owner}}", so nobody owns it',
      },
      // Fiftieth review: a vendor written as the owner of an asset passed. The owner who decides the class and handling
      // is the municipality's (the guideline's model standards: the 課室長); a contractor is bound by its contract. Asked,
      // not failed: the text may name the vendor for another reason.
      ownerIsContractor: {
        ja: "情報資産 {{asset}} の管理者（owner）が「{{owner}}」と、委託事業者として書かれている。分類と取扱いを決める管理者は団体の所属・職であり、委託事業者には契約で取扱いを義務付ける。管理者である団体の所属・職を示すこと",
        en: 'Information asset {{asset}} gives its owner (owner) as "{{owner}}", a contractor: the owner who decides an asset\'s class and handling is a department or post of the municipality, and a contractor is bound by its contract. Show the department or post that owns it',
        remediation: {
          ja: "管理者（owner）には団体の所属または職名（例：市民課長）を記載し、委託事業者の取扱いは契約（6(8)）で定めること",
          en: "Give the municipality's department or post in owner (e.g. head of the citizens' division), and set the contractor's handling in its contract (6(8))",
        },
      },
      ownerMissing: {
        ja: "情報資産 {{asset}} の管理者（owner）の記載がない",
        en: "Information asset {{asset}} does not name its owner (owner)",
      },
      assetsUnknown: {
        ja: "システム {{system}} が取り扱う情報資産（dataAssets）の記載がない",
        en: "System {{system}} does not list the information assets it handles (dataAssets)",
      },
    },
    remediation: {
      ja: "情報資産ごとに、管理責任を負う所属または職名（例：市民課長）を管理者（owner）に記載すること",
      en: "State in owner the department or post accountable for each asset (e.g. head of the citizens' division)",
    },
  },
  *evaluate(system, ctx) {
    const assets = system.dataAssets;
    if (assets === undefined) {
      yield ctx.needsEvidence("assetsUnknown", ["dataAssets"], { system: system.id });
      return;
    }
    for (const [i, asset] of assets.entries()) {
      if (asset.owner === undefined) yield ctx.needsEvidence("ownerMissing", ["dataAssets", i, "owner"], { asset: asset.id });
      else if (isUnassigned(asset.owner))
        yield ctx.fail("ownerUnassigned", ["dataAssets", i, "owner"], { asset: asset.id, owner: asset.owner });
      else if (contractorHolding(asset.owner, ctx.description.vendors ?? []) !== undefined)
        yield ctx.needsEvidence("ownerIsContractor", ["dataAssets", i, "owner"], { asset: asset.id, owner: asset.owner });
    }
  },
});

/** Helpers for the class-based handling checks (6(2)). */
import { confidentialityAtLeast } from "../model/values/asset-class.js";
import type { HandlingThreshold } from "../model/check-meta.js";
import type { DataAsset } from "../model/data-asset.js";
import type { Profile } from "../model/profile.js";
import type { System } from "../model/system.js";
import type { Applicability } from "./define-check.js";

/** A data asset with its position in `dataAssets`. */
export interface IndexedAsset {
  readonly asset: DataAsset;
  readonly index: number;
}

/** Whether an asset exists on paper only (`form: paper`): nothing electronic to encrypt, send or carry on media. */
export function onPaperOnly(asset: DataAsset): boolean {
  return asset.form === "paper";
}

/** Whether a system holds an asset at or above a threshold in electronic form (the applicability of the checks of electronic handling). */
export function holdsElectronicFrom(system: System, profile: Profile, threshold: HandlingThreshold): boolean {
  return assetsFrom(system, profile, threshold).some(({ asset }) => !onPaperOnly(asset));
}

/**
 * The applicability of the checks of electronic handling (encryption in transit, portable media):
 * systems holding an asset at or above `handling.protectFrom` that is not on paper only.
 */
export const electronicFromProtect: Applicability<"system"> = {
  confidentialityFrom: "protectFrom",
  when: (system, ctx) => holdsElectronicFrom(system, ctx.profile, "protectFrom"),
  condition: {
    ja: "機密性が取扱制限の下限（handling.protectFrom）以上の情報資産を電磁的記録として持つシステム（紙だけの資産（form: paper）には適用しない）",
    en: "systems holding an asset at or above the class with handling restrictions (handling.protectFrom) in electronic form (not assets on paper only, form: paper)",
  },
};

/** The system's data assets whose confidentiality is at or above a profile threshold; unclassified assets are left to `asset-classified`. */
export function assetsFrom(system: System, profile: Profile, threshold: HandlingThreshold): IndexedAsset[] {
  const floor = profile.handling[threshold];
  // A plain loop: several checks ask this of every system.
  const found: IndexedAsset[] = [];
  const assets = system.dataAssets ?? [];
  for (let index = 0; index < assets.length; index++) {
    const asset = assets[index]!;
    if (asset.confidentiality !== undefined && confidentialityAtLeast(asset.confidentiality, floor)) found.push({ asset, index });
  }
  return found;
}

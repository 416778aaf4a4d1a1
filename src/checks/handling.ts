/** Helpers for the class-based handling checks (6(2)). */
import { confidentialityAtLeast } from "../model/values/asset-class.js";
import type { HandlingThreshold } from "../model/check-meta.js";
import type { DataAsset } from "../model/data-asset.js";
import type { Profile } from "../model/profile.js";
import type { System } from "../model/system.js";

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

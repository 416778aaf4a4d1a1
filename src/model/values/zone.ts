/**
 * The zones as plain data, without zod: the checks, the engine, the report and the command line
 * import them from here, so evaluating valid input builds no schema (issue 18, target 5).
 * `../zone.ts` builds the `Zone` schema from the same list and re-exports all of this.
 */
import type { ClauseId } from "../../policy/clauses.js";
import type { Zone } from "../zone.js";
import type { Bilingual } from "./common.js";

/** The three zones of the three-zone model (三層の対策). */
export const ZONE_IDS = ["mynumber", "lgwan", "internet"] as const;

/** Label and defining clauses of a zone. */
export interface ZoneInfo {
  readonly id: Zone;
  readonly label: Bilingual;
  /** The clauses that define the zone and its measures. */
  readonly clauses: readonly ClauseId[];
}

/** Labels and defining clauses of each zone. */
export const ZONES: Readonly<Record<Zone, ZoneInfo>> = {
  mynumber: {
    id: "mynumber",
    label: { ja: "マイナンバー利用事務系", en: "My Number zone" },
    clauses: ["2(9)", "6(3)①"],
  },
  lgwan: {
    id: "lgwan",
    label: { ja: "LGWAN接続系", en: "LGWAN zone" },
    clauses: ["2(10)", "2(12)", "6(3)②"],
  },
  internet: {
    id: "internet",
    label: { ja: "インターネット接続系", en: "Internet zone" },
    clauses: ["2(11)", "6(3)③"],
  },
};

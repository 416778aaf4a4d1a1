import { z } from "zod";
import { doc } from "./registry.js";
import { MEASURE_AREA_IDS } from "./values/measure-area.js";

export { MEASURE_AREA_IDS, MEASURE_AREAS } from "./values/measure-area.js";

/** A measure area of the policy (clauses 6(1)–6(9), 7 and 8). */
export const MeasureArea = doc(
  z.enum(MEASURE_AREA_IDS),
  "対策の区分（基本方針 6(1)〜6(9)、7、8）",
  "Measure area (policy clauses 6(1)–6(9), 7, 8)",
  "MeasureArea",
);
export type MeasureArea = z.infer<typeof MeasureArea>;

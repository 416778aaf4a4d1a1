import { z } from "zod";
import { doc } from "./registry.js";
import { BUSINESS_FUNCTIONS } from "./values/business-function.js";

export { BUSINESS_FUNCTIONS } from "./values/business-function.js";

/** The business a system serves; some are My Number or family-register affairs (clause 2(9)). */
export const BusinessFunction = doc(
  z.enum(Object.keys(BUSINESS_FUNCTIONS) as [keyof typeof BUSINESS_FUNCTIONS, ...(keyof typeof BUSINESS_FUNCTIONS)[]]),
  "システムが担う業務。resident-records, tax, national-health-insurance, pension, welfare, child-support, disaster-response, family-register は個人番号利用事務・戸籍事務（2(9)）",
  "Business function of the system. resident-records, tax, national-health-insurance, pension, welfare, child-support, disaster-response and family-register are My Number or family-register affairs (2(9))",
  "BusinessFunction",
);
export type BusinessFunction = z.infer<typeof BusinessFunction>;

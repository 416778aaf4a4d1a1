/** The waiver target kinds without zod; `../waiver.ts` builds the schemas and re-exports them. */

/** The kinds of target an exception can name, in the order they are tried. */
export const WAIVER_TARGET_KINDS = ["system", "connection", "vendor", "cloudService", "socialMediaAccount", "municipality"] as const;

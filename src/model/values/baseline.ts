/** The baseline document's version without zod; `../baseline.ts` builds the schemas and re-exports it. */

/** The version of the baseline document's own shape (not of the fingerprints in it). */
export const BASELINE_VERSION = 1;

/** Writes the precompiled description validator (see scripts/precompiled-validator.ts). Run after `npm run gen:schemas`. */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { renderValidator, VALIDATOR_FILE, VALIDATOR_TYPES, VALIDATOR_TYPES_FILE } from "./precompiled-validator.js";

const at = (file: string) => fileURLToPath(new URL(`../${file}`, import.meta.url));
writeFileSync(at(VALIDATOR_FILE), await renderValidator());
writeFileSync(at(VALIDATOR_TYPES_FILE), VALIDATOR_TYPES);

/** Rewrites the generated table of profile sources in docs/profiles.md (see scripts/profile-docs.ts). */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { withProfileSourcesTable } from "./profile-docs.js";

const file = fileURLToPath(new URL("../docs/profiles.md", import.meta.url));
writeFileSync(file, withProfileSourcesTable(readFileSync(file, "utf8")));

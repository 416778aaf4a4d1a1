import { z } from "zod";
import { Id, Text } from "./common.js";
import { doc } from "./registry.js";

export { NATIONAL_SYSTEMS, nationalSystems, normaliseName, resolveNationalSystem } from "./values/national-system.js";
export type { NationalSystemInfo } from "./values/national-system.js";

/** An entry a profile adds to the vocabulary of national systems. */
export const NationalSystemEntry = doc(
  z.strictObject({
    id: doc(Id, "国のシステムの id", "Id of the national system"),
    ja: doc(Text, "日本語の名称", "Japanese name"),
    en: doc(Text, "英語の名称", "English name"),
    aliases: doc(z.array(Text).optional(), "別の書き方（日本語・英字）", "Other spellings (Japanese or ASCII)"),
  }),
  "プロファイルが追加する国のシステム",
  "A national system a profile adds to the vocabulary",
  "NationalSystemEntry",
);
export type NationalSystemEntry = z.infer<typeof NationalSystemEntry>;

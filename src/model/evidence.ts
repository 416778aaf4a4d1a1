import { z } from "zod";
import { fact, Id, IsoDate, Text } from "./common.js";
import { doc } from "./registry.js";

/** A document or record that supports facts in the description. */
export const Evidence = doc(
  z.strictObject({
    id: Id,
    title: doc(Text, "証跡の名称", "Title of the evidence"),
    date: fact(IsoDate, "作成日・取得日", "Date made or obtained"),
    reference: fact(Text, "所在（文書番号、ファイル名、URL）", "Where it is (document number, file name, URL)"),
  }),
  "記述を裏付ける文書・記録",
  "A document or record that supports the description",
  "Evidence",
);
export type Evidence = z.infer<typeof Evidence>;

import { z } from "zod";
import { EvidenceRefs, fact, Id, Text } from "./common.js";
import { doc } from "./registry.js";

/** An official social media account. */
export const SocialMediaAccount = doc(
  z.strictObject({
    id: Id,
    service: doc(Text, "サービス（例：X、LINE、Instagram）", "Service (e.g. X, LINE, Instagram)"),
    account: fact(Text, "アカウント名", "Account name"),
    operatingProcedure: fact(
      z.union([Text, z.literal(false)]),
      "運用手順の参照。定めていなければ false",
      "Reference to the operating procedure; false when none is defined",
    ),
    publishableContent: fact(
      z.union([Text, z.literal(false)]),
      "発信できる情報を定めた文書の参照。定めていなければ false",
      "Reference to the definition of what may be published; false when none is defined",
    ),
    responsiblePerson: fact(
      z.union([Text, z.literal(false)]),
      "アカウントの責任者（職名）。定めていなければ false",
      "Person responsible for the account (post); false when nobody is named",
    ),
    mfa: fact(z.boolean(), "ログインに多要素認証を使うか", "Whether log-in uses multi-factor authentication"),
    takeoverProtection: fact(z.boolean(), "なりすまし・乗っ取り対策をしているか", "Whether impersonation and takeover are guarded against"),
    evidence: EvidenceRefs,
  }),
  "公式ソーシャルメディアアカウント",
  "An official social media account",
  "SocialMediaAccount",
);
export type SocialMediaAccount = z.infer<typeof SocialMediaAccount>;

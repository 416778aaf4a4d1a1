import { z } from "zod";
import { CloudService } from "./cloud-service.js";
import { fact, IsoDate } from "./common.js";
import { Connection } from "./connection.js";
import { Evidence } from "./evidence.js";
import { Municipality } from "./municipality.js";
import { doc } from "./registry.js";
import { SocialMediaAccount } from "./social-media-account.js";
import { System } from "./system.js";
import { Vendor } from "./vendor.js";
import { Waiver } from "./waiver.js";

/**
 * A system description: the input of every evaluation. A municipality's inventory lists all its
 * systems; a vendor's delivery spec is the same document with one system and no municipality.
 */
export const Description = doc(
  z.strictObject({
    $schema: fact(z.string(), "JSON Schema の場所（エディタ用）", "Location of the JSON Schema (for editors)"),
    title: fact(z.string().min(1), "この記述の表題", "Title of this description"),
    evaluationDate: fact(IsoDate, "評価の基準日（省略時は呼び出し側が指定）", "Date to evaluate at (the caller supplies one when omitted)"),
    municipality: fact(Municipality, "団体全体の事実", "Facts about the municipality as a whole"),
    systems: doc(z.array(System), "情報システム", "Information systems"),
    connections: fact(z.array(Connection), "通信経路", "Communication paths"),
    vendors: fact(z.array(Vendor), "委託事業者", "Contractors"),
    cloudServices: fact(z.array(CloudService), "外部サービス（クラウドサービス）", "External (cloud) services"),
    socialMediaAccounts: fact(z.array(SocialMediaAccount), "公式ソーシャルメディアアカウント", "Official social media accounts"),
    evidence: fact(z.array(Evidence), "証跡", "Evidence"),
    waivers: fact(z.array(Waiver), "例外措置", "Exceptions (waivers)"),
  }),
  "人吉市情報セキュリティポリシーに照らして評価するシステム記述。id の重複や存在しない id への参照は parseDescription が検出する（JSON Schema では表現しない）",
  "A system description to evaluate against the Hitoyoshi security policy. Duplicate ids and references to unknown ids are reported by parseDescription (JSON Schema cannot express them)",
  "Description",
);
export type Description = z.infer<typeof Description>;
/** The description as written, before defaults are applied. */
export type DescriptionInput = z.input<typeof Description>;

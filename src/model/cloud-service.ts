import { z } from "zod";
import { ConfidentialityClass } from "./asset-class.js";
import { EvidenceRefs, fact, Id, IsoDate, Text } from "./common.js";
import { doc } from "./registry.js";

export { CLOUD_TERMS_LABELS, DATA_LOCATIONS, GOVERNING_LAWS, vocabularyKey, vocabularyLabel } from "./values/cloud-service.js";
export type { VocabularyEntry } from "./values/cloud-service.js";

/** An external (cloud) service the municipality uses. */
export const CloudService = doc(
  z.strictObject({
    id: Id,
    name: doc(Text, "サービス名", "Service name"),
    provider: fact(Text, "提供事業者", "Provider"),
    terms: fact(
      z.enum(["negotiated", "click-through"]),
      "契約形態：negotiated（個別契約）、click-through（約款による利用）",
      "Terms: negotiated (individual contract) or click-through (standard terms)",
    ),
    registeredInInventory: fact(
      z.boolean(),
      "外部サービスの利用台帳に登録しているか",
      "Whether it is registered in the municipality's inventory of external services",
    ),
    highestConfidentiality: fact(
      ConfidentialityClass,
      "このサービスで扱う情報の最も高い機密性",
      "Highest confidentiality class of the information it handles",
    ),
    ismap: fact(
      z.boolean(),
      "ISMAP に登録されているか（ISMAP-LIU だけの登録なら false とし、その他の保証に「ISMAP-LIU」と書く）",
      "Whether it is ISMAP registered (registered only under ISMAP-LIU: false, with ISMAP-LIU under other assurance)",
    ),
    otherAssurance: fact(z.array(Text), "その他の保証（ISO/IEC 27017 等）", "Other assurance (ISO/IEC 27017…)"),
    dataLocations: fact(
      z.array(Text),
      "データの保存場所。japan（日本国内。「日本国内」「国内」「JP」や国内リージョン名も同じ意味として読む）か国名",
      "Where data is stored: japan (also read from 日本国内, 国内, JP or a Japanese region name) or a country",
    ),
    governingLaw: fact(
      Text,
      "準拠法。japan（日本法。「日本法」「日本」も同じ意味として読む）か国名",
      "Governing law: japan (Japanese law; also read from 日本法 or 日本) or a country",
    ),
    adminMfa: fact(z.boolean(), "管理者アカウントに多要素認証を使うか", "Whether administrator accounts use MFA"),
    exitPlan: fact(z.boolean(), "利用終了時のデータ返還・削除の計画があるか", "Whether an exit plan (data return and deletion) exists"),
    contract: fact(
      z.strictObject({
        reference: fact(Text, "利用契約の参照（契約番号等）", "Reference of the service contract (contract number…)"),
        validUntil: fact(
          IsoDate,
          "契約期間（利用期間）の終期（契約が効力を持つ最後の日）。自動更新・延長した契約は、更新後の終期",
          "The last day of the contract's (subscription's) term, the last day it is in force; for a contract renewed or extended, the end of the current term",
        ),
      }),
      "利用契約（個別契約、または利用期間を定めた申込み）",
      "The service contract (a negotiated contract, or a subscription with a term)",
    ),
    evidence: EvidenceRefs,
  }),
  "外部サービス（クラウドサービス）",
  "An external (cloud) service",
  "CloudService",
);
export type CloudService = z.infer<typeof CloudService>;

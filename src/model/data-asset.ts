import { z } from "zod";
import { AssetScope, AvailabilityClass, ConfidentialityClass, IntegrityClass } from "./asset-class.js";
import { fact, Id, Text } from "./common.js";
import { doc } from "./registry.js";

/** An information asset handled by a system, with its classes and handling facts. */
export const DataAsset = doc(
  z.strictObject({
    id: Id,
    name: doc(Text, "情報資産の名称", "Name of the information asset"),
    scope: fact(AssetScope, "情報資産の範囲（4(2)）。省略時は information", "Asset scope (4(2)); information when omitted"),
    form: fact(
      z.enum(["electronic", "paper", "both"]),
      "情報資産の形態：electronic（電磁的記録）、paper（紙。印刷した文書を含む、4(2)②）、both（両方）。省略時は electronic。紙だけの資産には、送信時の暗号化や電磁的記録媒体のチェックを適用しない",
      "Form of the asset: electronic, paper (printed documents included, 4(2)②) or both; electronic when omitted. Checks of encryption in transit and portable media do not apply to an asset on paper only",
    ),
    owner: fact(Text, "情報資産の管理者（所属または職名）", "Owner of the asset (department or post)"),
    confidentiality: fact(ConfidentialityClass, "機密性の分類", "Confidentiality class"),
    integrity: fact(IntegrityClass, "完全性の分類", "Integrity class"),
    availability: fact(AvailabilityClass, "可用性の分類", "Availability class"),
    personalInformation: fact(z.boolean(), "個人情報を含むか", "Whether it contains personal information"),
    myNumber: fact(
      z.boolean(),
      "特定個人情報（マイナンバーを含む個人情報）か",
      "Whether it is specific personal information (contains My Numbers)",
    ),
    myNumberUse: fact(
      z.enum(["utilisation", "related"]),
      "特定個人情報を扱う事務：utilisation（個人番号利用事務。社会保障・地方税・防災・戸籍の事務で、2(9) のマイナンバー利用事務系に置く）、related（個人番号関係事務。職員の源泉徴収や報酬の支払調書など、事業者として個人番号を扱う事務）。省略時は utilisation",
      "What the My Number data serves: utilisation (個人番号利用事務: social security, local tax, disaster response and family registers, which 2(9) places in the My Number zone) or related (個人番号関係事務: the employer's handling, e.g. staff withholding tax or payment records). utilisation when omitted",
    ),
    encryptedInTransit: fact(
      z.boolean(),
      "送信・提供時に暗号化またはパスワード保護するか",
      "Whether it is encrypted or password-protected when sent or provided",
    ),
    encryptedAtRest: fact(z.boolean(), "保存時に暗号化するか", "Whether it is encrypted at rest"),
    portableMedia: fact(
      z.strictObject({
        used: fact(z.boolean(), "電磁的記録媒体で持ち運ぶか", "Whether it is carried on portable media"),
        encrypted: fact(z.boolean(), "媒体を暗号化するか", "Whether the media are encrypted"),
        lockedStorage: fact(z.boolean(), "媒体を施錠可能な場所に保管するか", "Whether the media are kept in lockable storage"),
      }),
      "電磁的記録媒体での取扱い",
      "Handling on portable media",
    ),
    disposal: fact(
      z.strictObject({
        method: fact(
          z.enum(["irrecoverable", "ordinary"]),
          "廃棄方法：irrecoverable（復元不可能な処理）、ordinary（通常廃棄）",
          "Disposal method: irrecoverable or ordinary",
        ),
        recorded: fact(z.boolean(), "廃棄の記録を残すか", "Whether disposal is recorded"),
      }),
      "廃棄の方法",
      "Disposal",
    ),
    tamperProtection: fact(
      z.enum(["signature", "hash", "access-control", "none"]),
      "改ざん防止の措置：signature（電子署名）、hash（ハッシュ照合）、access-control（アクセス制御のみ）、none",
      "Tamper protection: signature, hash, access-control (access control only) or none",
    ),
    processedOutsideOffice: fact(
      z.boolean(),
      "職員が庁外（出張先・在宅・窓口の出先等）でこの情報を扱うことがあるか。事業者のデータセンターやクラウドでの処理のことではない",
      "Whether staff handle it outside the office (on a visit, at home, at an outpost); not processing in a vendor's data centre or cloud",
    ),
    outsideOfficeSafeguards: fact(
      z.boolean(),
      "庁外処理の安全管理措置を定めているか",
      "Whether safeguards for processing outside the office are defined",
    ),
  }),
  "情報資産（データ）と、その分類・取扱い",
  "An information asset (data) with its classes and handling",
  "DataAsset",
);
export type DataAsset = z.infer<typeof DataAsset>;

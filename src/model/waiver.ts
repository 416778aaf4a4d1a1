import { z } from "zod";
import { Id, IsoDate, Text } from "./common.js";
import { doc } from "./registry.js";

export { WAIVER_TARGET_KINDS } from "./values/waiver.js";

/**
 * What an exception applies to, named by id so that reordering a list never moves it: one system
 * (optionally one of its terminal groups or servers), one connection, vendor, external service or
 * social media account, or the municipality as a whole. List positions and parent paths are not
 * accepted: `/systems` would cover every system, `/systems/1` another system after a reorder.
 */
export const WaiverTarget = doc(
  z.strictObject({
    system: doc(Id.optional(), "対象システムの id", "Id of the system"),
    terminalGroup: doc(Id.optional(), "対象の端末群の id（system と併記）", "Id of a terminal group of that system (with system)"),
    server: doc(Id.optional(), "対象のサーバの id（system と併記）", "Id of a server of that system (with system)"),
    connection: doc(Id.optional(), "対象の通信経路の id", "Id of the connection"),
    vendor: doc(Id.optional(), "対象の委託事業者の id", "Id of the vendor"),
    cloudService: doc(Id.optional(), "対象の外部サービスの id", "Id of the external service"),
    socialMediaAccount: doc(Id.optional(), "対象のソーシャルメディアアカウントの id", "Id of the social media account"),
    municipality: doc(z.literal(true).optional(), "団体全体（municipality）を対象とする", "The municipality as a whole"),
    path: doc(
      z.string().optional(),
      "廃止：JSON ポインタでは指定できない（位置は並べ替えで変わり、親の位置は多くの対象に及ぶ）。id で指定すること",
      "Withdrawn: a JSON pointer is refused (positions move when a list is reordered, and a parent covers many targets); name the target by id",
    ),
  }),
  "例外を適用する対象（id で1つだけ指定する）",
  "What the exception applies to (exactly one target, named by id)",
  "WaiverTarget",
);
export type WaiverTarget = z.infer<typeof WaiverTarget>;

/** An approved exception (例外措置) to one check for one target. */
export const Waiver = doc(
  z.strictObject({
    checkId: doc(z.string().min(1), "対象のチェックの id", "Id of the check waived"),
    target: WaiverTarget,
    reason: doc(Text, "例外とする理由", "Why the exception is needed"),
    compensatingControl: doc(
      Text.optional(),
      "代替措置（例外の間、リスクをどう抑えるか）。マイナンバー利用事務系の基本方針上の対策への例外では必須",
      "Compensating control: how the risk is held down meanwhile. Required for an exception to a policy-level My Number control",
    ),
    requestedBy: doc(Text, "申請者", "Who requested it"),
    approvedBy: doc(
      Text,
      "承認者：プロファイルの exceptions.approverRoles の役割の担当者として municipality.roles に書いた名前と同じ書き方で（申請者と別の者）",
      "Approver: written exactly as the holder of one of the profile's exceptions.approverRoles in municipality.roles (not the requester)",
    ),
    approvedOn: doc(IsoDate, "承認日", "Approval date"),
    expiresOn: doc(
      IsoDate,
      "有効期限（承認日からプロファイルの exceptions.maxTermMonths 以内）",
      "Expiry date (within the profile's exceptions.maxTermMonths of approval)",
    ),
    reference: doc(Text, "決裁番号またはチケット番号", "Decision number or ticket"),
  }),
  "例外措置（承認された一時的な適用除外）",
  "An exception (例外措置): an approved, time-limited waiver of one check",
  "Waiver",
);
export type Waiver = z.infer<typeof Waiver>;

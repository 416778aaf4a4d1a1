import { z } from "zod";
import { IsoDate, Text } from "./common.js";
import { doc } from "./registry.js";

/** An approved exception (例外措置) to one check for one target. */
export const Waiver = doc(
  z.strictObject({
    checkId: doc(z.string().min(1), "対象のチェックの id", "Id of the check waived"),
    target: doc(
      z.strictObject({
        system: doc(z.string().min(1).optional(), "対象システムの id", "Id of the system"),
        path: doc(
          z.string().regex(/^\//, { message: "a JSON pointer starts with '/'" }).optional(),
          "対象の JSON ポインタ（例：/systems/0/connections/1）",
          "JSON pointer of the target (e.g. /systems/0)",
        ),
      }),
      "例外を適用する対象（system と path のどちらか、または両方）",
      "What the exception applies to (system, path or both)",
    ),
    reason: doc(Text, "例外とする理由", "Why the exception is needed"),
    requestedBy: doc(Text, "申請者", "Who requested it"),
    approvedBy: doc(Text, "承認者（申請者と別の者）", "Who approved it (not the requester)"),
    approvedOn: doc(IsoDate, "承認日", "Approval date"),
    expiresOn: doc(IsoDate, "有効期限", "Expiry date"),
    reference: doc(Text, "決裁番号またはチケット番号", "Decision number or ticket"),
  }),
  "例外措置（承認された一時的な適用除外）",
  "An exception (例外措置): an approved, time-limited waiver of one check",
  "Waiver",
);
export type Waiver = z.infer<typeof Waiver>;

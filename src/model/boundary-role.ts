import { z } from "zod";
import { doc } from "./registry.js";

/**
 * Roles of an appliance that stands on the boundary between the LGWAN and internet zones and
 * carries the sanitisation itself (2(12), 2(13)): it legitimately has a network leg in each of
 * the two zones. Nothing may stand across the My Number zone's boundary this way.
 */
export const BOUNDARY_ROLES = {
  "file-sanitiser": { ja: "ファイル無害化装置", en: "file sanitiser" },
  "mail-sanitiser": { ja: "メール無害化装置", en: "mail sanitiser" },
  "screen-transfer": { ja: "画面転送装置（仮想ブラウザ等）", en: "screen-transfer appliance (virtual browser…)" },
} as const satisfies Record<string, { ja: string; en: string }>;

/** The boundary role of a server or system (one of `BOUNDARY_ROLES`). */
export const BoundaryRole = doc(
  z.enum(Object.keys(BOUNDARY_ROLES) as [keyof typeof BOUNDARY_ROLES, ...(keyof typeof BOUNDARY_ROLES)[]]),
  "LGWAN接続系とインターネット接続系の境界で無害化を担う装置の役割：file-sanitiser（ファイル無害化）、mail-sanitiser（メール無害化）、screen-transfer（画面転送）。両領域に接続していても領域の橋渡しとはみなさない",
  "Role of an appliance that sanitises traffic on the boundary between the LGWAN and internet zones: file-sanitiser, mail-sanitiser or screen-transfer; being attached to both zones is then not bridging",
  "BoundaryRole",
);
export type BoundaryRole = z.infer<typeof BoundaryRole>;

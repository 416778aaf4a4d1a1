import { z } from "zod";
import { fact, Id, Text } from "./common.js";
import { EndpointProtection, Patching, Software } from "./endpoint-protection.js";
import { BoundaryRole } from "./boundary-role.js";
import { doc } from "./registry.js";
import { Zone } from "./zone.js";

/** A server (physical or virtual) of a system. */
export const Server = doc(
  z.strictObject({
    id: Id,
    name: doc(Text, "サーバの名称", "Name of the server"),
    role: fact(Text, "役割（DB、AP、ファイル等）", "Role (database, application, file…)"),
    zone: fact(Zone, "サーバが属する領域。省略時はシステムの領域", "Zone of the server; the system's zone when omitted"),
    attachedZones: fact(
      z.array(Zone),
      "サーバがネットワークに接続している全ての領域（2つ以上は領域をまたぐ接続）",
      "Every zone the server has a network interface in (two or more means it bridges zones)",
    ),
    boundaryRole: fact(
      BoundaryRole,
      "LGWAN接続系とインターネット接続系の境界で無害化を担う場合の役割（両領域への接続は橋渡しとみなさない）",
      "Role when it sanitises traffic on the LGWAN–internet boundary (being attached to both zones is then not bridging)",
    ),
    endpointProtection: fact(EndpointProtection, "不正プログラム対策", "Malware protection"),
    patching: fact(Patching, "更新プログラムの適用状況", "Patch state"),
    software: fact(z.array(Software), "OS・ミドルウェア", "OS and middleware"),
  }),
  "システムのサーバ（物理・仮想）",
  "A server (physical or virtual) of the system",
  "Server",
);
export type Server = z.infer<typeof Server>;

import { z } from "zod";
import { fact, Id, Text } from "./common.js";
import { EndpointProtection, Patching, Software } from "./endpoint-protection.js";
import { doc } from "./registry.js";
import { Zone } from "./zone.js";

export {
  AUTH_FACTOR_LABELS,
  DEVICE_AUTHENTICATION_LABELS,
  TERMINAL_ISSUERS,
  WIRELESS_SECURITY_LABELS,
} from "./values/terminal-group.js";

/** Authentication factors a terminal can require. */
export const AuthFactor = doc(
  z.enum(["password", "pin", "biometric", "ic-card", "otp", "certificate"]),
  "認証要素：password、pin、biometric（生体）、ic-card（ICカード）、otp（ワンタイムパスワード）、certificate（電子証明書）",
  "Authentication factor: password, pin, biometric, ic-card, otp (one-time password) or certificate",
  "AuthFactor",
);

export type AuthFactor = z.infer<typeof AuthFactor>;

/** Wireless LAN settings of a terminal group. */
export const Wireless = doc(
  z.strictObject({
    used: fact(z.boolean(), "無線LANを使うか", "Whether wireless LAN is used"),
    security: fact(
      z.enum(["wpa3-enterprise", "wpa2-enterprise", "wpa3-personal", "wpa2-personal", "wep", "open"]),
      "無線LANの方式",
      "Wireless security mode",
    ),
    deviceAuthentication: fact(
      z.enum(["client-certificate", "id-password", "psk", "none"]),
      "端末認証（802.1X）の方式：client-certificate（クライアント証明書）、id-password、psk（共有鍵）、none",
      "Device authentication (802.1X): client-certificate, id-password, psk (pre-shared key) or none",
    ),
  }),
  "無線LANの利用",
  "Wireless LAN use",
  "Wireless",
);
export type Wireless = z.infer<typeof Wireless>;

/** A group of staff terminals that share their settings. */
export const TerminalGroup = doc(
  z.strictObject({
    id: Id,
    name: doc(Text, "端末群の名称", "Name of the terminal group"),
    zone: fact(Zone, "端末が属する領域。省略時はシステムの領域", "Zone the terminals belong to; the system's zone when omitted"),
    attachedZones: fact(
      z.array(Zone),
      "端末がネットワークに接続している全ての領域（2つ以上は領域をまたぐ接続）",
      "Every zone the terminals have a network interface in (two or more means the group bridges zones)",
    ),
    count: fact(z.int().nonnegative(), "台数", "Number of terminals"),
    issuedBy: fact(
      z.enum(["municipality", "vendor", "personal"]),
      "端末の支給元：municipality（市が支給）、vendor（事業者）、personal（私物）",
      "Who issued the terminals: municipality, vendor or personal",
    ),
    portable: fact(z.boolean(), "ノートPC等の持ち運び可能な端末か", "Whether the terminals are portable (laptops, tablets)"),
    externalMedia: fact(
      z.enum(["blocked", "registered-only", "allowed"]),
      "外部記録媒体（USBメモリ等）への書き出し：blocked（不可）、registered-only（登録媒体のみ）、allowed（可）",
      "Export to external media (USB etc.): blocked, registered-only or allowed",
    ),
    authenticationFactors: fact(z.array(AuthFactor), "端末へのログインに必要な認証要素", "Factors required to log on to the terminals"),
    deviceRegistration: fact(
      z.boolean(),
      "登録された端末だけがネットワークに接続できるか",
      "Whether only registered devices can join the network",
    ),
    diskEncryption: fact(z.boolean(), "ディスクを暗号化しているか", "Whether disks are encrypted"),
    takeOutApproval: fact(z.boolean(), "庁外への持ち出しに許可が必要か", "Whether taking terminals out needs approval"),
    screenLockMinutes: fact(z.number().positive(), "自動画面ロックまでの分数", "Minutes until the screen locks automatically"),
    internetAccess: fact(
      z.enum(["none", "screen-transfer", "security-cloud", "direct"]),
      "インターネットの閲覧方法：none（不可）、screen-transfer（画面転送）、security-cloud（セキュリティクラウド経由）、direct（直接）",
      "How the terminals browse the internet: none, screen-transfer, security-cloud (through the security cloud) or direct",
    ),
    endpointProtection: fact(EndpointProtection, "不正プログラム対策", "Malware protection"),
    patching: fact(Patching, "更新プログラムの適用状況", "Patch state"),
    software: fact(z.array(Software), "導入しているOS・ソフトウェア", "Installed OS and software"),
    wireless: fact(Wireless, "無線LANの利用", "Wireless LAN use"),
  }),
  "同じ設定の職員端末のまとまり",
  "A group of staff terminals sharing their settings",
  "TerminalGroup",
);
export type TerminalGroup = z.infer<typeof TerminalGroup>;

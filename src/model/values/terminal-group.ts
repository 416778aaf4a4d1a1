/** Terminal group labels without zod; `../terminal-group.ts` builds the schemas and re-exports these. */
import type { AuthFactor, Wireless } from "../terminal-group.js";
import type { Bilingual } from "./common.js";

/** Labels of the authentication factors, for messages. */
export const AUTH_FACTOR_LABELS: Readonly<Record<AuthFactor, Bilingual>> = {
  password: { ja: "パスワード", en: "password" },
  pin: { ja: "PIN", en: "PIN" },
  biometric: { ja: "生体認証", en: "biometrics" },
  "ic-card": { ja: "ICカード", en: "IC card" },
  otp: { ja: "ワンタイムパスワード", en: "one-time password" },
  certificate: { ja: "電子証明書", en: "certificate" },
};

/** Labels of the wireless security modes (`wireless.security`), for messages. */
export const WIRELESS_SECURITY_LABELS: Readonly<Record<NonNullable<Wireless["security"]>, Bilingual>> = {
  "wpa3-enterprise": { ja: "WPA3-Enterprise", en: "WPA3-Enterprise" },
  "wpa2-enterprise": { ja: "WPA2-Enterprise", en: "WPA2-Enterprise" },
  "wpa3-personal": { ja: "WPA3-Personal（共有パスフレーズ）", en: "WPA3-Personal (shared passphrase)" },
  "wpa2-personal": { ja: "WPA2-Personal（共有パスフレーズ）", en: "WPA2-Personal (shared passphrase)" },
  wep: { ja: "WEP", en: "WEP" },
  open: { ja: "暗号化なし", en: "no encryption" },
};

/** Labels of the wireless device authentication methods (`wireless.deviceAuthentication`), for messages. */
export const DEVICE_AUTHENTICATION_LABELS: Readonly<Record<NonNullable<Wireless["deviceAuthentication"]>, Bilingual>> = {
  "client-certificate": { ja: "クライアント証明書", en: "client certificate" },
  "id-password": { ja: "IDとパスワード", en: "id and password" },
  psk: { ja: "共有鍵", en: "pre-shared key" },
  none: { ja: "端末認証なし", en: "no device authentication" },
};

/** Labels of who issued a terminal group (`issuedBy`), for messages. */
export const TERMINAL_ISSUERS: Readonly<Record<"municipality" | "vendor" | "personal", Bilingual>> = {
  municipality: { ja: "市が支給した端末", en: "municipality-issued terminals" },
  vendor: { ja: "事業者が支給した端末", en: "contractor-issued terminals" },
  personal: { ja: "私物の端末", en: "personal devices" },
};

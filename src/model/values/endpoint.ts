/** The external endpoints without zod; `../endpoint.ts` builds the schema and re-exports these. */
import type { ExternalEndpoint } from "../endpoint.js";
import type { Bilingual } from "./common.js";

/** Well-known networks outside the municipality that a connection can point at. */
export const EXTERNAL_ENDPOINT_IDS = [
  "public-internet",
  "lgwan-network",
  "security-cloud",
  "government-cloud",
  "national-system",
  "vendor-network",
] as const;

/** Labels of the external endpoints. */
export const EXTERNAL_ENDPOINTS: Readonly<Record<ExternalEndpoint, Bilingual>> = {
  "public-internet": { ja: "インターネット", en: "public internet" },
  "lgwan-network": { ja: "LGWAN（LGWAN-ASPを含む）", en: "LGWAN network (incl. LGWAN-ASP)" },
  "security-cloud": { ja: "自治体情報セキュリティクラウド", en: "prefectural security cloud" },
  "government-cloud": { ja: "ガバメントクラウド", en: "Government Cloud" },
  "national-system": { ja: "国のシステム（中間サーバー、住基ネット等）", en: "national systems (intermediate server, Juki-net…)" },
  "vendor-network": { ja: "事業者のネットワーク", en: "vendor network" },
};

/** Short names of the external endpoints, for an end that also names its service (国のシステム「住基ネット」). */
export const EXTERNAL_ENDPOINT_KINDS: Readonly<Record<ExternalEndpoint, { ja: string; en: string }>> = {
  "public-internet": { ja: "インターネット", en: "internet service" },
  "lgwan-network": { ja: "LGWAN", en: "LGWAN service" },
  "security-cloud": { ja: "セキュリティクラウド", en: "security cloud service" },
  "government-cloud": { ja: "ガバメントクラウド", en: "Government Cloud service" },
  "national-system": { ja: "国のシステム", en: "national system" },
  "vendor-network": { ja: "事業者のネットワーク", en: "vendor network" },
};

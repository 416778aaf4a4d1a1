import { z } from "zod";
import { doc } from "./registry.js";
import { EXTERNAL_ENDPOINT_IDS } from "./values/endpoint.js";

export { EXTERNAL_ENDPOINT_IDS, EXTERNAL_ENDPOINT_KINDS, EXTERNAL_ENDPOINTS } from "./values/endpoint.js";

/** An external network a connection can point at (one of `EXTERNAL_ENDPOINT_IDS`). */
export const ExternalEndpoint = doc(
  z.enum(EXTERNAL_ENDPOINT_IDS),
  "外部の接続先：public-internet（インターネット）、lgwan-network（LGWAN・LGWAN-ASP）、security-cloud（自治体情報セキュリティクラウド）、government-cloud（ガバメントクラウド）、national-system（中間サーバー・住基ネット・eLTAX等の国のシステム）、vendor-network（保守事業者のネットワーク）",
  "External endpoint: public-internet, lgwan-network (LGWAN and LGWAN-ASP), security-cloud (prefectural security cloud), government-cloud, national-system (intermediate server, Juki-net, eLTAX…), vendor-network (maintenance vendor)",
  "ExternalEndpoint",
);
export type ExternalEndpoint = z.infer<typeof ExternalEndpoint>;

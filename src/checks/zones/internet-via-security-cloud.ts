import type { FlowPlace } from "../../policy/flow-policy.js";
import { defineCheck } from "../define-check.js";
import { hasHopIn, linkFindings, linkMessages } from "../links.js";

/** Links between the internet zone and the public internet. */
const domain = (from: FlowPlace, to: FlowPlace) =>
  (from === "internet" && to === "public-internet") || (from === "public-internet" && to === "internet");

/**
 * The municipality's internet traffic is aggregated through the prefectural security cloud
 * (6(3)③). Residents reaching a provider's service (a SaaS system) is the provider's traffic, not
 * the municipality's, and is not judged here.
 */
export default defineCheck({
  meta: {
    id: "internet-via-security-cloud",
    area: "zones",
    title: {
      ja: "インターネット接続系とインターネットとの通信は自治体情報セキュリティクラウドを経由すること",
      en: "Traffic between the internet zone and the internet must pass through the prefectural security cloud",
    },
    description: {
      ja: "インターネット接続系とインターネットとの間の接続を方向ごとに判定し、自治体情報セキュリティクラウドを経由しない通信を報告する（6(3)③：熊本県及び本市のインターネットとの通信の集約）。事業者のクラウドサービス（hosting: cloud-service）に住民がインターネットから直接アクセスする通信は本市のインターネット通信ではないため対象としない。",
      en: "Judges each direction of a link between the internet zone and the public internet and reports traffic that bypasses the prefectural security cloud (6(3)③: the prefecture's and the city's internet traffic is aggregated). Residents reaching a provider's cloud service (hosting: cloud-service) directly is not the city's internet traffic and is not judged here.",
    },
    clauses: ["6(3)③"],
    threats: ["T1"],
    basis: "policy",
    severity: "high",
    target: "connection",
    applicability: {
      when: (connection, ctx) => hasHopIn(connection, ctx.index, domain),
      condition: {
        ja: "インターネット接続系とインターネットの間の経路を含む接続",
        en: "connections with a hop between the internet zone and the internet",
      },
    },
    messages: linkMessages("bypassesSecurityCloud", "viaUnknown"),
    remediation: {
      ja: "インターネットとの通信を自治体情報セキュリティクラウドに集約し、接続の経由先にセキュリティクラウドを記載すること（via: [security-cloud]）",
      en: "Aggregate internet traffic through the prefectural security cloud and list security-cloud in via",
    },
  },
  evaluate: (connection, ctx) => linkFindings(connection, ctx, domain),
});

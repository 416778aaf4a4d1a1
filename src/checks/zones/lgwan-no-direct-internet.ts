import type { DescriptionIndex } from "../../engine/description-index.js";
import type { Connection, NodeRef } from "../../model/connection.js";
import { defineCheck } from "../define-check.js";
import { refLabel, zoneOfRef } from "../shared.js";

const isPublicInternet = (end: NodeRef) => "external" in end && end.external === "public-internet";

/** Whether the connection joins an LGWAN-zone system or terminal group straight to the public internet. */
function lgwanToInternet(connection: Connection, index: DescriptionIndex): boolean {
  const { from, to } = connection;
  return (zoneOfRef(from, index) === "lgwan" && isPublicInternet(to)) || (zoneOfRef(to, index) === "lgwan" && isPublicInternet(from));
}

/**
 * The LGWAN zone has no route of its own to the internet (2(12), 6(3)②). The one exception is the
 * α' model's local breakout (guideline 令和6年10月): outbound only, to allow-listed destinations,
 * with tenant restriction, logged. Paths through other systems are judged by the path checks.
 */
export default defineCheck({
  meta: {
    id: "lgwan-no-direct-internet",
    area: "zones",
    title: {
      ja: "LGWAN接続系をインターネットに直接接続しないこと（α'モデルの許可されたローカルブレイクアウトを除く）",
      en: "The LGWAN zone must not connect directly to the internet, except through an α' allow-listed local breakout",
    },
    clauses: ["6(3)②", "2(12)"],
    threats: ["T1"],
    basis: "policy",
    guideline: "令和6年10月版（α'モデルのローカルブレイクアウト）",
    severity: "critical",
    target: "connection",
    applicability: { when: (connection, ctx) => lgwanToInternet(connection, ctx.index) },
    messages: {
      directInternet: {
        ja: "接続 {{connection}}（{{from}} → {{to}}）は {{model}} モデルで LGWAN接続系をインターネットに直接つないでいる",
        en: "Connection {{connection}} ({{from}} → {{to}}) joins the LGWAN zone directly to the internet under the {{model}} model",
      },
      inboundBreakout: {
        ja: "接続 {{connection}}（{{from}} → {{to}}）はインターネットから LGWAN接続系への通信で、ローカルブレイクアウトにはあたらない",
        en: "Connection {{connection}} ({{from}} → {{to}}) comes from the internet into the LGWAN zone, which is no local breakout",
      },
      breakoutNotAllowListed: {
        ja: "ローカルブレイクアウト {{connection}} の宛先が許可リスト（destinationAllowList）で限定されていない",
        en: "Local breakout {{connection}} is not limited to an allow-list of destinations (destinationAllowList)",
      },
      breakoutNoTenantRestriction: {
        ja: "ローカルブレイクアウト {{connection}} にテナント制限がない（tenantRestriction）",
        en: "Local breakout {{connection}} has no tenant restriction (tenantRestriction)",
      },
      breakoutNotLogged: {
        ja: "ローカルブレイクアウト {{connection}} の通信を記録していない（logged）",
        en: "Local breakout {{connection}} is not logged (logged)",
      },
      breakoutUnknown: {
        ja: "ローカルブレイクアウト {{connection}} の {{fact}} が書かれていない",
        en: "Local breakout {{connection}} does not state {{fact}}",
      },
    },
    remediation: {
      ja: "LGWAN接続系からのインターネット利用は画面転送等の無害化を経由させること。α'モデルでは、許可した宛先・テナント制限・通信の記録を備えたローカルブレイクアウトに限ること",
      en: "Route LGWAN-zone internet use through sanitisation such as screen transfer; under α', allow only local breakouts with a destination allow-list, tenant restriction and logging",
    },
  },
  *evaluate(connection, ctx) {
    const model = ctx.profile.networkModel;
    const data = { connection: connection.id, from: refLabel(connection.from), to: refLabel(connection.to), model };
    if (model !== "alpha-prime") {
      yield ctx.fail("directInternet", [], data);
      return;
    }
    if (isPublicInternet(connection.from)) {
      yield ctx.fail("inboundBreakout", [], data);
      return;
    }
    const allowList = connection.destinationAllowList;
    if (allowList === undefined) yield ctx.needsEvidence("breakoutUnknown", [], { ...data, fact: "destinationAllowList" });
    else if (allowList.length === 0) yield ctx.fail("breakoutNotAllowListed", ["destinationAllowList"], data);
    if (connection.tenantRestriction === undefined) yield ctx.needsEvidence("breakoutUnknown", [], { ...data, fact: "tenantRestriction" });
    else if (!connection.tenantRestriction) yield ctx.fail("breakoutNoTenantRestriction", ["tenantRestriction"], data);
    if (connection.logged === undefined) yield ctx.needsEvidence("breakoutUnknown", [], { ...data, fact: "logged" });
    else if (!connection.logged) yield ctx.fail("breakoutNotLogged", ["logged"], data);
  },
});

import type { DescriptionIndex } from "../../engine/description-index.js";
import type { Connection } from "../../model/connection.js";
import { defineCheck } from "../define-check.js";
import { refLabel, zoneOfRef } from "../shared.js";

function crossesLgwanInternet(connection: Connection, index: DescriptionIndex): boolean {
  const zones = new Set([zoneOfRef(connection.from, index), zoneOfRef(connection.to, index)]);
  return zones.has("lgwan") && zones.has("internet");
}

/** The LGWAN–internet path is split; anything that crosses it is sanitised (2(12), 2(13), 6(3)②). */
export default defineCheck({
  meta: {
    id: "lgwan-internet-sanitised",
    area: "zones",
    title: {
      ja: "LGWAN接続系とインターネット接続系の間の通信は無害化通信とすること",
      en: "Traffic between the LGWAN and internet zones must be sanitised",
    },
    clauses: ["6(3)②", "2(12)", "2(13)"],
    threats: ["T1"],
    basis: "policy",
    severity: "critical",
    target: "connection",
    applicability: { when: (connection, ctx) => crossesLgwanInternet(connection, ctx.index) },
    messages: {
      notSanitised: {
        ja: "接続 {{connection}}（{{from}} → {{to}}）は無害化せずに LGWAN接続系とインターネット接続系をつないでいる",
        en: "Connection {{connection}} ({{from}} → {{to}}) joins the LGWAN and internet zones without sanitisation",
      },
      sanitisationUnknown: {
        ja: "接続 {{connection}} の無害化の方式（sanitisation）が書かれていない",
        en: "Connection {{connection}} does not state how it is sanitised (sanitisation)",
      },
      screenTransferRequired: {
        ja: "{{model}} モデルでは、インターネット接続系の端末から LGWAN接続系の業務システムへは画面転送で接続すること（接続 {{connection}}）",
        en: "Under the {{model}} model, internet-zone terminals reach LGWAN business systems only by screen transfer (connection {{connection}})",
      },
    },
    remediation: {
      ja: "メール本文のテキスト化、画面転送、ファイル無害化などの無害化を経由させ、sanitisation に記載すること",
      en: "Route the traffic through sanitisation (mail text conversion, screen transfer, file sanitisation) and state it in sanitisation",
    },
  },
  *evaluate(connection, ctx) {
    const data = { connection: connection.id, from: refLabel(connection.from), to: refLabel(connection.to) };
    const methods = connection.sanitisation;
    if (methods === undefined) {
      yield ctx.needsEvidence("sanitisationUnknown", [], data);
      return;
    }
    if (methods.length === 0) {
      yield ctx.fail("notSanitised", ["sanitisation"], data);
      return;
    }
    const model = ctx.profile.networkModel;
    const intoLgwan = zoneOfRef(connection.from, ctx.index) === "internet" && zoneOfRef(connection.to, ctx.index) === "lgwan";
    if (
      (model === "beta" || model === "beta-prime") &&
      intoLgwan &&
      "terminalGroup" in connection.from &&
      !methods.includes("screen-transfer")
    ) {
      yield ctx.fail("screenTransferRequired", ["sanitisation"], { ...data, model });
    }
  },
});

import type { Description } from "../../model/description.js";
import { defineCheck } from "../define-check.js";

/** Ways of browsing that keep the LGWAN–internet split intact. */
const SPLIT = new Set(["none", "screen-transfer"]);

/**
 * Staff PCs are usually described once (e.g. under groupware) and shared by every LGWAN system, so
 * a system without terminal groups only needs evidence when no LGWAN terminals are described at all.
 */
const describesLgwanTerminals = (description: Description) =>
  description.systems.some((system) => (system.terminalGroups ?? []).some((group) => (group.zone ?? system.zone) === "lgwan"));

/** Under α and α', LGWAN terminals browse the internet only through screen transfer (6(3)②, 2(12), 2(13)). */
export default defineCheck({
  meta: {
    id: "lgwan-terminal-browsing",
    area: "zones",
    title: {
      ja: "LGWAN接続系の端末からのインターネット閲覧は画面転送によること",
      en: "LGWAN-zone terminals must browse the internet only through screen transfer",
    },
    description: {
      ja: "α・α'モデルでは職員端末は LGWAN接続系にあり、インターネット接続系との通信経路は分割される（6(3)②、2(12)）。閲覧は画面転送（2(13) の無害化通信の例）に限られ、直接の閲覧も、セキュリティクラウド経由であっても端末から直接インターネットへ出ることも経路の分割を破る。α'のローカルブレイクアウトは特定のクラウドサービスへの接続であり閲覧ではないため、接続のチェックで判定する。",
      en: "Under α and α' staff terminals sit in the LGWAN zone and the path to the internet zone is split (6(3)②, 2(12)). Browsing is limited to screen transfer (an example of sanitised communication, 2(13)); browsing directly, or straight from the terminal through the security cloud, breaks the split. α' local breakout reaches specific cloud services, not the web, and is judged by the connection checks.",
    },
    clauses: ["6(3)②", "2(12)", "2(13)"],
    threats: ["T1"],
    basis: "policy",
    severity: "critical",
    target: "system",
    applicability: {
      zones: ["lgwan"],
      networkModels: ["alpha", "alpha-prime"],
      when: (system, ctx) => system.terminalGroups !== undefined || !describesLgwanTerminals(ctx.description),
    },
    messages: {
      browsesWithoutSplit: {
        ja: "LGWAN接続系の端末群 {{group}} がインターネットを {{access}} で閲覧しており、通信経路が分割されていない",
        en: "LGWAN-zone terminal group {{group}} browses the internet via {{access}}, so the path is not split",
      },
      accessUnknown: {
        ja: "端末群 {{group}} のインターネット閲覧方法（internetAccess）が書かれていない",
        en: "Terminal group {{group}} does not state how it browses the internet (internetAccess)",
      },
      noTerminals: {
        ja: "システム {{system}} にも他のシステムにも LGWAN接続系の端末群（terminalGroups）が書かれていない",
        en: "Neither system {{system}} nor any other system lists LGWAN-zone terminal groups (terminalGroups)",
      },
    },
    remediation: {
      ja: "インターネットの閲覧は、インターネット接続系の仮想ブラウザ等からの画面転送に切り替えること（internetAccess: screen-transfer）。閲覧が不要なら none とすること",
      en: "Move browsing to screen transfer from a virtual browser in the internet zone (internetAccess: screen-transfer), or to none where no browsing is needed",
    },
  },
  *evaluate(system, ctx) {
    const groups = system.terminalGroups;
    if (groups === undefined) {
      yield ctx.needsEvidence("noTerminals", ["terminalGroups"], { system: system.id });
      return;
    }
    for (const [i, group] of groups.entries()) {
      if ((group.zone ?? system.zone) !== "lgwan") continue;
      if (group.internetAccess === undefined) yield ctx.needsEvidence("accessUnknown", ["terminalGroups", i], { group: group.id });
      else if (!SPLIT.has(group.internetAccess)) {
        yield ctx.fail("browsesWithoutSplit", ["terminalGroups", i, "internetAccess"], { group: group.id, access: group.internetAccess });
      }
    }
  },
});

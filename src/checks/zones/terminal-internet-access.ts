import { partZone, terminalAccessLink } from "../../engine/network-graph.js";
import type { Description } from "../../model/description.js";
import { NETWORK_MODELS } from "../../model/values/network-model.js";
import { ZONES } from "../../model/values/zone.js";
import { type Hop, judgeLink } from "../../policy/flow-policy.js";
import { defineCheck } from "../define-check.js";
import { boundaryClauses, problemClauses } from "../links.js";
import { flowContextOf } from "../paths.js";

/** How terminals use the internet, in words. */
const ACCESS_LABELS = {
  none: { ja: "利用しない", en: "none" },
  "screen-transfer": { ja: "画面転送で", en: "by screen transfer" },
  "security-cloud": { ja: "セキュリティクラウド経由で直接", en: "directly through the security cloud" },
  direct: { ja: "直接", en: "directly" },
} as const;

/**
 * Staff PCs are usually described once (e.g. under groupware) and shared by every LGWAN system, so
 * under α and α' a system without terminal groups only needs evidence when no LGWAN terminals are
 * described at all.
 */
const describesLgwanTerminals = (description: Description) =>
  description.systems.some((system) => (system.terminalGroups ?? []).some((group) => partZone(group, system.zone) === "lgwan"));

/**
 * A terminal group's internet access is a link from its zone, judged by the flow table like any
 * connection: direct access from the My Number or LGWAN zone is denied; LGWAN terminals going
 * straight to the security cloud still break the split; internet-zone terminals (β) reach the
 * internet only through the security cloud; screen transfer into the internet zone is the
 * sanitised way for LGWAN terminals.
 */
export default defineCheck({
  meta: {
    id: "terminal-internet-access",
    area: "zones",
    title: {
      ja: "端末のインターネット利用は、端末の領域に応じて領域間の通信可否表に従うこと",
      en: "Terminals must use the internet only as the flow table allows for their zone",
    },
    description: {
      ja: "端末群のインターネットの利用方法（internetAccess）を、端末の領域からの通信として領域間の通信可否表で判定する。マイナンバー利用事務系の端末はインターネットを利用できない（画面転送も不可）。α・α'モデルの LGWAN接続系の端末は画面転送に限り、直接の閲覧もセキュリティクラウドへの直接の接続も通信経路の分割を破る（α'のローカルブレイクアウトは特定のクラウドサービスへの接続であり閲覧ではないため、接続として判定する）。β・β'モデルのインターネット接続系の端末は自治体情報セキュリティクラウドを経由すること。",
      en: "Judges each terminal group's internet access (internetAccess) as traffic from the terminals' zone by the flow table. My Number zone terminals have no internet access (not even by screen transfer). Under α and α', LGWAN-zone terminals browse only by screen transfer; browsing directly, or straight to the security cloud, breaks the split (an α' local breakout reaches specific cloud services, not the web, and is judged as a connection). Internet-zone terminals (β, β') reach the internet through the prefectural security cloud.",
    },
    clauses: ["6(3)①", "6(3)②", "6(3)③", "2(12)", "2(13)"],
    threats: ["T1"],
    basis: "policy",
    severity: "critical",
    target: "system",
    applicability: {
      when: (system, ctx) =>
        system.terminalGroups !== undefined ||
        (system.zone === "lgwan" &&
          (ctx.profile.networkModel === "alpha" || ctx.profile.networkModel === "alpha-prime") &&
          !describesLgwanTerminals(ctx.description)),
      condition: {
        ja: "端末群を記載したシステム（α・α'モデルでLGWAN接続系の端末群がどこにも記載されていなければ、LGWAN接続系のシステムも）",
        en: "systems that list terminal groups (under the α or α' model, also LGWAN-zone systems when no LGWAN terminals are described anywhere)",
      },
    },
    messages: {
      accessNotPermitted: {
        ja: "{{zoneJa}}の端末群 {{group}} はインターネットを{{accessJa}}利用しており、{{modelJa}}の領域間の通信可否表で認められていない",
        en: "Terminal group {{group}} in the {{zoneEn}} uses the internet {{accessEn}}, which the flow table of {{modelEn}} does not permit",
      },
      bypassesSecurityCloud: {
        ja: "インターネット接続系の端末群 {{group}} はインターネットに直接接続しており、{{cloud}}を経由していない",
        en: "Internet-zone terminal group {{group}} reaches the internet directly, not through {{cloud}}",
        severity: "high",
      },
      accessUnknown: {
        ja: "端末群 {{group}}（{{zoneJa}}）のインターネットの利用方法（internetAccess）の記載がない",
        en: "Terminal group {{group}} ({{zoneEn}}) does not state how it uses the internet (internetAccess)",
      },
      noTerminals: {
        ja: "システム {{system}} にも他のシステムにも LGWAN接続系の端末群（terminalGroups）の記載がない",
        en: "Neither system {{system}} nor any other system lists LGWAN-zone terminal groups (terminalGroups)",
      },
    },
    remediation: {
      ja: "マイナンバー利用事務系の端末はインターネットを利用しないこと（internetAccess: none）。LGWAN接続系の端末は仮想ブラウザ等からの画面転送に限ること（screen-transfer）。インターネット接続系の端末はセキュリティクラウドを経由させること（security-cloud）",
      en: "My Number terminals use no internet (internetAccess: none); LGWAN-zone terminals browse only by screen transfer from a virtual browser (screen-transfer); internet-zone terminals go through the security cloud (security-cloud)",
    },
  },
  *evaluate(system, ctx) {
    const groups = system.terminalGroups;
    if (groups === undefined) {
      yield ctx.needsEvidence("noTerminals", ["terminalGroups"], { system: system.id });
      return;
    }
    const model = NETWORK_MODELS[ctx.profile.networkModel];
    for (const [i, group] of groups.entries()) {
      const zone = partZone(group, system.zone);
      if (zone === undefined) continue; // zone-declared asks for it
      const zoneLabel = ZONES[zone].label;
      const data = { group: group.id, zoneJa: zoneLabel.ja, zoneEn: zoneLabel.en };
      if (group.internetAccess === undefined) {
        // The zone's boundary with the internet: ① for My Number terminals, ② for LGWAN, ③ for the internet zone.
        yield { ...ctx.needsEvidence("accessUnknown", ["terminalGroups", i], data), clauses: boundaryClauses(zone, "public-internet") };
        continue;
      }
      const access = terminalAccessLink(group);
      if (access === undefined) continue;
      const hop: Hop = { from: zone, to: access.to, link: access.link, forward: true };
      const verdict = judgeLink(hop, flowContextOf(ctx));
      if (verdict.status === "ok") continue;
      const path = ["terminalGroups", i, "internetAccess"];
      const label = ACCESS_LABELS[group.internetAccess];
      const clauses = [...new Set(verdict.problems.flatMap((p) => problemClauses(p, hop)))];
      if (verdict.problems.some((p) => p.reason === "bypasses-security-cloud")) {
        yield { ...ctx.fail("bypassesSecurityCloud", path, { ...data, cloud: ctx.profile.securityCloud }), clauses };
      } else {
        const draft = ctx.fail("accessNotPermitted", path, {
          ...data,
          accessJa: label.ja,
          accessEn: label.en,
          modelJa: model.ja,
          modelEn: model.en,
        });
        yield { ...draft, clauses };
      }
    }
  },
});

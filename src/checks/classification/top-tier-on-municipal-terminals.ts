import { TERMINAL_ISSUERS } from "../../model/values/terminal-group.js";
import { defineCheck } from "../define-check.js";
import { ASKED_BY_TERMINALS_CHECK } from "../asked-elsewhere.js";
import { ownedByOtherPublicBody, terminalGroupsUsing } from "../shared.js";
import type { System } from "../../model/system.js";

/** The message data of a terminal group of another issuer on a system holding top-tier information. */
function issuerData(group: string, issuer: keyof typeof TERMINAL_ISSUERS, system: string, threshold: string) {
  return { group, issuer, issuerJa: TERMINAL_ISSUERS[issuer].ja, issuerEn: TERMINAL_ISSUERS[issuer].en, system, threshold };
}

/** Top-tier information is handled only on terminals the municipality issued (6(2)). */
export default defineCheck({
  meta: {
    id: "top-tier-on-municipal-terminals",
    area: "classification",
    title: {
      ja: "最上位の機密性の情報は市が支給した端末でのみ取り扱うこと",
      en: "Top-tier confidential information must be handled only on municipality-issued terminals",
    },
    description: {
      ja: "ガイドラインの取扱制限では、機密性3（プロファイルの handling.municipalTerminalsFrom 以上）の情報は支給以外の端末で作業しない。該当する情報資産を持つシステムの端末群すべての支給元を確かめる。",
      en: "The guideline's handling restrictions keep confidentiality-3 information (the profile's handling.municipalTerminalsFrom or above) off terminals the municipality did not issue. This checks who issued every terminal group of a system holding such an asset.",
    },
    clauses: ["6(2)"],
    threats: ["T1", "T2"],
    basis: "guideline",
    guideline: "ガイドライン（令和7年3月版）対策基準例「情報資産の分類と管理」（情報資産の分類、取扱制限）",
    severity: "high",
    target: "system",
    applicability: {
      confidentialityFrom: "municipalTerminalsFrom",
      askedElsewhere: ASKED_BY_TERMINALS_CHECK,
    },
    messages: {
      notMunicipal: {
        ja: "端末群 {{group}} は{{issuerJa}}（{{issuer}}）だが、機密性 {{threshold}} 以上の情報を扱うシステム {{system}} を使っている",
        en: "Terminal group {{group}} consists of {{issuerEn}} ({{issuer}}) but uses system {{system}}, which holds information at confidentiality {{threshold}} or above",
      },
      issuerUnknown: {
        ja: "端末群 {{group}} の支給元（issuedBy）の記載がない",
        en: "Terminal group {{group}} does not state who issued it (issuedBy)",
      },
      // Fifty-fourth review: under β' the terminals are written once, with the internet zone's LAN, and reach the SaaS
      // holding C3 data by a connection; a private PC doing so passed on the SaaS's empty list.
      connectedNotMunicipal: {
        ja: "接続 {{connection}} で、{{issuerJa}}（{{issuer}}）の端末群 {{group}}（{{owner}}）が、機密性 {{threshold}} 以上の情報を扱うシステム {{system}} を使っている",
        en: "Over connection {{connection}}, terminal group {{group}} of {{owner}}, made of {{issuerEn}} ({{issuer}}), uses system {{system}}, which holds information at confidentiality {{threshold}} or above",
      },
      // Fifty-sixth review: the same link written between the systems, not from the terminal group: a system whose only
      // terminals are private or a vendor's reaches the C3 system. Whether its terminals reach the C3 information is asked.
      connectedSystemNotMunicipal: {
        ja: "接続 {{connection}} で、端末群がすべて市の支給でない（{{groupsJa}}）システム {{systems}} が、機密性 {{threshold}} 以上の情報を扱うシステム {{system}} とつながっている。これらの端末から {{system}} の情報を扱えないことを示すこと",
        en: "Over connection {{connection}}, system {{systems}}, whose terminal groups are none of them municipality-issued ({{groupsEn}}), is connected to system {{system}}, which holds information at confidentiality {{threshold}} or above; show that those terminals cannot handle {{system}}'s information",
      },
      // A missing list, often of terminals another system's entry already describes (Government Cloud systems share
      // them): asked for at medium, not as a suspected breach (seventh review).
      noTerminals: {
        ja: "システム {{system}} を使う端末群（terminalGroups）の記載がない",
        en: "System {{system}} lists no terminal groups (terminalGroups)",
        severity: "medium",
      },
    },
    remediation: {
      ja: "事業者端末や私物端末からの利用をやめ、市が支給・管理する端末（issuedBy: municipality）に限ること",
      en: "Stop access from vendor or personal devices and allow only terminals the municipality issues and manages (issuedBy: municipality)",
    },
  },
  *evaluate(system, ctx) {
    const groups = system.terminalGroups;
    const threshold = ctx.profile.handling.municipalTerminalsFrom;
    // Terminals of other systems that use this one over a connection are its terminals too. One finding per terminal
    // group, naming every connection it uses, in an order that does not depend on the order of the lists.
    const reached = new Map<string, { owner: string; group: string; issuedBy: "vendor" | "personal"; connections: string[] }>();
    const using = terminalGroupsUsing(system, ctx.index);
    // Another public body's equipment outside 4(1) (a 広域連合's lent counter terminals) is governed by its own policy,
    // not by the city's handling rule (seventy-second review). Read only when a connection asks.
    const inScope = (other: System | undefined) => other !== undefined && !ownedByOtherPublicBody(other, ctx);
    for (const { connection, owner, group } of using) {
      if (!inScope(owner)) continue;
      // Whichever end is written first: C3 data reaching private terminals is the same exposure (fifty-sixth review).
      if (group.issuedBy === undefined || group.issuedBy === "municipality") continue;
      const key = `${owner.id}\u0000${group.id}`;
      const entry = reached.get(key) ?? { owner: owner.id, group: group.id, issuedBy: group.issuedBy, connections: [] };
      if (!entry.connections.includes(connection.id)) entry.connections.push(connection.id);
      reached.set(key, entry);
    }
    // A link written between the systems: the other system's terminals, when none of them is the municipality's.
    const linkedSystems = new Map<string, string[]>();
    for (const { connection } of ctx.index.connectionsBySystem.get(system.id) ?? []) {
      for (const [end, other] of [
        [connection.from, connection.to],
        [connection.to, connection.from],
      ] as const) {
        if (!("system" in end) || end.terminalGroup !== undefined || end.server !== undefined || end.system === system.id) continue;
        if (!("system" in other) || other.system !== system.id) continue;
        const ids = linkedSystems.get(end.system) ?? [];
        if (!ids.includes(connection.id)) ids.push(connection.id);
        linkedSystems.set(end.system, ids);
      }
    }
    for (const id of [...linkedSystems.keys()].sort()) {
      if (!inScope(ctx.index.systemsById.get(id)?.system)) continue;
      // By id, so the message does not depend on the order the groups are listed in.
      const groups = [...(ctx.index.systemsById.get(id)?.system.terminalGroups ?? [])].sort((a, b) =>
        a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
      );
      if (groups.length === 0 || groups.some((g) => g.issuedBy === "municipality" || g.issuedBy === undefined)) continue;
      yield ctx.needsEvidence("connectedSystemNotMunicipal", [], {
        connection: (linkedSystems.get(id) ?? []).sort().join(", "),
        // `systems` is shown by name, as `system` is.
        systems: id,
        groupsJa: groups.map((g) => `${g.id}：${TERMINAL_ISSUERS[g.issuedBy as keyof typeof TERMINAL_ISSUERS].ja}`).join("、"),
        groupsEn: groups.map((g) => `${g.id}: ${TERMINAL_ISSUERS[g.issuedBy as keyof typeof TERMINAL_ISSUERS].en}`).join(", "),
        system: system.id,
        threshold,
      });
    }
    for (const key of [...reached.keys()].sort()) {
      const { owner, group, issuedBy, connections } = reached.get(key) as NonNullable<ReturnType<typeof reached.get>>;
      yield ctx.fail("connectedNotMunicipal", [], {
        connection: connections.sort().join(", "),
        owner,
        ...issuerData(group, issuedBy, system.id, threshold),
      });
    }
    if (groups === undefined) {
      // A SaaS whose terminals are written as the connections of another system's groups (sixty-eighth review: β′ staff
      // PCs reaching the payroll SaaS): those groups are its terminals, judged above; nothing left to ask.
      if (using.length === 0) yield ctx.needsEvidence("noTerminals", ["terminalGroups"], { system: system.id });
      return;
    }
    for (const [i, group] of groups.entries()) {
      if (group.issuedBy === undefined) yield ctx.needsEvidence("issuerUnknown", ["terminalGroups", i], { group: group.id });
      else if (group.issuedBy !== "municipality") {
        yield ctx.fail("notMunicipal", ["terminalGroups", i, "issuedBy"], issuerData(group.id, group.issuedBy, system.id, threshold));
      }
    }
  },
});

import type { Description } from "../model/description.js";
import type { InputErrorCode } from "./catalogue.js";
import type { LocalizedText } from "../model/finding.js";
import type { InputIssue } from "./errors.js";
import { toPointer } from "../engine/json-pointer.js";
import { suggest } from "./suggest.js";
import { clip } from "../engine/text.js";
import { waiverRuleIssues } from "./waiver-rules.js";

type Path = (string | number)[];

/** How many dangling references get a "did you mean" and a list of existing ids. */
const SUGGESTED_REFERENCES = 100;

/**
 * Rules JSON Schema cannot express: ids unique in their list, references pointing at something
 * that exists, exceptions approved by someone other than the requester.
 */
/** What a system described elsewhere may carry: what names and places it. */
const DESCRIBED_ELSEWHERE_KEYS: ReadonlySet<string> = new Set([
  "id",
  "name",
  "describedElsewhere",
  "zone",
  "ownerBody",
  "department",
  "hosting",
  "owner",
  "administrator",
  "businessFunctions",
]);

/** What a terminal group of a system described elsewhere may carry: what names it (fifteenth review). */
const GROUP_NAME_KEYS: ReadonlySet<string> = new Set(["id", "name", "count", "zone"]);

/** How {@link crossReferenceIssues} reads a description. */
export interface CrossReferenceOptions {
  /**
   * `false`: leave references to ids out, for a description that is one file of a run whose files
   * are joined; they are judged on the joined description, where another file may hold the id.
   */
  readonly references?: boolean;
}

export function crossReferenceIssues(description: Description, options: CrossReferenceOptions = {}): InputIssue[] {
  const issues: InputIssue[] = [];
  const push = (path: Path, code: InputErrorCode, message: LocalizedText, hint?: LocalizedText, related?: string) =>
    issues.push({
      path,
      pointer: toPointer(path),
      code,
      message,
      ...(hint === undefined ? {} : { hint }),
      ...(related === undefined ? {} : { related }),
    });

  const unique = (items: readonly { id: string }[] | undefined, path: Path, what: LocalizedText): Set<string> => {
    const seen = new Map<string, number>();
    (items ?? []).forEach((item, i) => {
      const first = seen.get(item.id);
      if (first !== undefined) {
        push(
          [...path, i, "id"],
          "duplicate-id",
          {
            ja: `${what.ja}の id "${clip(item.id, 80, "ja")}" が重複している（${toPointer([...path, first])} と同じ）`,
            en: `Duplicate ${what.en} id "${clip(item.id)}" (also at ${toPointer([...path, first])})`,
          },
          { ja: "id を一意にすること", en: "Give each entry its own id" },
          // The first entry's id, so the command line can give its line (seventy-ninth review).
          toPointer([...path, first, "id"]),
        );
      } else seen.set(item.id, i);
    });
    return new Set(seen.keys());
  };
  /** Reports `id` unless it is in `ids`; `list` names where it should be, e.g. `vendors`. */
  // Suggestions and lists of known ids are made for the first few dangling references only: no one
  // reads more, and thousands of them must not cost thousands of scans of every id.
  let suggestionsLeft = SUGGESTED_REFERENCES;
  const firstIds = new WeakMap<ReadonlySet<string>, string>();
  const reference = (ids: ReadonlySet<string>, id: string, path: Path, what: LocalizedText, list: string | LocalizedText) => {
    if (ids.has(id) || options.references === false) return;
    const where = typeof list === "string" ? { ja: list, en: list } : list;
    const close = suggestionsLeft-- > 0 ? suggest(id, ids) : undefined;
    // A long list helps nobody: show the first few.
    let known = firstIds.get(ids);
    if (known === undefined) {
      const first: string[] = [];
      for (const existing of ids) {
        if (first.length === 10) break;
        first.push(clip(existing, 40));
      }
      known = first.join(", ") + (ids.size > 10 ? ", …" : "");
      firstIds.set(ids, known);
    }
    push(
      path,
      "dangling-reference",
      { ja: `${what.ja} "${clip(id, 80, "ja")}" が ${where.ja} にない`, en: `${what.en} "${clip(id)}" is not in ${where.en}` },
      close !== undefined
        ? { ja: `"${close}" の誤りではないか`, en: `Did you mean "${close}"?` }
        : ids.size === 0
          ? { ja: `${where.ja} に追加すること（今は空）`, en: `Add it to ${where.en} (now empty)` }
          : {
              ja: `${where.ja} に追加するか、正しい id を書くこと（あるもの：${known}）`,
              en: `Add it to ${where.en} or correct the id (existing: ${known})`,
            },
    );
  };
  /** Where the parts of one system are listed, e.g. the terminal groups of system "x". */
  const within = (system: string, field: string, what: LocalizedText): LocalizedText => ({
    ja: `システム "${clip(system, 80, "ja")}" の ${field}（${what.ja}）`,
    en: `the ${what.en}s of system "${clip(system)}" (${field})`,
  });

  const systemIds = unique(description.systems, ["systems"], { ja: "システム", en: "system" });
  const vendorIds = unique(description.vendors, ["vendors"], { ja: "事業者", en: "vendor" });
  const cloudIds = unique(description.cloudServices, ["cloudServices"], { ja: "クラウドサービス", en: "cloud service" });
  const evidenceIds = unique(description.evidence, ["evidence"], { ja: "証跡", en: "evidence" });
  unique(description.connections, ["connections"], { ja: "接続", en: "connection" });
  unique(description.socialMediaAccounts, ["socialMediaAccounts"], { ja: "アカウント", en: "account" });

  const evidenceRefs = (refs: readonly string[] | undefined, path: Path) =>
    refs?.forEach((ref, i) => reference(evidenceIds, ref, [...path, "evidence", i], { ja: "証跡", en: "Evidence" }, "evidence"));

  const terminalGroups = new Map<string, Set<string>>();
  const servers = new Map<string, Set<string>>();
  // A system described elsewhere is only the other end of links: its zone (and what places it), not its own
  // measures, which no check would read (fourteenth review: a bridged, USB-open system passed silently).
  description.systems.forEach((system, s) => {
    if (system.describedElsewhere !== true) return;
    // Terminal groups may be named (for the links that start at them) but carry no facts of their own.
    const namedGroups = (system.terminalGroups ?? []).every((group) => Object.keys(group).every((key) => GROUP_NAME_KEYS.has(key)));
    const own = Object.keys(system).filter((key) => !DESCRIBED_ELSEWHERE_KEYS.has(key) && !(key === "terminalGroups" && namedGroups));
    if (own.length > 0) {
      // Inside a terminal group, the first fact of its own is where the user has to look (twenty-ninth review).
      const groups = system.terminalGroups ?? [];
      const g = own[0] === "terminalGroups" ? groups.findIndex((group) => Object.keys(group).some((key) => !GROUP_NAME_KEYS.has(key))) : -1;
      const groupKey = g === -1 ? undefined : Object.keys(groups[g] as object).find((key) => !GROUP_NAME_KEYS.has(key));
      push(
        groupKey === undefined ? ["systems", s, own[0] as string] : ["systems", s, "terminalGroups", g, groupKey],
        "described-elsewhere-facts",
        {
          ja: `システム ${clip(system.id, 80, "ja")} は別の記述に記載する（describedElsewhere: true）としているが、そのシステム自身の事実（${own.join(", ")}）も書かれている`,
          en: `System ${clip(system.id)} is described elsewhere (describedElsewhere: true) but carries facts of its own (${own.join(", ")})`,
        },
        {
          ja: "この記述で判定するなら describedElsewhere を外すこと。別の記述に任せるなら、ここには名前と領域（id・name・zone、所管・業務・hosting、端末群の id・name・count・zone）だけを書くこと",
          en: "To have this description judge it, remove describedElsewhere; to leave it to the other description, write only what names and places it here (id, name, zone, owner and business fields, hosting, terminal groups' id, name, count and zone)",
        },
      );
    }
    if (system.zone === undefined) {
      push(
        ["systems", s],
        "missing-field",
        {
          ja: `別の記述に記載するシステム ${clip(system.id, 80, "ja")} の領域（zone）の記載がない。接続はその領域で判定する`,
          en: `System ${clip(system.id)}, described elsewhere, does not state its zone; its links are judged by it`,
        },
        { ja: "zone を書くこと（mynumber、lgwan、internet）", en: "Write its zone (mynumber, lgwan or internet)" },
      );
    }
  });
  description.systems.forEach((system, s) => {
    const base: Path = ["systems", s];
    unique(system.dataAssets, [...base, "dataAssets"], { ja: "情報資産", en: "data asset" });
    terminalGroups.set(system.id, unique(system.terminalGroups, [...base, "terminalGroups"], { ja: "端末群", en: "terminal group" }));
    servers.set(system.id, unique(system.servers, [...base, "servers"], { ja: "サーバ", en: "server" }));
    system.vendorIds?.forEach((id, i) => reference(vendorIds, id, [...base, "vendorIds", i], { ja: "事業者", en: "Vendor" }, "vendors"));
    if (system.remoteMaintenance?.vendorId !== undefined) {
      reference(
        vendorIds,
        system.remoteMaintenance.vendorId,
        [...base, "remoteMaintenance", "vendorId"],
        { ja: "事業者", en: "Vendor" },
        "vendors",
      );
    }
    if (system.hosting?.cloudServiceId !== undefined) {
      reference(
        cloudIds,
        system.hosting.cloudServiceId,
        [...base, "hosting", "cloudServiceId"],
        { ja: "クラウドサービス", en: "Cloud service" },
        "cloudServices",
      );
    }
    evidenceRefs(system.evidence, base);
  });

  description.connections?.forEach((connection, c) => {
    for (const end of ["from", "to"] as const) {
      const ref = connection[end];
      if (!("system" in ref)) continue;
      const path: Path = ["connections", c, end];
      reference(systemIds, ref.system, [...path, "system"], { ja: "システム", en: "System" }, "systems");
      if (ref.terminalGroup !== undefined && systemIds.has(ref.system)) {
        reference(
          terminalGroups.get(ref.system) ?? new Set(),
          ref.terminalGroup,
          [...path, "terminalGroup"],
          { ja: "端末群", en: "Terminal group" },
          within(ref.system, "terminalGroups", { ja: "端末群", en: "terminal group" }),
        );
      }
      if (ref.server !== undefined && systemIds.has(ref.system)) {
        reference(
          servers.get(ref.system) ?? new Set(),
          ref.server,
          [...path, "server"],
          { ja: "サーバ", en: "Server" },
          within(ref.system, "servers", { ja: "サーバ", en: "server" }),
        );
      }
    }
    evidenceRefs(connection.evidence, ["connections", c]);
  });

  description.municipality?.bcp?.coveredSystems?.forEach((id, i) =>
    reference(systemIds, id, ["municipality", "bcp", "coveredSystems", i], { ja: "システム", en: "System" }, "systems"),
  );
  evidenceRefs(description.municipality?.evidence, ["municipality"]);
  for (const key of ["audits", "selfInspections", "drills"] as const) {
    description.municipality?.[key]?.forEach((activity, i) => evidenceRefs(activity.evidence, ["municipality", key, i]));
  }
  description.vendors?.forEach((vendor, i) => {
    evidenceRefs(vendor.evidence, ["vendors", i]);
    vendor.contract?.systems?.forEach((id, j) =>
      reference(systemIds, id, ["vendors", i, "contract", "systems", j], { ja: "システム", en: "System" }, "systems"),
    );
  });
  description.cloudServices?.forEach((service, i) => evidenceRefs(service.evidence, ["cloudServices", i]));
  description.socialMediaAccounts?.forEach((account, i) => evidenceRefs(account.evidence, ["socialMediaAccounts", i]));

  description.waivers?.forEach((waiver, i) => {
    for (const issue of waiverRuleIssues(waiver, ["waivers", i])) issues.push(issue);
    if (waiver.target.system !== undefined) {
      reference(systemIds, waiver.target.system, ["waivers", i, "target", "system"], { ja: "システム", en: "System" }, "systems");
    }
  });
  return issues;
}

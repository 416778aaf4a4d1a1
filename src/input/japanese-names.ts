import { BOUNDARY_ROLES } from "../model/boundary-role.js";
import { BUSINESS_FUNCTIONS } from "../model/values/business-function.js";
import { CLOUD_TERMS_LABELS } from "../model/values/cloud-service.js";
import { SANITISATION_METHODS } from "../model/values/connection.js";
import { EXTERNAL_ENDPOINTS } from "../model/values/endpoint.js";
import { BCP_SCENARIO_LABELS } from "../model/values/municipality.js";
import { NETWORK_MODELS } from "../model/values/network-model.js";
import { SECURITY_ROLES, STAFF_CATEGORIES } from "../model/values/organisation.js";
import {
  AUTH_FACTOR_LABELS,
  DEVICE_AUTHENTICATION_LABELS,
  TERMINAL_ISSUERS,
  WIRELESS_SECURITY_LABELS,
} from "../model/values/terminal-group.js";
import { TRANSPORTS } from "../model/values/transport.js";
import { CONTRACT_CLAUSE_LABELS } from "../model/values/vendor.js";
import { ZONES } from "../model/values/zone.js";

/**
 * The Japanese names of the descriptions' coded values (zones, transports, authentication
 * factors…), for a hint when someone writes the name where the code belongs:
 * `zone: マイナンバー利用事務系` → write `mynumber`.
 */

/** Width, case and spacing folded, and a parenthetical left off: 防災（被災者支援） is also 防災. */
const fold = (text: string) => text.normalize("NFKC").toLowerCase().replace(/\s+/g, "");
const bare = (text: string) => fold(text).replace(/\(.*\)$/, "");

let names: Map<string, string[]> | undefined;

function table(): Map<string, string[]> {
  if (names !== undefined) return names;
  names = new Map();
  const tables: Readonly<Record<string, unknown>>[] = [
    Object.fromEntries(Object.entries(ZONES).map(([id, zone]) => [id, zone.label])),
    BOUNDARY_ROLES,
    BUSINESS_FUNCTIONS,
    CLOUD_TERMS_LABELS,
    SANITISATION_METHODS,
    EXTERNAL_ENDPOINTS,
    BCP_SCENARIO_LABELS,
    NETWORK_MODELS,
    SECURITY_ROLES,
    STAFF_CATEGORIES,
    AUTH_FACTOR_LABELS,
    DEVICE_AUTHENTICATION_LABELS,
    TERMINAL_ISSUERS,
    WIRELESS_SECURITY_LABELS,
    TRANSPORTS,
    CONTRACT_CLAUSE_LABELS,
  ];
  for (const entries of tables) {
    for (const [id, entry] of Object.entries(entries)) {
      const ja = (entry as { ja?: unknown }).ja;
      if (typeof ja !== "string") continue;
      for (const key of new Set([fold(ja), bare(ja)])) {
        const ids = names.get(key) ?? [];
        if (!ids.includes(id)) ids.push(id);
        names.set(key, ids);
      }
    }
  }
  return names;
}

/**
 * The one allowed value whose Japanese name `received` is, if any: the code to write instead.
 * Only text with a character outside ASCII is looked up (codes are ASCII).
 */
export function codeForJapaneseName(received: string, allowed: readonly string[]): string | undefined {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range, to skip codes
  if (received.length > 60 || /^[\x00-\x7f]*$/.test(received)) return undefined;
  const folded = fold(received);
  // A code typed in full-width letters or digits (Ｃ２, ｌｇｗａｎ) is that code.
  const wide = allowed.filter((code) => fold(code) === folded);
  if (wide.length === 1) return wide[0];
  // A class written with its property's name: 機密性2 is C2, 完全性2 is I2, 可用性2 is A2.
  const property = /^(機密性|完全性|可用性)(.+)$/.exec(folded);
  if (property !== null) {
    const rest = (property[2] as string).toUpperCase();
    const code = `${{ 機密性: "C", 完全性: "I", 可用性: "A" }[property[1] as "機密性"]}${rest}`;
    if (allowed.includes(code)) return code;
    // The October 2024 scheme's classes are written without a letter: 機密性3B is 3B.
    if (property[1] === "機密性" && /^[0-9][A-Z]$/.test(rest) && allowed.includes(rest)) return rest;
  }
  // Every list the name is in: 「閉域網」 is a transport's name and, by alias, the maintenance line's.
  const ids = new Set([...(table().get(folded) ?? table().get(bare(received)) ?? []), ...(ALIASES.get(folded) ?? [])]);
  const matching = [...ids].filter((id) => allowed.includes(id));
  return matching.length === 1 ? matching[0] : undefined;
}

/** Other names people use for a coded value: the policy's own parenthetical name of the My Number zone (2(9)). */
const ALIASES: ReadonlyMap<string, string[]> = new Map([
  [fold("個人番号利用事務系"), ["mynumber"]],
  [fold("マイナンバー系"), ["mynumber"]],
  [fold("LGWAN系"), ["lgwan"]],
  [fold("インターネット系"), ["internet"]],
  // The external-media setting as people say it (eighth review): 禁止・不可 is blocked, 許可・可 is allowed.
  [fold("禁止"), ["blocked"]],
  [fold("不可"), ["blocked"]],
  [fold("登録媒体のみ"), ["registered-only"]],
  [fold("許可"), ["allowed"]],
  // Lines as vendors write them (twenty-ninth review): a closed network is the closed line.
  [fold("閉域網"), ["closed", "closed-line"]],
  [fold("閉域回線"), ["closed", "closed-line"]],
  [fold("専用線"), ["dedicated-line", "closed"]],
  [fold("インターネットVPN"), ["internet-vpn"]],
  // A connection's direction as written in specifications (seventy-ninth review).
  [fold("双方向"), ["bidirectional"]],
  [fold("両方向"), ["bidirectional"]],
  [fold("片方向"), ["one-way"]],
  [fold("一方向"), ["one-way"]],
  [fold("単方向"), ["one-way"]],
  // Hosting as people say it.
  [fold("オンプレミス"), ["on-premises"]],
  [fold("オンプレ"), ["on-premises"]],
  [fold("庁舎内"), ["on-premises"]],
  [fold("データセンター"), ["data-centre"]],
  [fold("ガバメントクラウド"), ["government-cloud"]],
]);

/**
 * Codes of one list written where a sibling list spells the same thing otherwise: a connection's
 * `transport: closed-line` is the maintenance line's `line: closed` (seventy-ninth review: a vendor
 * who has just written the one writes it in the other). A hint, not an accepted spelling: the
 * validated description reaches the checks as written, so one fact keeps one value.
 */
const OTHER_SPELLINGS: ReadonlyMap<string, readonly string[]> = new Map([
  ["closed-line", ["closed"]],
  ["dedicated-line", ["closed"]],
  ["two-way", ["bidirectional"]],
]);

/** The one allowed value that `received`, a code of a sibling list, is written as here (closed-line → closed). */
export function codeForOtherSpelling(received: string, allowed: readonly string[]): string | undefined {
  const matching = (OTHER_SPELLINGS.get(received.trim().toLowerCase()) ?? []).filter((id) => allowed.includes(id));
  return matching.length === 1 ? matching[0] : undefined;
}

/**
 * The allowed value `received` certainly stands for, to be put into an example: the value itself
 * in another case or width (LGWAN-ASP, ｌｇｗａｎ), its Japanese name (文書管理 → document-management)
 * or a sibling list's code (closed-line → closed). A mere likeness (a typo) is not certain enough.
 */
export function codeFor(received: string, allowed: readonly string[]): string | undefined {
  if (allowed.includes(received)) return received;
  const folded = fold(received);
  const same = allowed.filter((code) => fold(code) === folded);
  if (same.length === 1) return same[0];
  return codeForJapaneseName(received, allowed) ?? codeForOtherSpelling(received, allowed);
}

/**
 * What a link lets the side that opens it do to the other end: work a screen (RDP, ICA, screen transfer) or control it
 * outright (a shell, remote management, remote support), read from its protocols as vendors write them, then its
 * ports, then its sanitisation. remote-maintenance-controlled uses it to tell a jump host from a file hand-off
 * (thirty-third to thirty-seventh reviews).
 */
import type { Connection, NodeRef } from "../model/connection.js";
import type { DescriptionIndex } from "../engine/description-index.js";
import { protocolKind } from "../model/protocol.js";

/** Shells, remote management and remote-control products (and server consoles: iLO, iDRAC, IPMI) named in a link's protocols. */
const TOOLS = String.raw`\bssh|^ssh|ssh\d|telnet|tera ?term|putty|winrm|powershell|teamviewer|anydesk|remoteview|vnc|splashtop|guacamole|logmein|connectwise|bomgar|beyondtrust|magic ?connect|isl ?(?:online|light|alwayson)|webmin|\bilo\b|ilo ?\d|idrac|ipmi|rustdesk|dameware|radmin|screenconnect|zoho ?assist|goto ?assist|remote ?utilities|ammyy`;
/** Remote control and support: they drive the other end, whatever screen they show. */
const CONTROL = new RegExp(
  `${TOOLS}|openssh|chrome ?remote ?desktop|リモートサポート|リモートアシスタンス|remote ?assistance|quick ?assist|リモート保守|遠隔保守|remote ?maintenance|遠隔操作|リモート操作`,
  "iu",
);
/** File transfers whose names carry SSH (「SFTP（SSH File Transfer Protocol）」, 「OpenSSH SFTP」, 「SFTP over SSH2」): the SSH in them is no shell. */
const FILE_OVER_SSH = /putty ?p(?:scp|sftp)|pscp|psftp|ssh ?file ?transfer ?protocol|openssh|over ?ssh\d?|sftp|\bscp\b|^scp/giu;
/** Tools beside a file transfer that operate the other end (purposes such as 「リモート保守用」 are not tools). */
const TOOLS_BESIDE_FILES = new RegExp(`${TOOLS}|rdp|リモートデスクトップ`, "iu");
/** A shell named beside a file transfer (「OpenSSH（SFTP・シェル）」), unless refused (「シェルログイン不可」, 「ForceCommand internal-sftp」). */
const SHELL_ALLOWED = /シェル|shell|コマンド実行|command/iu;
const SHELL_REFUSED =
  /不可|禁止|無効|させない|できない|使用しない|シェル(ログイン)?(なし|無し)|no ?shell|disabled|internal-sftp|forcecommand|chroot/iu;
/** Screen sessions a terminal or a screen-transfer appliance opens (RDP and its gateways, ICA/HDX, Blast, PCoIP). */
const SCREEN = /リモートデスクトップ|remote ?desktop|rd ?gateway|rd ?ゲートウェイ|\bhdx\b|^hdx/iu;
/** Names that say nothing of what a link carries (a transport layer): the ports decide then. */
const TRANSPORT_ONLY = /^(tcp|udp|ip|tcp\/ip|tcp\/udp)$/iu;
/** Ports of screen sessions, and of shells and remote management. */
const SCREEN_PORTS: Readonly<Record<number, string>> = { 3389: "RDP", 1494: "ICA", 2598: "ICA", 4172: "PCoIP", 8443: "Blast" };
const CONTROL_PORTS: Readonly<Record<number, string>> = { 22: "SSH", 23: "Telnet", 5900: "VNC", 5985: "WinRM", 5986: "WinRM" };

/**
 * How firmly a link's purpose says someone works what the link reaches:
 * - `"stated"`: remote work named outright (「職員PCのリモート保守（ヘルプデスク）」, 「財務会計システムの保守」, 「障害時の遠隔支援」,
 *   「委託事業者による職員端末のサポート作業」, 「画面を確認しながら対応」, "remote troubleshooting", "vendor helpdesk support");
 * - `"mentioned"`: a word for maintenance without its object (「保守作業」, 「点検・設定変更」): worth a question, no more;
 * - `undefined`: no such word, or one that names a time, a place to read, a party or the host itself (「メンテナンス時間」,
 *   「保守用端末からの閲覧」, 「点検中は利用不可」, 「保守：肥後情報サービス」, 「サポートサイト」, 「仮想ブラウザ基盤自体の保守」), or a
 *   purpose saying the link is not for it (「保守対象外」, 「…は別途実施」, "support is NOT provided").
 * Free text: the fortieth to forty-second reviews found wordings each way, so a mere mention never fails a link.
 */
export type MaintenancePurpose = "stated" | "mentioned";

const STATED_WORK = new RegExp(
  [
    "(?:リモート|遠隔)(?:から|で)?(?:の)?(?:保守|メンテナンス|サポート|支援|操作|作業|調査|監視)",
    "操作代行|ログインして(?:設定|作業|操作)",
    "遠隔で(?:解決|対応|復旧|修正|作業|操作|設定)",
    "(?:pc|端末|サーバ|サーバー)に入って",
    "(?:事業者|ベンダー?|業者|委託先|委託事業者|保守会社|保守業者|se|メーカー|ヘルプデスク)(?:が|による|の)[^。]{0,10}?(?:保守|メンテナンス|点検|サポート|支援|作業|操作|切り分け|調査|修正|アップデート|キッティング|ログイン|設定|接続|画面|解決|復旧|対処)(?!サイト|ページ|窓口|フォーム|情報|時間|時|中|用|対象外|期限|切れ|契約)",
    "(?:職員|端末|pc|パソコン|(?<!仮想ブラウザ|基盤|ゲートウェイ)サーバー?|システム)(?:の)?(?:保守|メンテナンス|サポート|トラブル対応|障害対応)(?!時間|時|日|期間|中|用|対象外|サイト|窓口|フォーム|契約|期限|切れ|点検日)",
    "(?<!自体|基盤|装置|仮想ブラウザ|ゲートウェイ|本体|サーバ|サーバー)の(?:保守|メンテナンス|トラブル対応|障害対応)(?!時間|時|日|期間|中|用|対象外|サイト|窓口|フォーム|業者|会社|契約|期限|切れ|点検日)",
    "remote\\s+(?:maintenance|support|assistance|troubleshooting|work|control|administration)",
    "\\bremotely\\s+(?:fix|fixes|fixed|access|accesses|operate|operates|control|controls|maintain|maintains|support|supports)",
    "vendor\\s+(?:may|will|can)\\s+connect\\s+remotely",
    "troubleshoot",
    "(?:vendor|helpdesk|help\\s+desk|it)\\s+(?:support|maintenance)\\s+(?:for|of|on)\\b",
    "maintenance\\s+(?:of|by)\\b",
  ].join("|"),
  "iu",
);
/** Words for maintenance, support or changes on their own. */
const MENTIONED_WORK = /保守|メンテナンス|点検|設定変更|サポート|障害対応|運用支援|maintenance|maintain|support/giu;
/** What, following such a word, makes it a time, a place to read, a party or a rule rather than work done (「保守時間」, 「保守用端末」). */
const NOT_WORK_AFTER =
  /^(?:の)?(?:時間|時|日|期間|中|ウィンドウ|用|対象外|サイト|ページ|窓口|フォーム|問合せ|問い合わせ|業者|事業者|会社|契約|情報|資料|マニュアル|期限|切れ|点検日|あり|の一環|は申請|は停止|(?:作業|対応)(?:中|時|時間|日|期間|[:：]|は停止)|[:：]|\s*(?:window|hours?|time|site|page|portal|desk|contract|lifecycle|:))/iu;
/** The host itself, as a purpose names it when the upkeep is the host's own (「仮想ブラウザ基盤自体」, 「ゲートウェイ」). */
const HOST_ITSELF = "(?:自体|基盤|装置|仮想ブラウザ|ゲートウェイ|本体)(?:サーバ|サーバー)?";
/** What, before such a word, makes it the host's own upkeep (「仮想ブラウザ基盤自体の保守」). */
const HOSTS_OWN_BEFORE = new RegExp(`${HOST_ITSELF}(?:の)?(?:定期|定例)?$`, "u");
/** Maintenance work named as such (「保守作業」, 「メンテナンス対応」): stated, unless it is a time, a party or the host's own upkeep. */
const WORK_NAMED = /(?:保守|メンテナンス|点検)(?:作業|対応)/gu;
/** What, after 「保守作業」 and the like, makes it a time or a party (「保守作業中は利用不可」, 「保守作業時間帯は停止」, 「保守対応：会社名」). */
const NOT_WORK_NAMED_AFTER =
  /^(?:の)?(?:中|時(?!のみ|に(?:使用|接続|限り|利用))|時間|日|期間|ウィンドウ|[:：]|は停止|には使用しない|には用いない)/u;
/** The vendor working remotely (「事業者がリモートで支援」, 「ベンダーが遠隔で実施」). */
const VENDOR_REMOTE =
  /(?:事業者|ベンダー?|業者|委託先|委託事業者|se|メーカー)(?:が|による)[^。]{0,12}?(?:リモート|遠隔)(?:で|から|にて)?(?:実施|行う|支援|対応|作業|操作|保守|復旧|設定)/iu;
/** A clause denying its own work: 行わない, ことはない, 受けない, 不可, 禁止, ありません, できない, 使用せず, not permitted. */
const DENIED =
  /行わない|行いません|ことはない|ことはありません|受けない|受けません|(?<!除き、?)(?:使用|利用)(?:しない|せず)|不可|禁止|できない|できません|not\s+(?:permitted|allowed|done|performed)|never/iu;
/** Words that keep exceptions open (「緊急時を除き」, 「原則」, "in emergencies"). */
const OPEN_EXCEPTION = /緊急時?を除き|障害時を除き|原則(?:として)?|除いて|in\s+emergenc|except/iu;
/** A maintenance word anywhere (not global: for `test`). */
const MENTIONED_WORK_ONCE = /保守|メンテナンス|点検|サポート|maintenance|support|remote/iu;
/** Upkeep of the host itself (「仮想ブラウザ基盤自体の保守」, 「ゲートウェイの保守」). */
const HOSTS_OWN_WORK = new RegExp(`${HOST_ITSELF}の(?:定期)?(?:保守|メンテナンス|点検)`, "u");

/** Whether a refusal keeps exceptions open for maintenance (「緊急時を除き、保守作業には使用しない」): a mention, asked about. */
function keepsMaintenanceOpen(text: string): boolean {
  return OPEN_EXCEPTION.test(text) && MENTIONED_WORK_ONCE.test(text);
}
/** A purpose saying the link is not used for the work, or that it is done elsewhere. */
const NOT_FOR_WORK = new RegExp(
  [
    "(?:保守|メンテナンス|サポート|点検)(?:は)?対象外",
    "(?:保守|メンテナンス|サポート|点検|作業)(?:は|を)?(?:行わない|行いません|しない)",
    "(?:保守|メンテナンス|サポート|点検)は[^。、]{0,12}?(?:別途|別回線|lgwan回線で|閉域網で)",
    "(?:保守|メンテナンス|サポート|点検)[^。]{0,10}?(?:には|では|での|に)[^。]{0,8}?(?:使用しない|用いない|使わない|行わない|不可|禁止)",
    "(?:保守|メンテナンス|サポート|点検)(?:作業|対応)?(?:は|を)?(?:禁止|不可)",
    "(?:職員|庁内)(?:で|が)(?:行う|実施)",
    "(?:保守|メンテナンス|点検)は(?:庁舎内|庁内|現地|オンサイト)で",
    "電話(?:のみ|だけ|で(?:行う|対応))",
    "not\\s+(?:provided|used)\\s+(?:for|over)\\s+(?:this|maintenance|support)",
    "(?:maintenance|support)\\s+(?:is\\s+)?not\\s+(?:provided|done|performed|used)",
    "no (?:support|maintenance)",
    "by phone",
    "phone only",
  ].join("|"),
  "iu",
);

/** How firmly a link's purpose says someone maintains or supports what it reaches over it (see {@link MaintenancePurpose}). */
export function maintenancePurpose(connection: Connection): MaintenancePurpose | undefined {
  const purpose = connection.purpose?.normalize("NFKC");
  if (purpose === undefined) return undefined;
  // Clause by clause: a refusal cancels the work of its own clause only (forty-sixth review: 「…保守作業には使用しない。
  // ただし緊急時は事業者がリモート保守を行う」 gave nothing). 「ただし」, 「が、」 and 「必要に応じて」 bring work back.
  let found: MaintenancePurpose | undefined;
  for (const written of purpose.split(/。|ただし|但し|が、|必要に応じて|;|\.\s/u)) {
    if (written.trim() === "") continue;
    // A note in brackets that denies something (「（夜間は行わない）」, 「（ファイルの持ち出しは行わない）」, 「（事業者がリモートで保守
    // することはない）」) limits or denies only what it says: it is set aside, and what stands outside it decides (forty-seventh
    // to forty-ninth reviews).
    const clause = written.replace(/[(（][^)）]*[)）]/gu, (note) => {
      if (!DENIED.test(note)) return note;
      if (keepsMaintenanceOpen(note)) found ??= "mentioned";
      return " ";
    });
    // A clause whose own predicate denies the work (「事業者によるリモート保守は行わない」, 「…することはない」) states none
    // (forty-seventh review: the denial was quoted as the reason for a fail); one that keeps exceptions open
    // (「緊急時を除き…使用しない」, 「原則使用しない」) is a mention, asked about.
    if (DENIED.test(clause)) {
      if (keepsMaintenanceOpen(clause)) found ??= "mentioned";
      continue;
    }
    // The vendor working remotely in the clause itself outweighs a caveat beside it (「職員が行う設定作業を事業者がリモートで
    // 支援」, 「保守は別途保守契約に基づき事業者がリモートで実施」), unless the work is the host's own upkeep.
    if (VENDOR_REMOTE.test(clause) && !HOSTS_OWN_WORK.test(clause)) return "stated";
    if (NOT_FOR_WORK.test(clause)) {
      if (keepsMaintenanceOpen(clause)) found ??= "mentioned";
      continue;
    }
    const reading = clauseReading(clause);
    if (reading === "stated") return "stated";
    found ??= reading;
  }
  return found;
}

/** How firmly one clause of a purpose says someone works what the link reaches. */
function clauseReading(purpose: string): MaintenancePurpose | undefined {
  if (STATED_WORK.test(purpose)) return "stated";
  for (const match of purpose.matchAll(WORK_NAMED)) {
    const at = match.index ?? 0;
    if (NOT_WORK_NAMED_AFTER.test(purpose.slice(at + match[0].length))) continue;
    if (HOSTS_OWN_BEFORE.test(purpose.slice(0, at))) continue;
    return "stated";
  }
  for (const match of purpose.matchAll(MENTIONED_WORK)) {
    const at = match.index ?? 0;
    if (NOT_WORK_AFTER.test(purpose.slice(at + match[0].length))) continue;
    if (HOSTS_OWN_BEFORE.test(purpose.slice(0, at))) continue;
    return "mentioned";
  }
  return undefined;
}

/**
 * A purpose naming work done on the server itself (「サーバ保守」, 「OS パッチ適用」, 「ログイン」): an SSH named beside SFTP on
 * such a link is a shell, even where the link hands over sanitised files too (fortieth review: 「SSH/SFTP」 for
 * 「サーバ保守及び無害化済みデータ連携」). Data or patch files handed over for maintenance (「保守用パッチファイルの受け渡し」) are not.
 */
const SHELL_WORK =
  /サーバ(?:の)?(?:保守|運用|管理)|ログイン|パッチ(?:の)?適用|設定変更|障害対応|server ?(?:maintenance|administration)|log ?in/iu;

/** What a link lets its opening side do to the other end: show and work a screen, or control it outright (a shell, remote management, remote support). */
export interface Operation {
  readonly kind: "screen" | "control";
  readonly ja: string;
  readonly en: string;
}

/** One protocol name's kind: a file, mail or web protocol (SFTP, even named 「SFTP（SSH File Transfer Protocol）」) operates nothing. */
function protocolOperation(name: string, fileHandOff: boolean): Operation["kind"] | "none" | "unknown" {
  const written = name.normalize("NFKC").trim();
  if (TRANSPORT_ONLY.test(written)) return "unknown";
  // SFTP or SCP named with SSH (「SFTP（SSH鍵認証）」, 「SCP/SSH」) is a file transfer where the link hands over sanitised
  // files, unless a shell is named too (「OpenSSH（SFTP・シェル）」); elsewhere an SSH beside it (「SSH/SFTP」) is a shell
  // (thirty-sixth and thirty-seventh reviews).
  const fileOverSsh = /sftp|\bscp\b|^scp/iu.test(written);
  if (fileOverSsh) {
    // What is written beside the file transfer decides: a shell said to be allowed, another control tool
    // (「SFTP/Telnet」, 「SFTP・VNC」, TeraTerm), a screen (「SFTP/RDP」); an SSH beside it is the transfer's own where the
    // link hands over sanitised files, a shell elsewhere (「SSH/SFTP」) (thirty-sixth to thirty-eighth reviews).
    // Tools said to be switched off or refused (「SFTP（Telnet・RDPは無効化）」, 「シェルログイン不可」) operate nothing.
    if (SHELL_REFUSED.test(written)) return "none";
    if (SHELL_ALLOWED.test(written)) return "control";
    const rest = written.replace(FILE_OVER_SSH, " ");
    if (/rdp|リモートデスクトップ/iu.test(rest)) return "screen";
    if (TOOLS_BESIDE_FILES.test(fileHandOff ? rest.replace(/\bssh\d?\b|ssh\d?/giu, " ") : rest)) return "control";
    if (protocolKind(rest.trim()) === "screen" || SCREEN.test(rest)) return "screen";
    return "none";
  }
  // A control tool decides before the web or file words beside it (「WinRM over HTTPS」, 「Telnet/FTP」).
  if (CONTROL.test(written)) return "control";
  const kind = protocolKind(written);
  if (kind === "file" || kind === "mail" || kind === "web") return "none";
  if (kind === "screen" || SCREEN.test(written)) return "screen";
  return "unknown";
}

/**
 * What lets a link's opening side operate the other end, named as written (「RDP」, 「SSH（22）」), or `undefined`
 * for a link that only carries files, mail or the web. A recognised protocol decides (a control protocol over the
 * link's `screen-transfer`); names that tell nothing (TCP, an unknown name) leave it to the ports; with neither, a
 * link written as screen transfer carries screens. Port 22 beside file sanitisation is SFTP (thirty-third to
 * thirty-fifth reviews).
 */
export function operation(connection: Connection): Operation | undefined {
  const shellWork = connection.purpose !== undefined && SHELL_WORK.test(connection.purpose.normalize("NFKC"));
  const handsOverFiles = (connection.sanitisation ?? []).includes("file-sanitisation") && !shellWork;
  const kinds = (connection.protocols ?? []).map((p) => ({ name: p, kind: protocolOperation(p, handsOverFiles) }));
  const control = kinds.find((k) => k.kind === "control");
  if (control !== undefined) return { kind: "control", ja: control.name, en: control.name };
  // A control port beside any protocol (RDP written with 22 and 5985 open too), but port 22 for a file hand-off (SFTP).
  const fileHandOff = (connection.sanitisation ?? []).includes("file-sanitisation") || kinds.some((k) => /sftp|scp/iu.test(k.name));
  const ports = connection.ports ?? [];
  const controlPort = ports.find((p) => typeof p === "number" && CONTROL_PORTS[p] !== undefined && !(p === 22 && fileHandOff));
  if (typeof controlPort === "number") {
    const name = CONTROL_PORTS[controlPort] as string;
    return { kind: "control", ja: `${name}（${controlPort}）`, en: `${name} (${controlPort})` };
  }
  const screen = kinds.find((k) => k.kind === "screen");
  if (screen !== undefined) return { kind: "screen", ja: screen.name, en: screen.name };
  const decided = kinds.length > 0 && kinds.every((k) => k.kind === "none");
  if (decided) return undefined;
  const screenPort = ports.find((p) => typeof p === "number" && SCREEN_PORTS[p] !== undefined);
  if (typeof screenPort === "number") {
    const name = SCREEN_PORTS[screenPort] as string;
    return { kind: "screen", ja: `${name}（${screenPort}）`, en: `${name} (${screenPort})` };
  }
  if (connection.sanitisation?.includes("screen-transfer")) return { kind: "screen", ja: "画面転送", en: "screen transfer" };
  return undefined;
}

/** A remote session into a system: the link, the end it comes from, and how it operates. */
export interface SessionInto {
  readonly connection: Connection;
  readonly from: Extract<NodeRef, { system: string }>;
  readonly operation: Operation;
}

/**
 * The screen or remote-control sessions into a system itself, not into its terminals, from another system's end: links
 * drawn towards it, or both ways. α's virtual browser written the way its screens flow into the LGWAN terminals is the
 * terminals' own session out, not a way in. One reading for the chains of jump hosts (remote-maintenance-controlled)
 * and of servers the internet zone enters (mynumber-connections-restricted).
 */
export function sessionsInto(system: string, index: Pick<DescriptionIndex, "connectionsBySystem">): SessionInto[] {
  const into = (end: NodeRef) => "system" in end && end.system === system && end.terminalGroup === undefined;
  const sessions: SessionInto[] = [];
  for (const { connection } of index.connectionsBySystem.get(system) ?? []) {
    const from = into(connection.to)
      ? connection.from
      : into(connection.from) && connection.direction === "bidirectional"
        ? connection.to
        : undefined;
    if (from === undefined || !("system" in from) || from.system === system) continue;
    const how = operation(connection);
    if (how !== undefined) sessions.push({ connection, from, operation: how });
  }
  return sessions;
}

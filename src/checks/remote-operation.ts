/**
 * What a link lets the side that opens it do to the other end: work a screen (RDP, ICA, screen transfer) or control it
 * outright (a shell, remote management, remote support), read from its protocols as vendors write them, then its
 * ports, then its sanitisation. remote-maintenance-controlled uses it to tell a jump host from a file hand-off
 * (thirty-third to thirty-seventh reviews).
 */
import type { Connection } from "../model/connection.js";
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
 * A purpose that says the link is for maintenance or support of what it reaches (「職員PCのリモート保守（ヘルプデスク）」,
 * "remote support"): someone at the opening side works the other end, whatever the link claims to carry.
 */
const MAINTENANCE_PURPOSE = /保守|ヘルプデスク|サポート|遠隔操作|リモート操作|障害対応|maintenance|support|help ?desk/iu;

/** Whether a link's purpose says it is for maintaining or supporting what it reaches (fortieth review). */
export function forMaintenance(connection: Connection): boolean {
  return connection.purpose !== undefined && MAINTENANCE_PURPOSE.test(connection.purpose.normalize("NFKC"));
}

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
  const handsOverFiles = (connection.sanitisation ?? []).includes("file-sanitisation");
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

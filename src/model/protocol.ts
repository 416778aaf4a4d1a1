/**
 * What an application protocol carries, so that a sanitisation method can be matched to it:
 * mail text conversion sanitises mail, screen transfer sanitises screens, file sanitisation files.
 * Protocols outside this list are not judged for fit.
 */
export type ProtocolKind = "mail" | "screen" | "file" | "web";

const KINDS: Readonly<Record<string, ProtocolKind>> = {
  smtp: "mail",
  smtps: "mail",
  lmtp: "mail",
  mail: "mail",
  submission: "mail",
  pop3: "mail",
  pop3s: "mail",
  imap: "mail",
  imaps: "mail",
  rdp: "screen",
  ica: "screen",
  vnc: "screen",
  pcoip: "screen",
  blast: "screen",
  "screen-transfer": "screen",
  smb: "file",
  cifs: "file",
  nfs: "file",
  ftp: "file",
  ftps: "file",
  sftp: "file",
  scp: "file",
  webdav: "file",
  http: "web",
  https: "web",
};

/**
 * Words that give a protocol written another way its kind (「電子メール」, `ESMTPS`, `SMTP over TLS`,
 * `SMB3`, `FTP over TLS`): fifteenth review, where such spellings escaped the sanitisation rules.
 * Mail, files and screens are looked for before the web (「https」 alone is the web).
 */
const KIND_WORDS: readonly (readonly [RegExp, ProtocolKind])[] = [
  [/smtp|pop3?|imap|e-?mail|メール/u, "mail"],
  [/smb|cifs|nfs|ftp|webdav|ファイル共有|ファイル転送/u, "file"],
  [/rdp|vnc|\bica\b|pcoip|blast|画面転送|screen|リモートデスクトップ|remote ?desktop|rd ?gateway|rd ?ゲートウェイ|\bhdx\b/u, "screen"],
  [/https?/u, "web"],
];

/** The kind of a protocol name as written (`SMTP`, `https`, 「電子メール」…), or `undefined` for one not recognised. */
export function protocolKind(name: string): ProtocolKind | undefined {
  const written = name.normalize("NFKC").trim().toLowerCase();
  const exact = KINDS[written];
  if (exact !== undefined) return exact;
  return KIND_WORDS.find(([words]) => words.test(written))?.[1];
}

/**
 * Protocols that only push data out of the initiating side (outbound mail delivery, log
 * forwarding): on a one-way connection they bring nothing back into the zone that opens them.
 */
const PUSH_ONLY = new Set(["smtp", "smtps", "submission", "syslog"]);

/** Whether a protocol only pushes data away from the side that opens the connection. */
export function isPushOnly(name: string): boolean {
  return PUSH_ONLY.has(name.normalize("NFKC").trim().toLowerCase());
}

/**
 * The protocols well-known destination ports stand for, for a link that states its ports but not
 * its protocols: port 25 is mail, 445 a file share, 3389 a remote screen (twelfth review: mail on
 * port 25 with file sanitisation alone passed for want of `protocols`); shells and databases are named too. Other ports
 * tell nothing.
 */
const PORT_PROTOCOLS: Readonly<Record<number, string>> = {
  25: "smtp",
  465: "smtps",
  587: "submission",
  110: "pop3",
  995: "pop3s",
  143: "imap",
  993: "imaps",
  445: "smb",
  139: "smb",
  2049: "nfs",
  21: "ftp",
  3389: "rdp",
  1494: "ica",
  5900: "vnc",
  // Traffic no sanitisation method fits, named so a link written by port alone is asked about as one written by
  // protocol is (fifty-fifth review: port 1433 with mail text conversion passed when `protocols` was left out).
  22: "ssh",
  23: "telnet",
  1433: "mssql",
  1521: "oracle",
  3306: "mysql",
  5432: "postgresql",
  5985: "winrm",
  5986: "winrm",
};

/** The protocols a link's ports stand for (see PORT_PROTOCOLS); empty when none is known. */
export function protocolsOfPorts(ports: readonly (number | "any")[] | undefined): string[] {
  const out: string[] = [];
  for (const port of ports ?? []) {
    const protocol = typeof port === "number" ? PORT_PROTOCOLS[port] : undefined;
    if (protocol !== undefined && !out.includes(protocol)) out.push(protocol);
  }
  return out;
}

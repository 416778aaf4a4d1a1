/**
 * What an application protocol carries, so that a sanitisation method can be matched to it:
 * mail text conversion sanitises mail, screen transfer sanitises screens, file sanitisation files.
 * Protocols outside this list are not judged for fit.
 */
export type ProtocolKind = "mail" | "screen" | "file" | "web";

const KINDS: Readonly<Record<string, ProtocolKind>> = {
  smtp: "mail",
  smtps: "mail",
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

/** The kind of a protocol name as written (`SMTP`, `https`…), or `undefined` for one not listed. */
export function protocolKind(name: string): ProtocolKind | undefined {
  return KINDS[name.normalize("NFKC").trim().toLowerCase()];
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

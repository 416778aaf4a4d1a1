import { z } from "zod";
import { EvidenceRefs, fact, Id, IsoDate, Text } from "./common.js";
import { ExternalEndpoint } from "./endpoint.js";
import { doc } from "./registry.js";
import { Transport } from "./transport.js";
import { SANITISATION_METHODS } from "./values/connection.js";
import { Zone } from "./zone.js";

export { SANITISATION_METHODS } from "./values/connection.js";

/** One end of a connection: a system (optionally one of its terminal groups or servers) or a well-known external network. */
export const NodeRef = doc(
  z.union([
    z.strictObject({
      system: doc(Id, "システムの id", "A system id"),
      terminalGroup: fact(Id, "システム内の端末群の id", "A terminal group id within the system"),
      server: fact(Id, "システム内のサーバの id", "A server id within the system"),
    }),
    z.strictObject({
      external: ExternalEndpoint,
      service: fact(
        Text,
        "接続先のサービス名。国のシステムは名称（例：中間サーバー、住基ネット、eLTAX）または id（intermediate-server 等）",
        "Name of the service reached; for national systems a name (e.g. 中間サーバー, 住基ネット, eLTAX) or an id (intermediate-server…)",
      ),
      segment: fact(
        Zone,
        "ガバメントクラウドの場合、接続するテナントの区画（mynumber：標準準拠システム等のマイナンバー利用事務系、lgwan、internet）。省略時は相手側の領域",
        "For Government Cloud, the segment of the tenancy reached (mynumber for standardised My Number systems, lgwan or internet); the other end's zone when omitted",
      ),
    }),
  ]),
  "接続の端点：{ system: id } または { external: 外部ネットワーク }",
  "End of a connection: { system: id } or { external: well-known network }",
  "NodeRef",
);
export type NodeRef = z.infer<typeof NodeRef>;

/** Sanitisation (無害化) applied on a connection, per 2(13). */
export const SanitisationMethod = doc(
  z.enum(Object.keys(SANITISATION_METHODS) as [keyof typeof SANITISATION_METHODS, ...(keyof typeof SANITISATION_METHODS)[]]),
  "無害化の方式（2(13)）：mail-text-conversion（メール本文のテキスト化）、screen-transfer（画面転送）、file-sanitisation（ファイル無害化）、attachment-removal（添付ファイル削除。単独では本文の HTML 等が残るため無害化とみなさない）",
  "Sanitisation (2(13)): mail-text-conversion, screen-transfer, file-sanitisation or attachment-removal (alone it leaves HTML bodies, so it does not count as sanitisation)",
  "SanitisationMethod",
);
export type SanitisationMethod = z.infer<typeof SanitisationMethod>;

/**
 * A destination port or `any`. Port 0 is no destination port: some firewall exports write it for
 * "any port", so taking it as one restricted port would hide an open rule (ninth review).
 */
export const Port = doc(
  z.union([z.int().min(1).max(65535), z.literal("any")]),
  "ポート番号（1〜65535。すべてのポートは any）",
  "Port number (1–65535; any for every port)",
  "Port",
);

/** A communication path between two ends. */
export const Connection = doc(
  z.strictObject({
    id: Id,
    from: doc(NodeRef, "通信の開始側", "Initiating end"),
    to: doc(NodeRef, "通信の受け側", "Receiving end"),
    direction: fact(
      z.enum(["one-way", "bidirectional"]),
      "方向：one-way（from→to のみ）、bidirectional（双方向）",
      "Direction: one-way (from → to only) or bidirectional",
    ),
    transport: fact(
      Transport,
      "通信手段：lan（庁内LAN）、lgwan、closed-line（閉域網）、dedicated-line（専用線）、internet-vpn、internet。internet-vpn と internet はインターネットを経由するものとして判定する",
      "Transport: lan, lgwan, closed-line, dedicated-line, internet-vpn or internet; internet-vpn and internet are judged as crossing the public internet",
    ),
    via: fact(
      z.array(ExternalEndpoint),
      "経由する外部ネットワーク（例：security-cloud）",
      "External networks the traffic passes through (e.g. security-cloud)",
    ),
    protocols: fact(z.array(Text), "アプリケーションプロトコル（例：https、smtp）", "Application protocols (e.g. https, smtp)"),
    ports: fact(z.array(Port), "許可する宛先ポート", "Destination ports allowed"),
    addressRestriction: fact(
      z.strictObject({
        ip: fact(z.boolean(), "IPアドレスで通信相手を限定しているか", "Whether peers are restricted by IP address"),
        mac: fact(z.boolean(), "MACアドレスで通信相手を限定しているか", "Whether peers are restricted by MAC address"),
      }),
      "通信相手の限定",
      "Peer address restriction",
    ),
    sanitisation: fact(z.array(SanitisationMethod), "無害化の方式", "Sanitisation applied"),
    destinationAllowList: fact(
      z.array(Text),
      "許可した宛先（α'のローカルブレイクアウト等）",
      "Allowed destinations (e.g. α' local breakout)",
    ),
    tenantRestriction: fact(z.boolean(), "テナント制限をしているか", "Whether tenant restriction is applied"),
    logged: fact(z.boolean(), "通信を記録しているか", "Whether traffic is logged"),
    purpose: fact(Text, "通信の目的", "Purpose of the communication"),
    approval: fact(
      z.strictObject({
        reference: doc(Text, "承認の参照（決裁番号等）", "Approval reference (decision number or ticket)"),
        approvedBy: fact(Text, "承認者", "Approver"),
        approvedOn: fact(IsoDate, "承認日", "Approval date"),
      }),
      "例外的な接続の承認",
      "Approval of an exceptional connection",
    ),
    evidence: EvidenceRefs,
  }),
  "2つの端点の間の通信経路",
  "A communication path between two ends",
  "Connection",
);
export type Connection = z.infer<typeof Connection>;

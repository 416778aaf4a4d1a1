import { z } from "zod";
import { BusinessFunction } from "./business-function.js";
import { EvidenceRefs, fact, Id, IsoDate, Text } from "./common.js";
import { DataAsset } from "./data-asset.js";
import { BoundaryRole } from "./boundary-role.js";
import { doc } from "./registry.js";
import { Server } from "./server.js";
import { TerminalGroup } from "./terminal-group.js";
import { Zone } from "./zone.js";

/** Where a system runs. */
export const Hosting = doc(
  z.strictObject({
    kind: fact(
      z.enum(["on-premises", "data-centre", "government-cloud", "lgwan-asp", "cloud-service"]),
      "設置形態：on-premises（庁舎内）、data-centre（市または事業者のデータセンターに置いた、この団体のためのサーバ。複数の団体が閉域の回線で共同利用する自治体クラウドを含む）、government-cloud（ガバメントクラウド）、lgwan-asp、cloud-service（多くの利用者にインターネット経由で提供される外部クラウドサービス。事業者が自社で運営し複数の団体が使う SaaS を含む）",
      "Hosting: on-premises, data-centre (servers for this municipality in its own or a vendor's data centre, a municipal cloud several municipalities share over closed lines included), government-cloud, lgwan-asp or cloud-service (an external cloud service offered to many customers over the internet, a vendor's own SaaS that several municipalities use included)",
    ),
    cloudServiceId: fact(Id, "利用するクラウドサービス（cloudServices の id）", "The cloud service used (an id from cloudServices)"),
    closedNetworkOnly: fact(
      z.boolean(),
      "クラウドサービスのテナントに閉域の回線（閉域網・専用線）だけで接続し、インターネットに公開した入口（公開エンドポイント、インターネットからの管理接続）がないか",
      "Whether the cloud tenancy is reached over closed lines only (closed network, dedicated line), with no entry open to the internet (public endpoints, management over the internet)",
    ),
  }),
  "システムの設置形態",
  "Where the system runs",
  "Hosting",
);

/** Account management of a system. */
export const Accounts = doc(
  z.strictObject({
    uniqueUserIds: fact(z.boolean(), "利用者ごとに固有のIDを割り当てているか", "Whether every user has a unique user id"),
    sharedAccounts: fact(z.int().nonnegative(), "複数人で共用しているIDの数", "Number of ids shared by several people"),
    sharedAccountsRestricted: fact(
      z.boolean(),
      "共用IDを使う者を定め、それ以外の者に使わせていないか（共用IDがある場合）",
      "Whether each shared id is kept to the people designated to use it (where shared ids exist)",
    ),
    sharedAccountsPrivileged: fact(
      z.boolean(),
      "共用IDに管理者権限（特権）のIDを含むか（共用IDがある場合。保守事業者と共用する管理者IDなど）",
      "Whether the shared ids include a privileged (administrator) id (where shared ids exist; an administrator id shared with the maintainer, say)",
    ),
    privilegedSeparate: fact(z.boolean(), "管理者権限は通常のIDと分けているか", "Whether privileged access uses separate accounts"),
    privilegedMfa: fact(z.boolean(), "管理者IDに多要素認証を使うか", "Whether privileged accounts use multi-factor authentication"),
    deprovisioningDays: fact(
      z.number().nonnegative(),
      "異動・退職からIDを削除するまでの最大日数",
      "Maximum days from transfer or leaving until the id is removed",
    ),
    lastAccessReview: fact(IsoDate, "最後にアクセス権を棚卸しした日", "Date access rights were last reviewed"),
  }),
  "アカウント管理",
  "Account management",
  "Accounts",
);

/** Logging of a system. */
export const Logging = doc(
  z.strictObject({
    authentication: fact(z.boolean(), "認証の記録を取得しているか", "Whether authentication events are logged"),
    access: fact(z.boolean(), "情報へのアクセス記録を取得しているか", "Whether access to information is logged"),
    admin: fact(z.boolean(), "管理操作の記録を取得しているか", "Whether administrative operations are logged"),
    retentionDays: fact(z.number().nonnegative(), "ログの保存日数", "Days logs are retained"),
    timeSynchronised: fact(z.boolean(), "時刻を同期しているか", "Whether clocks are synchronised"),
    tamperProtected: fact(z.boolean(), "ログの改ざんを防止しているか", "Whether logs are protected against tampering"),
    reviewed: fact(z.boolean(), "ログを定期的に分析・確認しているか", "Whether logs are analysed regularly"),
  }),
  "ログの取得と保存",
  "Logging",
  "Logging",
);

/** Monitoring of a system. */
export const Monitoring = doc(
  z.strictObject({
    security: fact(
      z.boolean(),
      "セキュリティ監視（不正通信・侵入の検知）をしているか",
      "Whether security monitoring (unauthorised traffic, intrusion) is in place",
    ),
    availability: fact(z.boolean(), "稼働監視をしているか", "Whether availability is monitored"),
  }),
  "監視",
  "Monitoring",
  "Monitoring",
);

/** Backup of a system. */
export const Backup = doc(
  z.strictObject({
    enabled: fact(z.boolean(), "バックアップを取得しているか", "Whether backups are taken"),
    offsite: fact(z.boolean(), "遠隔地（別の建物）にも保管しているか", "Whether a copy is kept off-site"),
    lastRestoreTest: fact(IsoDate, "最後に復元テストをした日", "Date of the last restore test"),
    lastRestoreHours: fact(
      z.number().positive(),
      "最後の復元テストで復旧までにかかった時間（時間）",
      "Hours the last restore test took until the system was back in service",
    ),
  }),
  "バックアップ",
  "Backup",
  "Backup",
);

/** Where a system's servers and network equipment stand. */
export const PhysicalSite = doc(
  z.strictObject({
    kind: fact(
      z.enum(["server-room", "data-centre", "office", "cloud"]),
      "設置場所：server-room（情報システム室）、data-centre、office（執務室）、cloud（クラウド事業者の設備）",
      "Site: server-room, data-centre, office or cloud (the provider's facilities)",
    ),
    accessControl: fact(z.boolean(), "入退室管理をしているか", "Whether entry is access-controlled"),
    entryRecords: fact(z.boolean(), "入退室を記録しているか", "Whether entries are recorded"),
    fireProtection: fact(z.boolean(), "防火・消火設備があるか", "Whether fire protection is in place"),
    waterProtection: fact(z.boolean(), "浸水・漏水対策があるか", "Whether water protection is in place"),
    earthquakeProtection: fact(z.boolean(), "耐震・転倒防止の対策があるか", "Whether equipment is protected against earthquakes"),
    ups: fact(z.boolean(), "無停電電源装置（UPS）があるか", "Whether a UPS protects the equipment"),
    generator: fact(z.boolean(), "非常用発電機があるか", "Whether an emergency generator is available"),
    redundantLines: fact(z.boolean(), "通信回線を冗長化しているか", "Whether communication lines are redundant"),
  }),
  "サーバ・ネットワーク機器の設置場所",
  "Where servers and network equipment stand",
  "PhysicalSite",
);

/** Remote maintenance by a vendor. */
export const RemoteMaintenance = doc(
  z.strictObject({
    used: fact(z.boolean(), "リモート保守を行うか", "Whether remote maintenance is used"),
    vendorId: fact(Id, "保守を行う事業者（vendors の id）", "The maintaining vendor (an id from vendors)"),
    line: fact(
      z.enum(["closed", "lgwan", "internet-vpn", "internet"]),
      "保守回線：closed（閉域網）、lgwan、internet-vpn（インターネットVPN）、internet",
      "Maintenance line: closed (closed network), lgwan, internet-vpn or internet",
    ),
    perSessionApproval: fact(z.boolean(), "接続のたびに承認するか", "Whether each session is approved"),
    mfa: fact(z.boolean(), "多要素認証を使うか", "Whether multi-factor authentication is used"),
    logged: fact(z.boolean(), "作業を記録しているか", "Whether sessions are logged"),
  }),
  "事業者によるリモート保守",
  "Remote maintenance by a vendor",
  "RemoteMaintenance",
);
export type RemoteMaintenance = z.infer<typeof RemoteMaintenance>;

/** Development and test environments. */
export const DevTest = doc(
  z.strictObject({
    separatedFromProduction: fact(
      z.boolean(),
      "開発・テスト環境を本番と分離しているか",
      "Whether development and test are separated from production",
    ),
    realDataUsed: fact(z.boolean(), "テストに本番データを使うか", "Whether real data is used in tests"),
    realDataApproval: fact(
      Text,
      "本番データ利用の承認（決裁番号等）。承認があってもテストに本番データを使うことは認められない（例外は例外措置で扱う）",
      "Approval of the use of real data (reference). An approval does not make real data in tests acceptable; use an exception (waiver)",
    ),
  }),
  "開発・テスト環境",
  "Development and test",
  "DevTest",
);

/** An information system of the municipality, or the one system a vendor delivers. */
export const System = doc(
  z.strictObject({
    id: Id,
    name: doc(Text, "システムの名称", "Name of the system"),
    describedElsewhere: fact(
      z.boolean(),
      "true：別の記述（市の台帳など）に記載する既存のシステム。この記述では接続の相手（領域）としてだけ使い、システムの対策は判定しない。レポートの見出しに示す。書けるのは名前と領域（id・name・zone（必須）・ownerBody・department・owner・administrator・businessFunctions・hosting、端末群の id・name・count・zone）だけ",
      "true: an existing system described elsewhere (the city's inventory, say). This description uses it only as the other end of links (its zone); its own measures are not judged here, and the report's heading names it. It may carry only what names and places it (id, name, zone (required), ownerBody, department, owner, administrator, businessFunctions, hosting, and its terminal groups' id, name, count and zone)",
    ),
    ownerBody: fact(Text, "所管する行政機関（例：市長部局、教育委員会）", "Owning body (e.g. 市長部局, 教育委員会)"),
    department: fact(Text, "所管課", "Owning department"),
    owner: fact(
      Text,
      "情報システム管理者（システムを所管する課室の長。職名）",
      "The system's 情報システム管理者: the head of the division that owns it (post)",
    ),
    administrator: fact(
      Text,
      "情報システム担当者（管理者の指示でシステムの設定・運用を行う職員。職名）",
      "The system's 情報システム担当者: the staff member who configures and runs it under the 管理者 (post)",
    ),
    procedureRef: fact(
      Text,
      "このシステムの情報セキュリティ実施手順の参照（10）。内容は非公開のままでよい",
      "Reference to this system's security operating procedure (10); its content may stay non-public",
    ),
    zone: fact(Zone, "システムが属する領域", "Zone the system belongs to"),
    attachedZones: fact(
      z.array(Zone),
      "システムがネットワークに接続している全ての領域（2つ以上は領域をまたぐ接続）",
      "Every zone the system has a network interface in (two or more means it bridges zones)",
    ),
    boundaryRole: fact(
      BoundaryRole,
      "LGWAN接続系とインターネット接続系の境界で無害化を担う場合の役割（両領域への接続は橋渡しとみなさない）",
      "Role when it sanitises traffic on the LGWAN–internet boundary (being attached to both zones is then not bridging)",
    ),
    businessFunctions: fact(z.array(BusinessFunction), "システムが担う業務", "Business functions of the system"),
    hosting: fact(Hosting, "設置形態", "Hosting"),
    vendorIds: fact(z.array(Id), "構築・運用・保守の委託先（vendors の id）", "Vendors that build, run or maintain it (ids from vendors)"),
    dataAssets: fact(z.array(DataAsset), "取り扱う情報資産", "Information assets it handles"),
    terminalGroups: fact(z.array(TerminalGroup), "利用する端末群", "Terminal groups that use it"),
    servers: fact(z.array(Server), "サーバ", "Servers"),
    accounts: fact(Accounts, "アカウント管理", "Account management"),
    logging: fact(Logging, "ログ", "Logging"),
    monitoring: fact(Monitoring, "監視", "Monitoring"),
    backup: fact(Backup, "バックアップ", "Backup"),
    recoveryTimeHours: fact(z.number().positive(), "目標復旧時間（時間）", "Recovery time objective in hours"),
    physicalSite: fact(PhysicalSite, "設置場所", "Physical site"),
    remoteMaintenance: fact(RemoteMaintenance, "リモート保守", "Remote maintenance"),
    devTest: fact(DevTest, "開発・テスト環境", "Development and test"),
    evidence: EvidenceRefs,
  }),
  "情報システム（事業者の納品仕様書では納品するもの。接続先の既存のシステムは describedElsewhere: true で加える）",
  "An information system (in a vendor's delivery spec, what it delivers; existing systems it links to are added with describedElsewhere: true)",
  "System",
);
export type System = z.infer<typeof System>;

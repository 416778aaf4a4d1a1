import { describe, expect, it } from "vitest";
import { allowListEntryProblem, readAllowList } from "./allow-list.js";

/** The list is open: no allow-list, or a row too broad. */
const opensTheList = (list: readonly string[]) => {
  const reading = readAllowList(list);
  expect(reading.none || reading.broad.length > 0).toBe(true);
};
/** Every row names a destination or is a remark. */
const namesItsDestinations = (list: readonly string[]) => {
  expect(readAllowList(list)).toEqual({ none: false, broad: [], unclear: [] });
};
/** Nothing too broad, but a row that cannot be read is asked about. */
const isAskedAbout = (list: readonly string[]) => {
  expect(readAllowList(list)).toMatchObject({ none: false, broad: [] });
  expect(readAllowList(list).unclear.length).toBeGreaterThan(0);
};

describe("allow-list entries (α' local breakout)", () => {
  // Thirty-second review: the guideline's α' condition is a list of the destinations the LGWAN zone may reach. A word
  // for "all of them", in English or Japanese, any case or width, with spaces, quotes or a note, lists none.
  it.each([
    "any",
    "ANY",
    "ａｎｙ",
    "all",
    "ALL",
    "every",
    "everything",
    "Allow all",
    "any/any",
    "the internet",
    "すべて",
    "全て",
    "全部",
    "全部許可",
    "制限なし",
    "制限 なし",
    "無制限",
    "インターネット",
    "インターネット全般",
    "インターネット 全般",
    "全宛先",
    "宛先制限なし",
    "すべてのサイト",
    "任意",
    "任意のサイト",
    "すべて（業務に必要なサイト）",
    "『全て』",
    "「すべて」",
    "*",
    "*.*",
    "0.0.0.0/0",
    "0.0.0.0",
    "::/0",
  ])("%s leaves the destinations open", (entry) => {
    expect(allowListEntryProblem(entry)).toBeDefined();
  });

  // Names of services (with a note, or a sentence naming the vendor's published list), FQDNs, a domain's wildcard and
  // the services' published IP ranges are destinations an auditor can check.
  it.each([
    "Microsoft 365",
    "Microsoft 365 (Exchange Online)",
    "Microsoft 365（Exchange Online）",
    "Microsoft 365 のエンドポイント一覧",
    "All Microsoft 365 endpoints",
    "AnyConnect",
    "login.microsoftonline.com",
    "*.sharepoint.com",
    "*.sharepoint.com（SharePoint Online）",
    "[*.office.com]",
    "52.96.0.0/14",
    "13.107.6.152/31",
    "203.0.113.10",
    "2603:1006::/40",
  ])("%s names destinations", (entry) => {
    expect(allowListEntryProblem(entry)).toBeUndefined();
  });

  // Thirty-third review: an α' allow-list names destinations of a service's size (guideline, October 2024; 6(3)②,
  // 2(12)). A CIDR block wider than /8 (IPv6: /16) is a large share of the internet, 128.0.0.0/1 half of it; a
  // `*` or 「すべて」 in a note still says "everything" when the note is dropped; 「フィルタなし」 and 「制限しない」
  // are more words for it; and a URL or host:port whose host is too broad is as broad as the host. An auditor
  // fails each as an allow-list of "*".
  it.each([
    "128.0.0.0/1",
    "1.0.0.0/2",
    "64.0.0.0/3",
    "10.0.0.0/7",
    "2000::/3",
    "2603::/15",
    "Microsoft 365（*）",
    "Microsoft 365 (*)",
    "Microsoft 365（すべて）",
    "Microsoft 365（全て）",
    "Microsoft 365（Exchange Online・すべて）",
    "Microsoft 365（制限なし）",
    "Microsoft 365（0.0.0.0/0）",
    "Zoom（*.com）",
    "フィルタなし",
    "フィルターなし",
    "フィルタリングなし",
    "制限しない",
    "宛先を制限しない",
    "no filter",
    "unfiltered",
    "https://*/",
    "https://*.com/",
    "http://0.0.0.0/",
    "https://any",
  ])("%s leaves the destinations open (thirty-third review)", (entry) => {
    expect(allowListEntryProblem(entry)).toBeDefined();
  });

  // Thirty-third review: a /8 (or IPv6 /16) or narrower block, a note naming the service's parts or its own FQDN
  // pattern, and an endpoint copied with its port or as a URL (as Microsoft's endpoint list and vendors write them)
  // name destinations an auditor can look up, so they pass. A note word that usually means something else in a note
  // (任意: optional; インターネット: reached over the internet) does not make a named service "everything".
  it.each([
    "13.0.0.0/8",
    "2603::/16",
    "40.96.0.0/13",
    "Zoom（*.zoom.us）",
    "Zoom（*.zoom.us 等）",
    "Microsoft 365（Exchange Online・SharePoint Online）",
    "Microsoft 365（すべてのエンドポイント）",
    "Microsoft 365（52.96.0.0/14）",
    "Teams（任意）",
    "Microsoft 365（インターネット）",
    "*.office.com（M365 ポータル）",
    "outlook.office365.com:443",
    "203.0.113.10:443",
    "https://login.microsoftonline.com/",
    "https://login.microsoftonline.com",
    "https://*.office.com/path",
    "https://outlook.office365.com:443/owa",
    // Thirty-fourth review: a wildcard in the path only narrows what its host allows (web proxies list URLs so).
    "*.microsoft.com/*",
    "https://*.office.com/*",
    "teams.microsoft.com/l/*",
    "https://*.sharepoint.com/*",
  ])("%s names destinations (thirty-third and thirty-fourth reviews)", (entry) => {
    expect(allowListEntryProblem(entry)).toBeUndefined();
  });

  // Fortieth round (left by the thirty-ninth review): IPv4's whole range written in IPv6 (::ffff:0:0/96), and more
  // Japanese words for "the whole internet" (全インターネット, 全般, 全域) allow what "*" allows; an auditor fails them.
  // An IPv6 address in square brackets with a port is one host, as a URL writes it.
  it.each([
    "::ffff:0:0/96",
    "0:0:0:0:0:ffff:0:0/96",
    "::ffff:0:0/97",
    "（全インターネット）",
    "全インターネット",
    "全般",
    "インターネット全域",
    "[::]:443",
    "https://[::]/",
  ])("%s leaves the destinations open (fortieth round)", (entry) => {
    expect(allowListEntryProblem(entry)).toBeDefined();
  });

  it.each(["[2001:db8::1]:443", "https://[2001:db8::10]/", "[2603:1006::1]", "::ffff:cb00:7100/120", "2001:db8::/32"])(
    "%s names destinations (fortieth round)",
    (entry) => {
      expect(allowListEntryProblem(entry)).toBeUndefined();
    },
  );

  it("reports an address that is no address", () => {
    expect(allowListEntryProblem("300.1.1.1")).toBe("300.1.1.1");
    expect(allowListEntryProblem("10.0.0.0/33")).toBe("10.0.0.0/33");
  });
});

// Forty-first review: the α' allow-list as towns write it, judged row by row. The α' condition (guideline, October 2024;
// 6(3)②, 2(12)) is an allow-list of the approved services: a row that opens it to the rest or to every site fails
// wherever it is written (a service-name cell, a 「※」 note, a note in brackets); notes that only explain, bullets,
// numbers, line breaks in a cell and a sentence naming the service are how lists are written and pass; a row naming
// sites only by their use is asked about.
describe("reading a whole allow-list (forty-first review)", () => {
  const ms = "Microsoft 365";
  it.each([
    [[ms, "上記以外は許可"]],
    [[ms, "全てのWebサイト"]],
    [["全Webサイト"]],
    [["Webサイト全般"]],
    [["業務に必要なすべてのWebサイト"]],
    [["上記以外のサイトすべて"]],
    [[ms, "その他すべて"]],
    [["Microsoft 365、その他すべて"]],
    [["Microsoft 365 及び 一般サイト全般"]],
    [[ms, "※その他のサイトも閲覧可能。"]],
    [[ms, "※移行期間中は暫定的に * を許可。"]],
    [[ms, "※ *"]],
    [[ms, "※ 0.0.0.0/0（移行期間中のみ）"]],
    [[ms, "備考：令和8年度末までは全サイト許可"]],
    [[ms, "注：URLフィルタは未導入のため、宛先の制限は行っていない。"]],
    [[ms, "※URL制限なし"]],
    [[ms, "※上記以外は許可"]],
    [[ms, "※すべての宛先を許可する。"]],
    [[ms, "※暫定的に全URLを許可（令和9年3月まで）"]],
    [[ms, "※上記以外のサイトも閲覧可とする。"]],
    [["Microsoft 365（※全URL許可）"]],
    [["Microsoft 365\n*"]],
    [["*.sharepoint.com ※ほか全サイト許可"]],
  ])("%j opens the list", (list) => {
    const reading = readAllowList(list);
    expect(reading.none).toBe(false);
    expect(reading.broad.length).toBeGreaterThan(0);
  });

  it.each([
    [[ms, "その他業務上必要なサイト"]],
    [["M365／Teams／その他業務で使用するサイト"]],
    [[ms, "※業務上必要と認めるWebサイトへの接続も可。"]],
  ])("%j is asked about", isAskedAbout);

  it.each([
    [["*.sharepoint.com ※本市テナントのみ"]],
    [["- *.teams.microsoft.com", "- outlook.office365.com"]],
    [["outlook.office365.com\n*.sharepoint.com"]],
    [[ms, "※全て許可する設定は行わない。"]],
    [["Microsoft 365（Exchange Online・Teams）のみ許可する。"]],
    [["Microsoft 365\nTeams\nSharePoint Online"]],
    [["1. Microsoft 365", "2. Zoom", "3) Box"]],
    [["・Microsoft 365", "■Zoom", "● Box"]],
    [["teams.microsoft.com ※Web会議用"]],
    [["Microsoft 365：Exchange Online、SharePoint Online、Teams"]],
    [["Microsoft 365\n※上記以外は遮断"]],
    [["①Microsoft 365", "（2）Zoom"]],
    [["1.1.1.1", "10.0.0.0/8"]],
    [[ms, "※時間帯の制限なし"]],
    [[ms, "※ワイルドカード（*）は使用しない。"]],
    [[ms, "※上記以外は全て遮断（既定拒否）。URL の追加はデジタル推進課長の決裁による"]],
    [[ms, "その他は全てブロック"]],
    [["電子申請サービス（ぴったりサービス）", "国税電子申告（e-Tax）", "kintone（cybozu.com）"]],
  ])("%j names its destinations", namesItsDestinations);

  it("reads a list of notes only as no allow-list", () => {
    expect(readAllowList(["※URLの追加は課長決裁", "注：詳細は別紙"]).none).toBe(true);
  });

  it("quotes each row as written, one line each", () => {
    expect(readAllowList(["Microsoft 365\n*", "全サイト"]).broad).toEqual(["*", "全サイト"]);
  });
});

// Forty-second review: the forty-first's reading attacked. 「項目：値」 rows saying there is no list, notes that open the
// rest while forbidding something else, prose for the internet in general (Japanese and English), open-ended rows and a
// cell whose first block hid the rest fail or are asked; closing, logging and inspection notes, 「…は接続不可」, the
// process for adding sites, a service's own 「全URL」 and English notes pass.
describe("reading a whole allow-list (forty-second review)", () => {
  const ms = "Microsoft 365";
  it.each([
    [["許可リスト：なし"]],
    [["宛先制限：なし"]],
    [["URLフィルタ：なし"]],
    [["ホワイトリスト：未作成"]],
    [[ms, "宛先制限：なし"]],
    [[ms, "上記以外：許可"]],
    [[ms, "URL制限：なし（暫定）"]],
    [[ms, "※上記以外も許可する。ただしアダルトサイト等は許可しない。"]],
    [[ms, "インターネット閲覧"]],
    [[ms, "Web閲覧"]],
    [[ms, "一般のWebサイト"]],
    [[ms, "外部Webサイト"]],
    [[ms, "インターネット接続"]],
    [[ms, "ホームページ閲覧"]],
    [[ms, "Webブラウジング"]],
    [[ms, "あらゆるWebサイト"]],
    [[ms, "Everything else"]],
    [[ms, "All other websites"]],
    [[ms, "Internet access"]],
    [[ms, "General web browsing"]],
    [[ms, "Unrestricted web access"]],
    [[ms, "Note: all other sites are also allowed"]],
    [[ms, "インターネットへの接続を許可する。"]],
    [[ms, "※インターネット閲覧可"]],
    [[ms, "※上記以外も遮断しない"]],
    [[ms, "※Web閲覧も可"]],
    [[ms, "※一般サイトの閲覧も可"]],
    [[ms, "※上記以外のサイトへの通信も遮断していない"]],
    [[ms, "※URLフィルタリングは導入していない"]],
    [[ms, "※宛先制御は未実施（次年度導入予定）"]],
    [[ms, "※上記以外を禁止するものではない。"]],
    [["Microsoft 365（閲覧制限なし）"]],
    [["Microsoft 365（Webフィルタなし）"]],
    [["52.96.0.0/14, 0.0.0.0/0"]],
    [["https://login.microsoftonline.com/ ほか全サイト"]],
    [[ms, "※上記以外のサイトも制限なく閲覧できる"]],
  ])("%j opens the list", opensTheList);

  it.each([[[ms, "Microsoft 365 等"]], [[ms, "※上記は例示であり、これに限らない。"]], [["Microsoft 365（ほか一般サイト）"]]])(
    "%j is asked about or opens the list",
    (list) => {
      const reading = readAllowList(list);
      expect(reading.broad.length + reading.unclear.length).toBeGreaterThan(0);
    },
  );

  it.each([
    [[ms, "※上記以外の全てのサイトは遮断する。"]],
    [[ms, "※全URLのアクセスログを取得し5年間保存"]],
    [[ms, "※すべてのサイトへの通信はプロキシで検査（SSL復号）"]],
    [["Microsoft 365の全URL（Microsoft公開のエンドポイント一覧に準拠）"]],
    [[ms, "※上記以外のサイトは接続不可"]],
    [[ms, "※業務上必要なサイトの追加は、所属長の申請に基づき情報政策課長の承認を得て可能とする。"]],
    [[ms, "Note: only tenant hitoyoshi.onmicrosoft.com."]],
    [["Microsoft Teams（Web会議）：*.teams.microsoft.com、*.skype.com"]],
    [["13.107.6.152/31, 13.107.18.10/31, 2620:1ec:4::152/128"]],
    [["internet.example.jp"]],
  ])("%j names its destinations", namesItsDestinations);
});

// Forty-third review: the forty-second's reading attacked. Only items naming the list, the restriction or the rest make a
// 「項目：値」 row decide; English and Japanese refusals close; more ways of writing the open web open; a service's own
// "all" is the service.
describe("reading a whole allow-list (forty-third review)", () => {
  const ms = "Microsoft 365";
  it.each([
    [[ms, "例外：なし"]],
    [[ms, "ワイルドカード指定：なし"]],
    [[ms, "特記事項：なし"]],
    [[ms, "SSL復号除外：なし"]],
    [[ms, "暫定許可：なし"]],
    [[ms, "追加予定：なし"]],
    [[ms, "ブラックリスト：なし"]],
    [[ms, "対象端末：全て"]],
    [[ms, "ログ取得：全て"]],
    [[ms, "Other sites are not accessible."]],
    [[ms, "Any other destination: blocked"]],
    [[ms, "※上記以外は許可されない"]],
    [[ms, "※上記以外は許可していない。"]],
    [[ms, "※上記サービスはすべて許可済み（令和7年度 CISO 承認）"]],
    [[ms, "※全て許可リスト方式で制御する"]],
    [[ms, "※上記以外は許可制（申請・承認により追加）"]],
    [[ms, "※正職員以外も利用可"]],
    [[ms, "上記以外のサイト：遮断"]],
    [[ms, "その他のWebサイト：ブロック（既定拒否）"]],
    [["Microsoft 365（全ドメイン）"]],
    [["Microsoft 365（全URL・IPアドレス）"]],
    [["Microsoft 365 全般（Exchange Online、SharePoint Online、Teams）"]],
    [["Web会議（Teams）", "Zoom（Web会議）：*.zoom.us", "LoGoフォーム（Webフォーム作成）"]],
    [["一般財団法人地方自治研究機構（www.rilg.or.jp）", "全庁共通：Microsoft 365"]],
    [[ms, "※インターネット分離の方針に従う", "※通信の重要性等級：中", "※一般職員の利用はTeams・Outlookに限る"]],
    [[ms, "※一般のWebサイトへの接続は不可", "※インターネット上の他のサイトへは接続できない"]],
    [[ms, "※全ての通信はプロキシ経由とし、ログを取得する", "Windows Update（全端末）"]],
  ])("%j names its destinations", namesItsDestinations);

  it.each([
    [[ms, "宛先制限：なし"]],
    [["許可リスト：なし"]],
    [[ms, "上記以外：許可"]],
    [[ms, "Webサイト閲覧"]],
    [[ms, "HTTP/HTTPS通信"]],
    [[ms, "Web（HTTP/HTTPS）"]],
    [[ms, "TCP/443 宛先 any"]],
    [[ms, "外部への通信"]],
    [[ms, "ネット閲覧"]],
    [[ms, "World Wide Web"]],
    [["Microsoft 365（及びインターネット）"]],
    [["Microsoft 365（＋インターネット閲覧）"]],
    [[ms, "※宛先は限定していない"]],
    [[ms, "※現状はフルオープン"]],
    [[ms, "※ホワイトリストは作成していない"]],
    [[ms, "※閲覧先の制限なし"]],
    [[ms, "※上記以外のサイトへのアクセスも妨げない"]],
    [[ms, "ネットサーフィン"]],
    [[ms, "The Web"]],
    [[ms, "※上記以外もカテゴリフィルタで制御"]],
    [["*.s3.ap-northeast-1.amazonaws.com"]],
    [[ms, "業務関連サイト全般"]],
    [[ms, "HTTPS全般"]],
    [[ms, "Google検索（検索結果のサイト閲覧を含む）"]],
    [[ms, "※必要に応じてその他のサイトも閲覧させる"]],
  ])("%j opens the list", opensTheList);
});

// Forty-fourth review: 「宛先：可否」 rows are judged by their destination when allowed and are remarks when refused; the
// list's own items decide by their value; a hosting platform's or the rest's "all" stays broad; more open wordings fail;
// category rows and government-only registries are asked about.
describe("reading a whole allow-list (forty-fourth review)", () => {
  const m = "Microsoft 365（*.office.com、*.sharepoint.com）";
  it.each([
    [[m, "Zoom：許可", "インターネット閲覧：許可"]],
    [["*.sharepoint.com", "インターネット：可"]],
    [["*.sharepoint.com", "インターネット全般：可"]],
    [["*.sharepoint.com", "全てのWebサイト：許可"]],
    [["*.sharepoint.com", "上記以外の全サイト：許可"]],
    [["*.sharepoint.com", "*：許可"]],
    [["*.sharepoint.com", "Any：許可"]],
    [["*.sharepoint.com", "Internet: Allow"]],
    [["*.sharepoint.com", "既定の動作：許可"]],
    [["*.sharepoint.com", "Default action: Allow"]],
    [["*.sharepoint.com", "閲覧制限：なし"]],
    [["*.sharepoint.com", "アクセス制限：なし"]],
    [["*.sharepoint.com", "接続先制限：なし"]],
    [["*.sharepoint.com", "URLフィルタリング：未実施"]],
    [["*.sharepoint.com", "ホワイトリスト方式：不採用"]],
    [["*.sharepoint.com", "許可リスト：作成中"]],
    [["*.sharepoint.com", "宛先制限：しない"]],
    [["*.sharepoint.com", "フィルタリング：OFF"]],
    [["*.sharepoint.com", "宛先制限：無効"]],
    [["Microsoft 365", "クラウドサービス全般"]],
    [["Microsoft 365", "SaaS全般"]],
    [["AWS（全ドメイン）"]],
    [["Amazon Web Services 全般"]],
    [["Azure（全URL）"]],
    [["GitHub（全ドメイン）"]],
    [["Microsoft 365", "上記以外（全ドメイン）"]],
    [["Microsoft 365", "※上記以外は原則許可"]],
    [["Microsoft 365", "※上記以外も原則として許可"]],
    [["Microsoft 365", "※上記以外も申請不要で閲覧可能"]],
    [["Microsoft 365", "外部Web"]],
    [["Microsoft 365", "一般インターネット"]],
    [["Microsoft 365", "上記以外：閲覧可能"]],
  ])("%j opens the list", opensTheList);

  it.each([
    [["Microsoft 365：許可", "Zoom：許可", "上記以外：遮断"]],
    [["Microsoft 365：○", "LoGoフォーム：○", "その他：×"]],
    [["Microsoft 365", "上記以外：×"]],
    [["Microsoft 365", "All other traffic: denied"]],
    [[m, "Zoom：許可", "インターネット閲覧：不可"]],
    [["Microsoft 365", "帯域制限：なし", "利用時間制限：なし", "宛先制限：あり（上記のみ）", "制限：上記のとおり"]],
    [["Microsoft 365", "URLフィルタ：i-FILTER（上記以外遮断）", "SSLインスペクション：全て", "ログ保存：全件", "適用端末：全職員PC"]],
    [["Microsoft 365", "接続先：上記に限る", "許可リスト：別紙のとおり", "上記以外：すべて遮断", "既定の動作：拒否"]],
    [["Microsoft 365（全サービス）", "Box（全ドメイン）", "Zoom（全URL・IPアドレス）"]],
    [["Microsoft 365", "ポータルサイト（Yahoo! JAPAN）"]],
  ])("%j names its destinations", namesItsDestinations);

  it.each([
    [["Microsoft 365", "業務で利用するクラウドサービス"]],
    [["Microsoft 365", "国・県等の関係機関のサイト"]],
    [["Microsoft 365", "ニュースサイト"]],
    [["Microsoft 365", "*.go.jp"]],
    [["Microsoft 365", "*.lg.jp"]],
  ])("%j is asked about", isAskedAbout);
});

// Forty-fifth review: what becomes of the rest decides (anything but a refusal opens the list); a deny-list as a value
// opens it; a SaaS with 「クラウド」 in its name keeps its own "all"; vague items with 「：許可」 are still asked about.
describe("reading a whole allow-list (forty-fifth review)", () => {
  const ms = "Microsoft 365";
  it.each([
    [[ms, "上記以外：遮断しない"]],
    [[ms, "上記以外：遮断なし"]],
    [[ms, "上記以外：ブロックしない"]],
    [[ms, "上記以外：拒否しない"]],
    [[ms, "上記以外：拒否リスト方式"]],
    [[ms, "上記以外：拒否リスト（i-FILTER）"]],
    [[ms, "その他のサイト：遮断せず"]],
    [[ms, "上記以外：通過"]],
    [[ms, "上記以外：透過"]],
    [[ms, "上記以外：Accept"]],
    [[ms, "上記以外：pass"]],
    [[ms, "上記以外：ログのみ"]],
    [[ms, "上記以外：監視のみ"]],
    [[ms, "上記以外：警告のみ（閲覧可）"]],
    [["Microsoft 365：許可", "LoGoフォーム：許可", "上記以外：通過（ログ取得）"]],
    [[ms, "URLフィルタ：拒否リスト方式"]],
    [[ms, "インターネット閲覧：拒否リスト方式"]],
    [[ms, "Web閲覧：ブロックリスト方式（有害サイトのみ遮断）"]],
    [[ms, "制御方式：拒否リスト"]],
  ])("%j opens the list", opensTheList);

  it.each([
    [["マネーフォワード クラウド経費（全ドメイン）"]],
    [["freeeクラウド会計（全URL）"]],
    [[ms, "クラウド版 弥生会計（全URL）"]],
    [["TKCクラウド（全URL・IPアドレス）"]],
    [["Amazon WorkSpaces（全ドメイン）"]],
    [["Microsoft 365：許可", "その他：不許可"]],
    [
      [
        "Microsoft 365（Exchange Online / SharePoint / Teams）：許可",
        "Windows Update（*.windowsupdate.com）：許可",
        "LoGoフォーム：許可",
        "上記以外：遮断（プロキシで既定拒否）",
      ],
    ],
    [["Microsoft 365：通過", "上記以外：破棄"]],
  ])("%j names its destinations", namesItsDestinations);

  it.each([
    [["Microsoft 365：許可", "業務上必要なサイト：許可"]],
    [["Microsoft 365：許可", "ニュースサイト：許可"]],
    [["Microsoft 365：許可", "国・県等の機関：許可"]],
    [["Microsoft 365：許可", "官公庁サイト（*.go.jp・*.lg.jp）：許可"]],
    [[ms, "上記以外"]],
  ])("%j is asked about", isAskedAbout);
});

// Forty-sixth review: the rest's row closes the list when it refuses in any words and opens it when it allows; a category's,
// a platform's or a storage product's "all" is broad, as is a bare platform or category; vague items stay asked about.
describe("reading a whole allow-list (forty-sixth review)", () => {
  const ms = "Microsoft 365";
  it.each([
    "全遮断",
    "原則遮断",
    "閲覧不可",
    "FWで遮断",
    "なし",
    "許可しません",
    "暗黙の拒否",
    "全拒否",
    "一律遮断",
    "通信不可",
    "アクセス不可",
    "利用不可",
    "プロキシにて拒否",
    "implicit deny",
    "NG",
    "否",
    "対象外",
    "通さない",
    "接続させない",
    "（遮断）",
  ])("「上記以外：%s」 closes the list", (value) => {
    expect(readAllowList([ms, `上記以外：${value}`])).toEqual({ none: false, broad: [], unclear: [] });
  });

  it.each([[[ms, "All other destinations: Not allowed"]], [[ms, "その他：通さない"]]])("%j closes the list", namesItsDestinations);

  it.each([
    [["クラウドストレージ（全ドメイン）"]],
    [["各種クラウドサービス（全ドメイン）"]],
    [["ガバメントクラウド（全ドメイン）"]],
    [["自治体向けクラウド（全URL）"]],
    [["Amazon S3（全ドメイン）"]],
    [["Azure Blob Storage（全URL）"]],
    [["Google Cloud Storage（全ドメイン）"]],
    [["GitHub Pages（全ドメイン）"]],
    [["Google（全サービス）"]],
    [[ms, "上記以外の接続先：許可"]],
    [[ms, "その他の接続先：可"]],
    [[ms, "その他のインターネット：許可"]],
    [[ms, "リスト外：許可"]],
    [[ms, "登録外URL：許可"]],
    [[ms, "Others: Allow"]],
    [[ms, "上記以外のホスト：可"]],
    [[ms, "AWS"]],
    [[ms, "Azure"]],
    [[ms, "クラウドサービス"]],
    [[ms, "SaaS"]],
  ])("%j opens the list", opensTheList);

  it.each([
    [["Microsoft 365：許可", "例外サイト：許可"]],
    [["Microsoft 365：許可", "個別許可サイト：許可"]],
    [["Microsoft 365：許可", "業務で使うSaaS：許可"]],
    [["Microsoft 365", "上記以外：－"]],
  ])("%j is asked about", isAskedAbout);

  it.each([
    [["マネーフォワード クラウド経費（全ドメイン）"]],
    [["TKCクラウド（全URL・IPアドレス）"]],
    [["Microsoft 365", "上記以外：遮断", "追加対策：拒否リスト（有害サイト）併用"]],
    [["Microsoft 365", "上記以外：遮断", "※ブラックリスト（有害サイト）も併用"]],
  ])("%j names its destinations", namesItsDestinations);
});

// Forty-seventh review: a rest row blocking only some sites is a deny-list; more refusals and separators close the rest;
// CDNs, Japanese cloud platforms and more categories keep their "all" broad.
describe("reading a whole allow-list (forty-seventh review)", () => {
  const ms = "Microsoft 365";
  it.each([
    [[ms, "上記以外：有害サイトは遮断"]],
    [[ms, "上記以外：SNSは不可"]],
    [[ms, "上記以外：アダルト・ギャンブル等は不可"]],
    [[ms, "Others: malicious sites blocked"]],
    [[ms, "上記以外：フィルタリングなし"]],
    [[ms, "上記以外：OK"]],
    [["Akamai（全ドメイン）"]],
    [["Azure CDN（全URL）"]],
    [["さくらのクラウド（全ドメイン）"]],
    [["ニフクラ（全ドメイン）"]],
    [["IIJ GIO（全ドメイン）"]],
    [["WordPress.com（全ドメイン）"]],
    [["ISMAP登録サービス（全ドメイン）"]],
    [["自治体専用クラウド（全ドメイン）"]],
    [["ガバクラ（全ドメイン）"]],
    [["クラウド型グループウェア（全ドメイン）"]],
    [["Web会議サービス各種（全ドメイン）"]],
  ])("%j opens the list", opensTheList);

  it.each(["Block", "接続できない", "閲覧できません", "アクセスできない"])("「上記以外：%s」 closes the list", (value) => {
    expect(readAllowList([ms, `上記以外：${value}`])).toEqual({ none: false, broad: [], unclear: [] });
  });

  it.each([[[ms, "Others: Block"]], [[ms, "上記以外 → 遮断"]], [[ms, "上記以外＝遮断"]]])("%j closes the list", namesItsDestinations);
});

// Forty-eighth review: closing sentences without 「※」 are remarks; blocking only harmful or unrelated sites is a deny-list,
// also on top of nothing; CDN wildcards are as broad as the other shared hosting domains.
describe("reading a whole allow-list (forty-eighth review)", () => {
  const ms = "Microsoft 365";
  it.each([
    [[ms, "上記以外の外部サイトは遮断"]],
    [[ms, "上記以外のサイトは遮断する"]],
    [[ms, "上記以外のサイトは接続不可"]],
    [[ms, "上記以外の宛先は遮断"]],
    [[ms, "上記以外：遮断", "※有害サイトはフィルタでも遮断"]],
    [["Microsoft 365（SNS連携は不可）"]],
  ])("%j names its destinations", namesItsDestinations);

  it.each([
    [[ms, "業務に関係のないサイトは遮断"]],
    [[ms, "上記以外のうち有害サイト：遮断"]],
    [[ms, "※上記以外の危険サイトは遮断する。"]],
    [[ms, "不正サイトへの接続はブロック"]],
    [[ms, "その他：有害サイト遮断"]],
    [[ms, "上記以外（有害サイト）：遮断"]],
    [[ms, "上記以外：不正サイトへの接続はブロック"]],
    [["*.akamaized.net"]],
    [["*.akamaiedge.net"]],
  ])("%j opens the list", opensTheList);
});

// From the last note: a wildcard above a shared hosting domain reaches everyone's sites or storage below it; tunnels and
// serverless platforms give anyone a name.
describe("wildcards above shared hosting domains", () => {
  it.each([
    [["*.googleapis.com"]],
    [["*.windows.net"]],
    [["*.core.windows.net"]],
    [["*.azure.com"]],
    [["*.run.app"]],
    [["*.cloudfunctions.net"]],
    [["*.ngrok-free.app"]],
    [["*.trycloudflare.com"]],
  ])("%j opens the list", opensTheList);

  it.each([
    [["*.office.com", "*.microsoft.com", "*.office365.com"]],
    [["*.city.hitoyoshi.kumamoto.jp"]],
    [["*.google.com"]],
    [["www.googleapis.com"]],
  ])("%j names its destinations", namesItsDestinations);
});

// Forty-ninth review: harmful sites "included" in a wholesale block close nothing less; more closing sentences without 「※」;
// more deny-list wordings of the rest.
describe("reading a whole allow-list (forty-ninth review)", () => {
  const ms = "Microsoft 365";
  it.each([
    [[ms, "上記以外は遮断（有害サイトを含む）"]],
    [[ms, "上記以外のサイトへは接続できない"]],
    [[ms, "上記以外のサイトにはアクセスできません"]],
    [[ms, "上記以外のドメインは許可しない"]],
    [[ms, "上記以外のサイトへのアクセスは禁止"]],
    [[ms, "上記以外の外部サイトは閲覧できない設定"]],
  ])("%j names its destinations", namesItsDestinations);

  it.each([
    [[ms, "上記以外：業務外サイトは閲覧禁止"]],
    [[ms, "上記以外の業務外サイトは遮断"]],
    [[ms, "上記以外の悪性サイトはUTMで遮断"]],
    [[ms, "上記以外はWebフィルタで有害カテゴリを遮断"]],
    [[ms, "Others: phishing and malware sites blocked"]],
    [[ms, "Others: blocked except categories allowed by filter"]],
  ])("%j opens the list", opensTheList);
});

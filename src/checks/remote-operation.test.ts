import { describe, expect, it } from "vitest";
import type { Connection } from "../model/connection.js";
import { maintenancePurpose, operation } from "./remote-operation.js";

const link = (facts: object): Connection => ({ id: "c", from: { system: "a" }, to: { system: "b" }, ...facts }) as Connection;

describe("what a link lets its opening side do (thirty-third to thirty-seventh reviews)", () => {
  it.each([
    [{ protocols: ["WinRM over HTTPS"] }, "control"],
    [{ protocols: ["SSH/SFTP"] }, "control"],
    [{ protocols: ["SSH/SFTP（パスワード認証なし）"] }, "control"],
    [{ protocols: ["OpenSSH"] }, "control"],
    [{ protocols: ["OpenSSH（SFTP・シェル）"], ports: [22], sanitisation: ["file-sanitisation"] }, "control"],
    [{ protocols: ["rdp"], ports: [3389, 5985] }, "control"],
    [{ protocols: ["TCP"], ports: [22] }, "control"],
    [{ protocols: ["rdp"] }, "screen"],
    [{ protocols: ["リモートデスクトップ"] }, "screen"],
    [{ ports: [3389] }, "screen"],
    [{ sanitisation: ["screen-transfer"] }, "screen"],
    // Thirty-eighth review: what is written beside a file transfer decides.
    [{ protocols: ["SFTP/Telnet"], sanitisation: ["file-sanitisation"] }, "control"],
    [{ protocols: ["SFTP・VNC"], sanitisation: ["file-sanitisation"] }, "control"],
    [{ protocols: ["SCP/SSH（TeraTerm による保守ログイン）"], sanitisation: ["file-sanitisation"] }, "control"],
    [{ protocols: ["SFTP/RDP"], ports: [22, 3389] }, "screen"],
    [{ protocols: ["画面転送型リモート保守（RDP）"] }, "control"],
    // Fortieth round (left by the thirty-ninth review): remote-control products and server consoles an auditor knows.
    [
      { protocols: ["SSH/SFTP"], ports: [22], sanitisation: ["file-sanitisation"], purpose: "サーバ保守及び無害化済みデータ連携" },
      "control",
    ],
    [
      { protocols: ["SCP/SSH"], ports: [22], sanitisation: ["file-sanitisation"], purpose: "無害化済みデータの受け渡し、OS パッチ適用" },
      "control",
    ],
    [{ protocols: ["MagicConnect"] }, "control"],
    [{ protocols: ["ISL Online"] }, "control"],
    [{ protocols: ["Webmin (HTTPS)"], ports: [10000] }, "control"],
    [{ protocols: ["iLO リモートコンソール"], ports: [443] }, "control"],
    [{ protocols: ["iDRAC"], ports: [443] }, "control"],
    [{ protocols: ["SFTP・RustDesk"], sanitisation: ["file-sanitisation"] }, "control"],
  ] as const)("%j is %s", (facts, kind) => {
    expect(operation(link(facts))?.kind).toBe(kind);
  });

  it.each([
    { protocols: ["SFTP（SSH File Transfer Protocol）"], ports: [22] },
    { protocols: ["SFTP（SSH鍵認証）"], ports: [22], sanitisation: ["file-sanitisation"] },
    { protocols: ["SCP/SSH"], ports: [22], sanitisation: ["file-sanitisation"] },
    { protocols: ["SFTP（ForceCommand internal-sftp）"], ports: [22], sanitisation: ["file-sanitisation"] },
    { protocols: ["SFTP（シェルログイン不可）"], ports: [22], sanitisation: ["file-sanitisation"] },
    // Thirty-ninth review: tools said to be switched off, PuTTY's file-copy program, a purpose beside SFTP.
    { protocols: ["SFTP（Telnet・RDPは無効化）"], ports: [22], sanitisation: ["file-sanitisation"] },
    { protocols: ["SCP（PuTTY pscp）"], ports: [22], sanitisation: ["file-sanitisation"] },
    { protocols: ["リモート保守用データ受渡し（SFTP）"], ports: [22], sanitisation: ["file-sanitisation"] },
    // Fortieth review: files handed over for maintenance are files; only work on the server itself makes SSH a shell.
    { protocols: ["SSH/SFTP"], ports: [22], sanitisation: ["file-sanitisation"], purpose: "保守用パッチファイル（無害化済み）の受け渡し" },
    { protocols: ["SFTP"], ports: [22], sanitisation: ["file-sanitisation"], purpose: "サーバ保守用のファイル受け渡し" },
    { ports: [22], sanitisation: ["file-sanitisation"] },
    { protocols: ["https"], ports: [443] },
    { protocols: ["smtp"] },
  ])("%j operates nothing", (facts) => {
    expect(operation(link(facts))).toBeUndefined();
  });
});

describe("how firmly a purpose says someone works what the link reaches (fortieth to forty-second reviews)", () => {
  const withPurpose = (purpose: string) => link({ protocols: ["画面転送（RDP）"], ports: [3389], purpose });
  it.each([
    "職員PCのリモート保守（ヘルプデスク）",
    "財務会計システムの保守",
    "保守作業（クリップボード・ドライブ転送は無効）",
    "遠隔保守",
    "職員PCのリモートメンテナンス（ベンダー）",
    "障害時の遠隔支援（ベンダーが職員PCの画面を操作）",
    "ベンダーによる職員端末の点検・設定変更",
    "Remote troubleshooting of staff PCs by the vendor",
    "ベンダーによるVDIサーバのリモートメンテナンス",
    "委託事業者による職員端末のサポート作業",
    "Vendor helpdesk support for staff PCs",
    "職員PCのトラブル対応（委託事業者が画面を確認しながら対応）",
    "SEによるリモート作業（端末のアップデート・キッティング）",
    "事業者による技術支援（職員PCの不具合確認）",
    "ベンダーSEが端末を遠隔から操作して障害を切り分ける",
    "グループウェアの保守",
    // Forty-third review: work stated in other words.
    "ベンダーが職員PCへ接続してトラブルを解消する",
    "職員端末の不具合時に業者が画面共有で確認",
    "Vendor remotely fixes staff PCs",
    "ヘルプデスク（委託）による職員PCの操作代行",
    "肥後情報サービスが職員端末にログインして設定を行う",
    // Forty-fourth review: a qualifier of hours or scope does not cancel the work stated beside it.
    "ベンダーによる職員PCのリモート保守（土日祝日を除く）",
    "職員PCのリモートサポート（夜間は別途電話対応）",
    "委託業者による端末の遠隔保守。ただし個人情報ファイルの操作は行わない",
    "職員PCの遠隔操作による保守（業務時間外を除く）",
    "保守事業者が職員端末のトラブルを遠隔で解決する",
    "障害発生時は富士ジャパンのSEがこの経路で職員PCに入って復旧する",
    // Forty-sixth review: a refusal cancels the work of its own clause only; 「保守作業時のみ」 is use for the work.
    "原則として保守作業には使用しない。ただし緊急時は事業者がリモート保守を行う",
    "Web閲覧用。保守作業は本経路では行わないが、障害時は事業者が遠隔で復旧",
    "保守作業時のみ接続を許可",
    "サポートは電話で行うが、必要に応じてリモート操作も行う",
    "Vendor remote maintenance (not used for browsing)",
    "職員が行う設定作業を事業者がリモートで支援",
    "保守は別途保守契約に基づき事業者がリモートで実施",
    "Web browsing; in emergencies the vendor may connect remotely to fix PCs",
    // Forty-eighth review: a negated limit of time is no denial of the work.
    "事業者によるリモート保守（夜間は行わない）",
    // Forty-ninth review: other limits in brackets.
    "事業者によるリモート保守（職員立会いのない作業は行わない）",
    "事業者がリモートで保守する（ファイルの持ち出しは行わない）",
    "事業者によるリモート保守（年末年始は行わない）",
    "事業者によるリモート保守（障害時以外は行わない）",
  ])("%s states it", (purpose) => {
    expect(maintenancePurpose(withPurpose(purpose))).toBe("stated");
  });

  it.each([
    "点検・設定変更",
    "サポート",
    "maintenance",
    // Forty-seventh review: a refusal that keeps exceptions open.
    "インターネット閲覧（緊急時を除き、保守作業には使用しない）",
    "インターネット閲覧（保守作業には原則使用しない）",
  ])("%s only mentions it", (purpose) => {
    expect(maintenancePurpose(withPurpose(purpose))).toBe("mentioned");
  });

  it.each([
    "仮想ブラウザによるインターネット閲覧（ベンダーのサポートサイト閲覧を含む）",
    "インターネット閲覧用の画面転送（保守対象外）",
    "インターネット閲覧（保守業者の技術情報サイトの閲覧用）",
    "Web閲覧（国・県のヘルプデスク問合せフォームの利用を含む）",
    "仮想ブラウザ（子育てサポートサイト等の閲覧）",
    "テレワーク・庁内端末からの画面転送（保守対象外）",
    "業務システム利用（画面転送）。システム保守はLGWAN回線で別途実施",
    "Screen transfer for staff; vendor support is NOT provided over this path",
    "職員PCからのインターネット閲覧（仮想ブラウザ）",
    "インターネット閲覧（メンテナンス時間：毎月第3日曜 2:00～6:00）",
    "保守用端末からのインターネット閲覧",
    "インターネット閲覧（定期保守時は停止）",
    "仮想ブラウザによるWeb閲覧。仮想ブラウザ基盤自体の保守は事業者がリモートで行う",
    "ヘルプデスクが仮想ブラウザで問合せ内容を調べるためのWeb閲覧",
    "インターネット閲覧（点検中は利用不可）",
    "Internet browsing via the virtual browser (maintenance window: Sun 02:00-06:00)",
    "インターネット閲覧（保守：肥後情報サービス）",
    "インターネット閲覧（設定変更は申請制）",
    // Forty-third review: the users' own screens, support desks and portals, a yearly inspection, work done in-house.
    "画面転送方式によるインターネット閲覧（職員は転送された画面を操作する）",
    "Web会議への参加（仮想ブラウザ上で画面を共有して説明する）",
    "インターネット閲覧（利用者は画面を見ながらマウス操作のみ可能）",
    "Web browsing; vendor support portal access",
    "Internet browsing (IT support desk assists users by phone only)",
    "インターネット閲覧（事業者のサポート窓口へのメール・電話対応を含む）",
    "インターネット閲覧。なお職員PCの保守は庁内の情報政策課職員が行う",
    "Windowsのサポート期限・更新情報の確認のためのWeb閲覧",
    "インターネット閲覧（年1回の点検あり）",
    "インターネット閲覧（システムの保守契約先サイトの閲覧を含む）",
    "インターネット閲覧（保守点検日を除き終日利用可）",
    "インターネット閲覧（サポート切れソフトのダウンロードは禁止）",
    "インターネット閲覧・Web会議（サポートはベンダーが電話で行う）",
    "インターネット閲覧（職員向けITサポートの一環）",
    "インターネット閲覧（保守は別途LGWAN回線で実施）",
    // Forty-fifth review: the host's own upkeep, a time or a party after 「保守作業」, and purposes ruling maintenance out.
    "インターネット閲覧用の画面転送（仮想ブラウザ）。分離基盤の保守作業は肥後情報サービスがVPNで実施",
    "職員PCへのWeb画面転送。仮想ブラウザサーバの保守作業は事業者がリモートで行う",
    "Web閲覧の画面転送（保守対応：肥後情報サービス）",
    "インターネット閲覧（基盤の定期保守作業中は利用不可）",
    "インターネット分離（画面転送）。保守作業時間帯は停止",
    "インターネット閲覧（保守作業は本経路では行わない）",
    "画面転送（保守作業には使用しない）",
    "Web閲覧のみ。保守作業での利用は不可",
    "インターネット閲覧（本経路での保守対応は禁止）",
    "インターネット閲覧（リモート保守には用いない）",
    // Forty-seventh review: the vendor's own work denied in its clause.
    "インターネット閲覧。事業者によるリモート保守は行わない",
    "インターネット閲覧（事業者がリモートで保守することはない）",
    "インターネット閲覧（事業者のリモート支援は受けない）",
    "インターネット閲覧（事業者が遠隔で端末を操作することはできない設定）",
    "Web browsing only; vendor remote maintenance is not permitted over this path",
    "インターネット閲覧（保守は庁舎内で実施）",
  ])("%s does not", (purpose) => {
    expect(maintenancePurpose(withPurpose(purpose))).toBeUndefined();
  });
});

/**
 * How a contract's reference is read (`contractReading`, `saysRenewed`): the texts the sixty-seventh and sixty-ninth
 * reviews wrote as departments and vendors write them, each with what an auditor reads in it (6(8): a contract stating
 * the security requirements, in force on the evaluation date).
 */
import { describe, expect, it } from "vitest";
import { contractReading, saysRenewed } from "./holders.js";

describe("contractReading", () => {
  it.each([
    // The old contract ran out and use goes on, or the new one is not made yet: no contract in force.
    "契約満了後も継続利用（更新契約は7月締結予定）",
    "契約満了後も保守を継続（更新契約は7月締結予定）",
    "契約満了後も継続利用（2026-03-31 満了、更新契約は2026-07-01締結予定）",
    "令和7年度契約の延長手続中（覚書未締結）",
    "新年度契約は締結準備中",
    "令和8年度契約は締結準備中（人吉市業務委託契約約款による予定）",
    "契約手続中（令和8年4月1日から暫定利用）",
    "仮契約（9月議会の議決待ち）",
    "仮契約（R8.4.1-R9.3.31、議決待ち）",
    "仮契約（議案第45号、6月議会で議決待ち）",
    "補正予算（第3号）で予算化、現在入札中",
    "見積依頼中",
    "契約切れのまま利用中",
    "期間満了（更新未了）",
    "決裁待ち",
    "押印待ち（相手方）",
    "個別契約未締結（当面は利用規約に同意して無償トライアル）",
    // Seventy-first review: notes that qualify the word before them, the last clause deciding, more ways of saying it.
    "令和8年度分 未締結（令和7年度分は令和7年4月1日締結）",
    "令和8年7月1日締結（予定）",
    "4月1日締結に向けて決裁中",
    "令和7年度分は締結済み、令和8年度分は締結準備中",
    "令和8年4月1日付で新契約を締結する予定（現在は口頭で継続依頼）",
    "契約更新未了（見積依頼済み）",
    "契約解除済み（令和8年3月、後継事業者選定中）",
    "令和8年3月31日契約終了。後継契約なし",
    "7月締結見込み",
    "随意契約の協議中",
    "令和8年度契約は起案中（4月から先行して作業）",
    "試行導入（無償、契約書なし）",
    // Seventy-third review: any clause about this contract decides; notes that are a lapse word; more ways of saying it.
    "令和8年度分未締結、令和7年度分 第7-101号",
    "本契約 第8-105号 締結準備中",
    "契約期間満了（令和8年3月31日）、更新予定",
    "第7-103号（未締結）",
    "令和8年4月1日契約予定",
    "締結【予定】",
    "契約未了",
    // Seventy-fifth review.
    "旧契約で継続利用中",
    "締結済／期間満了",
    "解約",
    "失効",
    "契約満了",
    "第8-104号（決裁中）",
    // Seventy-eighth review: a draft is no contract, as 「決裁中」 is not.
    "業務委託契約書（案）",
    "保守委託契約書案",
    "契約書ドラフト v2",
    "Maintenance agreement (draft)",
    "人吉市契約第8-040号（未署名）",
    // Eightieth review.
    "契約書 素案",
    "契約書（最終案）",
    // Placeholders, as before.
    "契約なし",
    "未契約",
    "解約済み",
  ])("「%s」 says no contract is in force", (reference) => {
    expect(contractReading(reference)).toBe("none");
  });

  it.each(["契約番号不明（財政課に照会中）", "契約番号不明（財政課 0966-22-2111 に照会中）"])(
    "「%s」 says the writer does not know it",
    (reference) => {
      expect(contractReading(reference)).toBe("unknown");
    },
  );

  it.each([
    // A contract concluded: what the notes say of the previous or next one, or of how it was made, does not undo it.
    "人吉市契約第7-101号",
    "R7-情政-044（令和8年4月1日付 R8-情政-009 により更新済み）",
    "人吉市契約第8-120号（次期契約は令和9年4月締結予定）",
    "長期継続契約（令和6年度〜令和10年度）",
    "長期継続契約（令和8年3月議会の議決後、4月1日締結）",
    "仮契約（令和8年2月20日）→3月議会で議決、本契約に移行済み",
    "旧契約満了後、令和8年4月1日付で新契約を締結",
    "令和8年度業務委託契約書（4月1日締結。変更契約の手続中）",
    "人吉市業務委託契約約款を準用した委託契約書（令和8年4月1日締結）",
    "令和8年度保守委託契約（締結済み）。次期システムは入札予定",
    "令和8年度保守委託契約締結済み（次年度分は見積中）",
    "契約前に情報セキュリティ要件を協議し、特記事項として契約書に明記（令和8年4月1日締結）",
    "契約番号 2026001234（旧契約満了後の更新）",
    "令和8年度 電算保守委託契約書（4月1日締結。特記事項の条文の解釈は法務担当に確認中）",
    "契約期間満了日 令和9年3月31日（人吉市契約第8-010号）",
    "ご利用申込書兼承諾書 No. 20251",
    "協定書（人吉球磨自治体クラウド協議会）",
    "県の共同調達契約に参加",
    "単価契約",
    // Seventy-first review: concluded, though other words of the text speak of a lapse or of the next contract.
    "旧契約の期間満了に伴う新規契約 第8-012号",
    "第8-013号。次年度契約は入札中",
    "暫定利用期間を経て本契約 第8-014号",
    "人吉市契約第8-020号（令和8年4月1日～令和9年3月31日）、旧契約は期間満了",
    "人吉市契約第8-021号（解除条項あり）",
    "人吉市契約第8-030号。データ移行作業は未了",
    "人吉市契約第8-031号（検収未了）",
    "なし（包括保守契約 第7-101号に含む）",
    "個別契約なし（包括保守契約 第7-101号に含む）",
    // A matter (案件) is no draft.
    "案件番号 8-050 に係る業務委託契約 第8-050号",
    "契約案件 第8-051号",
  ])("「%s」 names a contract", (reference) => {
    expect(contractReading(reference)).toBe("stated");
  });
});

describe("saysRenewed", () => {
  it.each([
    "R7-情政-044（令和8年4月1日付 R8-情政-009 により更新済み）",
    "年額プラン（1年ごと自動更新）申込番号 ZM-2024-11873",
    "人吉市契約第7-044号（令和8年度は第8-044号で継続）",
  ])("「%s」 says the contract was renewed", (reference) => {
    expect(saysRenewed(reference)).toBe(true);
  });

  it.each([
    // Denied, ended, or a kind of contract: not renewed (an ended term beside these is a lapse).
    "第7-101号（自動更新なし）",
    "第7-101号（令和8年3月31日満了。更新しない）",
    "長期継続契約 第R3-012号（R3.4.1〜R8.3.31）",
    "R7-情政-044（更新手続き未了）",
    "継続利用（契約は令和7年度末で終了）",
    "年額プラン 第7-202号（自動更新停止済み）",
    "第7-203号（9月議会で更新予定）",
    "第7-204号（自動更新。ただし令和8年2月に解約を申し入れ済み）",
    "第7-205号（自動更新条項なし）",
    "第7-206号（令和8年3月で打切り）",
    "第7-207号（不更新通知済み）",
    "第7-208号（更新拒絶）",
    "第7-306号（自動更新。R8.3.31付で合意解除）",
    "人吉市契約第7-140号（令和8年度分は6月議会の議決後に長期継続契約を締結予定、それまで前年度契約を準用）",
  ])("「%s」 does not", (reference) => {
    expect(saysRenewed(reference)).toBe(false);
  });
});

/**
 * Which owning bodies put a system outside the policy's scope (clause 4(1)). An auditor expects a
 * body of its own (a 一部事務組合, a hospital enterprise, another municipality, the prefecture, the
 * state and its offices, a federation, a company, a university) to be left to its own policy, and
 * every department, division or spelling of the municipality itself to stay within this one: a
 * system wrongly taken out of scope loses every finding (twentieth review: 人吉市 written under a
 * profile saying 熊本県人吉市 gave a clean report for a password-only My Number terminal).
 */
import { describe, expect, it } from "vitest";
import { isOtherBody, isVendorBody } from "../../src/engine/applicability.js";
import { hitoyoshiProfile } from "../../src/profiles/hitoyoshi.js";

const covered = hitoyoshiProfile.coveredBodies;

describe("owning bodies", () => {
  it.each([
    ["人吉市", "熊本県人吉市"],
    ["人吉市 市民課", "人吉市役所"],
    ["市", "人吉市"],
    ["本市 市民課", "人吉市"],
    ["熊本県 人吉市 市民課", "人吉市"],
    ["福祉事務所", "人吉市"],
    ["市民課", "人吉市"],
    ["市長部局（消防防災担当）", "人吉市"],
    ["消防防災課", "人吉市"],
    ["上下水道課", "人吉市"],
    ["企画部 まちづくり推進課", "人吉市"],
    // Twenty-fourth review: a first word ending in 道 is no prefecture.
    ["上下水道 業務課", "人吉市"],
    ["水道 料金係", "人吉市"],
    ["保健所", "八代市"],
    ["八代市保健所", "八代市"],
    // Twenty-eighth review: the municipality is one of the joint owners, whichever is named first.
    ["錦町・人吉市 共同利用（住民情報）", "人吉市"],
    ["本庁舎管理課", "人吉市"],
    ["県民課", "人吉市"],
  ])("%s stays within the policy of %s", (body, municipality) => {
    expect(isOtherBody(body, covered, municipality)).toBe(false);
  });

  it.each([
    ["八代市 市民課", "人吉市"],
    ["錦町役場 税務課", "人吉市"],
    ["熊本県 国保・高齢者医療課", "人吉市"],
    ["八代市教育委員会", "人吉市"],
    ["上天草市", "天草市"],
    // Twenty-eighth review: legal forms abbreviated, a ministry or agency with its bureau, the prefecture's office
    // without its name, and notes in other brackets.
    ["(株)くまもと電算", "人吉市"],
    ["くまもと電算（株）", "人吉市"],
    ["㈱くまもと電算", "人吉市"],
    ["総務省自治行政局", "人吉市"],
    ["厚生労働省社会・援護局", "人吉市"],
    ["デジタル庁ガバメントクラウド運用チーム", "人吉市"],
    ["県球磨地域振興局", "人吉市"],
    ["人吉球磨広域行政組合【介護保険課】", "人吉市"],
    ["人吉球磨広域行政組合〔介護保険〕", "人吉市"],
    // Thirtieth review: other legal persons.
    ["社会福祉法人 人吉市社会福祉事業団", "人吉市"],
    ["医療法人 球磨会", "人吉市"],
    ["特定非営利活動法人 ひとよしIT支援", "人吉市"],
  ])("%s is another body than %s (twenty-second review)", (body, municipality) => {
    expect(isOtherBody(body, covered, municipality)).toBe(true);
  });

  it("reads a town's name with its 郡, and a body named as the municipality judging itself (twenty-second review)", () => {
    const town = ["町長部局", "教育委員会", "選挙管理委員会", "監査委員", "農業委員会", "固定資産評価審査委員会", "公平委員会", "議会"];
    expect(isOtherBody("あさぎり町", town, { names: ["熊本県球磨郡あさぎり町"], known: true })).toBe(false);
    expect(isOtherBody("人吉球磨広域行政組合", covered, { names: ["人吉球磨広域行政組合"], known: true })).toBe(false);
  });

  it("keeps a bare municipality's name in scope when the municipality's own name is not known (a delivery spec under a profile that kept the built-in's)", () => {
    expect(isOtherBody("あさぎり町", covered, { names: ["人吉市"], known: false })).toBe(false);
    // A body's word still decides.
    expect(isOtherBody("人吉球磨広域行政組合", covered, { names: ["人吉市"], known: false })).toBe(true);
  });

  it("takes the description's own municipality name as the municipality's (a town's profile that left it out)", () => {
    expect(isOtherBody("あさぎり町", covered, ["人吉市", "あさぎり町"])).toBe(false);
    expect(isOtherBody("あさぎり町", covered, ["人吉市"])).toBe(true);
  });

  it.each([
    "人吉市立病院",
    "人吉市社会福祉協議会",
    "錦町",
    "八代市",
    "熊本県",
    "熊本地方法務局人吉支局",
    "人吉年金事務所",
    "株式会社肥後銀行",
    "国民健康保険中央会",
    "熊本大学",
    "人吉球磨広域行政組合 介護保険課",
    "熊本県国民健康保険団体連合会",
    "地方公共団体情報システム機構",
    // Twenty-sixth review: a prefecture's offices and board.
    "熊本県球磨地域振興局",
    "熊本県人吉保健所",
    "熊本県庁",
    "熊本県教育委員会",
  ])("%s is a body of its own", (body) => {
    expect(isOtherBody(body, covered, "人吉市")).toBe(true);
  });

  it("takes a vendor of the description named as owner for the company (twenty-eighth review)", () => {
    const vendors = ["株式会社くまもと電算", "有限会社球磨OA"];
    expect(isVendorBody("くまもと電算", vendors)).toBe(true);
    expect(isVendorBody("くまもと電算 データセンター", vendors)).toBe(true);
    expect(isVendorBody("(有)球磨OA", vendors)).toBe(true);
    expect(isVendorBody("市民課", vendors)).toBe(false);
    // A name of fewer than three characters without its legal form says too little.
    expect(isVendorBody("OA", ["株式会社OA"])).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { evaluate } from "../builtin.js";
import type { Description } from "../model/description.js";
import { namesById, renderNamedMessage } from "./messages.js";

const template = {
  ja: "システム {{system}} の記載がない（関係：{{systems}}、事業者 {{vendor}}）",
  en: "System {{system}} says nothing ({{systems}}; vendor {{vendor}})",
};

describe("messages name what they judge (fiftieth round)", () => {
  const names = namesById({
    systems: [
      { id: "zaimu", name: "財務会計" },
      { id: "jinji", name: "jinji" },
      { id: "bunsho", name: "  " },
    ],
    vendors: [{ id: "acme", name: "株式会社アクメ" }],
  });

  it("shows a system's and a vendor's name beside the id, in each language's brackets", () => {
    expect(renderNamedMessage(template, { system: "zaimu", systems: "zaimu", vendor: "acme" }, names)).toEqual({
      ja: "システム 財務会計（zaimu）の記載がない（関係：財務会計（zaimu）、事業者 株式会社アクメ（acme））",
      en: "System 財務会計 (zaimu) says nothing (財務会計 (zaimu); vendor 株式会社アクメ (acme))",
    });
  });

  it("names each known id of a list and leaves the others as they are", () => {
    expect(renderNamedMessage(template, { system: "x", systems: "zaimu, x, jinji", vendor: "y" }, names)).toEqual({
      ja: "システム x の記載がない（関係：財務会計（zaimu）、x、jinji、事業者 y）",
      en: "System x says nothing (財務会計 (zaimu), x, jinji; vendor y)",
    });
  });

  it("keeps ids whose name is empty or the id itself, and text without such placeholders", () => {
    const data = { system: "jinji", systems: "bunsho", vendor: "nobody" };
    expect(renderNamedMessage(template, data, names)).toEqual({
      ja: "システム jinji の記載がない（関係：bunsho、事業者 nobody）",
      en: "System jinji says nothing (bunsho; vendor nobody)",
    });
    expect(renderNamedMessage({ ja: "固定", en: "fixed" }, { system: "zaimu" }, names)).toEqual({ ja: "固定", en: "fixed" });
  });

  it("reads service and account as ids only in the checks of those targets (fifty-third review)", () => {
    const services = namesById({ cloudServices: [{ id: "LINE", name: "LINE WORKS（庁内連絡用）" }] });
    const platform = { ja: "アカウント {{account}}（{{service}}）", en: "Account {{account}} ({{service}})" };
    expect(renderNamedMessage(platform, { account: "kanko", service: "LINE" }, services, "socialMediaAccount").ja).toBe(
      "アカウント kanko（LINE）",
    );
    expect(
      renderNamedMessage({ ja: "外部サービス {{service}} の", en: "Service {{service}}" }, { service: "LINE" }, services, "cloudService")
        .ja,
    ).toBe("外部サービス LINE WORKS（庁内連絡用）（LINE）の");
  });

  it("names information assets whose id names one asset in the description (sixty-seventh and sixty-eighth reviews)", () => {
    const systems = [
      {
        id: "kyuyo-sys",
        dataAssets: [
          { id: "kyuyo", name: "給与データ" },
          { id: "shared", name: "共通台帳" },
        ],
      },
      { id: "other", dataAssets: [{ id: "shared", name: "別の台帳" }, { id: "bare" }] },
    ];
    const assets = namesById({ systems });
    const text = { ja: "情報資産 {{asset}} と {{assets}}", en: "Asset {{asset}} and {{assets}}" };
    expect(renderNamedMessage(text, { asset: "kyuyo", assets: "kyuyo, shared, bare" }, assets)).toEqual({
      ja: "情報資産 給与データ（kyuyo）と 給与データ（kyuyo）、shared、bare",
      en: "Asset 給与データ (kyuyo) and 給与データ (kyuyo), shared, bare",
    });
  });

  it("names systems in the report's messages but keeps their ids in the data", () => {
    const description: Description = {
      evaluationDate: "2026-04-01",
      systems: [{ id: "zaimu", name: "財務会計", zone: "lgwan" }],
    } as Description;
    const finding = evaluate(description, { results: "problems" }).results.find((r) => r.data?.system === "zaimu");
    expect(finding?.message.ja).toContain("財務会計（zaimu）");
    expect(finding?.message.en).toContain("財務会計 (zaimu)");
    expect(finding?.data?.system).toBe("zaimu");
  });
});

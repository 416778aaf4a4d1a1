import { z } from "zod";
import { fact, IsoDate } from "./common.js";
import { doc } from "./registry.js";

/** Malware protection and patching of a group of machines. */
export const EndpointProtection = doc(
  z.strictObject({
    epp: fact(z.boolean(), "ウイルス対策ソフト（EPP）を導入しているか", "Whether endpoint protection (EPP, anti-malware) is installed"),
    edr: fact(
      z.boolean(),
      "EDR（エンドポイントでの検知と対応）を導入しているか",
      "Whether EDR (endpoint detection and response) is installed",
    ),
    autoUpdate: fact(z.boolean(), "定義ファイルを自動更新するか", "Whether signatures update automatically"),
    eppNotInstallable: fact(
      z.boolean(),
      "機器の仕様でウイルス対策ソフトを導入できないか（アプライアンス、制御機器等。epp: false と併せて書く）",
      "Whether the device cannot run endpoint protection (appliances, controllers…; state with epp: false)",
    ),
  }),
  "不正プログラム対策",
  "Malware protection",
  "EndpointProtection",
);
export type EndpointProtection = z.infer<typeof EndpointProtection>;

/** Patch state of a group of machines. */
export const Patching = doc(
  z.strictObject({
    automatic: fact(z.boolean(), "OS・ソフトウェアの更新を自動適用するか", "Whether OS and software updates are applied automatically"),
    lastAppliedOn: fact(IsoDate, "最後に更新プログラムを適用した日", "Date updates were last applied"),
    oldestPendingReleasedOn: fact(
      IsoDate,
      "未適用の更新のうち最も古いものの公開日（未適用がなければ省略せず pendingUpdates: 0）",
      "Release date of the oldest update not yet applied",
    ),
    oldestPendingCriticalReleasedOn: fact(
      IsoDate,
      "未適用の緊急（critical）更新のうち最も古いものの公開日",
      "Release date of the oldest critical update not yet applied",
    ),
    pendingUpdates: fact(z.int().nonnegative(), "未適用の更新の数", "Number of updates not yet applied"),
  }),
  "更新プログラムの適用状況",
  "Patch state",
  "Patching",
);
export type Patching = z.infer<typeof Patching>;

/** A piece of software with its support period. */
export const Software = doc(
  z.strictObject({
    name: z.string().min(1),
    version: fact(z.string().min(1), "バージョン", "Version"),
    endOfSupport: fact(IsoDate, "サポート終了日", "End of vendor support"),
    continuousSupport: fact(
      z.boolean(),
      "サポート終了日を定めず、更新を受け続ける提供形態か（サブスクリプションで常に最新版に更新される Microsoft 365 Apps、ブラウザ等）。true ならサポート終了日は問わず、更新の適用（patching）で判定する",
      "Whether the product has no fixed end of support and keeps receiving updates (a subscription kept on the latest version, such as Microsoft 365 Apps or a browser); when true no end of support is asked for, and its updates are judged by patching",
    ),
  }),
  "ソフトウェア（OS・ミドルウェア・アプリケーション）とそのサポート期限",
  "Software (OS, middleware, application) with its support period",
  "Software",
);
export type Software = z.infer<typeof Software>;

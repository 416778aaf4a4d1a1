/** The business functions without zod; `../business-function.ts` builds the schema and re-exports these. */

/**
 * Business functions a system serves. `myNumberAffairs` marks 個人番号利用事務 and 戸籍事務
 * (definition 2(9)), whose systems belong in the My Number zone.
 */
export const BUSINESS_FUNCTIONS = {
  "resident-records": { ja: "住民記録", en: "resident records", myNumberAffairs: true },
  tax: { ja: "税務", en: "local tax", myNumberAffairs: true },
  "national-health-insurance": { ja: "国民健康保険", en: "national health insurance", myNumberAffairs: true },
  pension: { ja: "国民年金", en: "national pension", myNumberAffairs: true },
  welfare: { ja: "福祉", en: "welfare", myNumberAffairs: true },
  "child-support": { ja: "子ども・子育て", en: "child support", myNumberAffairs: true },
  "disaster-response": { ja: "防災（被災者支援）", en: "disaster response", myNumberAffairs: true },
  "family-register": { ja: "戸籍", en: "family register", myNumberAffairs: true },
  finance: { ja: "財務会計", en: "finance and accounting", myNumberAffairs: false },
  payroll: { ja: "人事給与", en: "personnel and payroll", myNumberAffairs: false },
  "document-management": { ja: "文書管理", en: "document management", myNumberAffairs: false },
  groupware: { ja: "グループウェア", en: "groupware", myNumberAffairs: false },
  mail: { ja: "メール", en: "mail", myNumberAffairs: false },
  website: { ja: "ホームページ管理", en: "website management", myNumberAffairs: false },
  "web-browsing": { ja: "インターネット閲覧", en: "web browsing", myNumberAffairs: false },
  "screen-transfer": { ja: "画面転送", en: "screen transfer", myNumberAffairs: false },
  "file-sanitisation": { ja: "ファイル無害化", en: "file sanitisation", myNumberAffairs: false },
  other: { ja: "その他", en: "other", myNumberAffairs: false },
} as const satisfies Record<string, { ja: string; en: string; myNumberAffairs: boolean }>;

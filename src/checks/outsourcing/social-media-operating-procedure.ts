import { defineSocialMediaRequirement } from "../social-media.js";

/**
 * 6(8), third paragraph: 「ソーシャルメディアサービスの運用手順を定め」. A reference to the
 * procedure passes; `false` says there is none.
 */
export default defineSocialMediaRequirement({
  id: "social-media-operating-procedure",
  title: {
    ja: "ソーシャルメディアサービスの運用手順を定めること",
    en: "Every social media account must have an operating procedure",
  },
  field: "operatingProcedure",
  messages: {
    notDefined: {
      ja: "アカウント {{account}}（{{service}}）の運用手順が定められていない（基本方針 6(8)）",
      en: "Account {{account}} ({{service}}) has no operating procedure (policy 6(8))",
    },
    unknown: {
      ja: "アカウント {{account}}（{{service}}）の運用手順（operatingProcedure）の記載がない",
      en: "Account {{account}} ({{service}}) does not name its operating procedure (operatingProcedure)",
    },
  },
  remediation: {
    ja: "アカウントの管理方法・投稿の承認・なりすまし発生時の対応を含む運用手順を定め、その参照を運用手順（operatingProcedure）に記載すること",
    en: "Write an operating procedure (account management, approval of posts, response to impersonation) and reference it in operatingProcedure",
  },
});

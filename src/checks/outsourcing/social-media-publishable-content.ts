import { defineSocialMediaRequirement } from "../social-media.js";

/**
 * 6(8), third paragraph: 「ソーシャルメディアサービスで発信できる情報を規定し」. A reference to the
 * definition passes; `false` says there is none.
 */
export default defineSocialMediaRequirement({
  id: "social-media-publishable-content",
  title: {
    ja: "ソーシャルメディアサービスで発信できる情報を規定すること",
    en: "What may be published on each social media account must be defined",
  },
  field: "publishableContent",
  messages: {
    notDefined: {
      ja: "アカウント {{account}}（{{service}}）で発信できる情報が規定されていない（基本方針 6(8)）",
      en: "Account {{account}} ({{service}}) has no definition of what may be published (policy 6(8))",
    },
    unknown: {
      ja: "アカウント {{account}}（{{service}}）で発信できる情報を定めた文書（publishableContent）の記載がない",
      en: "Account {{account}} ({{service}}) does not name the definition of what may be published (publishableContent)",
    },
  },
  remediation: {
    ja: "発信してよい情報・してはならない情報（要機密情報を含めない等）を規定し、その参照を発信する情報の規定（publishableContent）に記載すること",
    en: "Define what may and may not be published (never confidential information) and reference it in publishableContent",
  },
});

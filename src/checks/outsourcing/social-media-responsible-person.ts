import { defineSocialMediaRequirement } from "../social-media.js";

/**
 * 6(8), third paragraph: 「利用するソーシャルメディアサービスごとの責任者を定める」. A named post
 * passes; `false` says nobody is named.
 */
export default defineSocialMediaRequirement({
  id: "social-media-responsible-person",
  title: {
    ja: "利用するソーシャルメディアサービスごとに責任者を定めること",
    en: "Every social media account must have a named responsible person",
  },
  field: "responsiblePerson",
  messages: {
    notDefined: {
      ja: "アカウント {{account}}（{{service}}）の責任者が定められていない（基本方針 6(8)）",
      en: "Account {{account}} ({{service}}) has no responsible person (policy 6(8))",
    },
    heldByVendor: {
      ja: "アカウント {{account}}（{{service}}）の責任者（{{person}}）が委託事業者 {{vendor}} の者になっている。責任者は団体が自らの職員（職名）で定める（基本方針 6(8)）",
      en: "Account {{account}} ({{service}}) names someone of contractor {{vendor}} as its responsible person ({{person}}); the municipality names one of its own posts (policy 6(8))",
    },
    unknown: {
      ja: "アカウント {{account}}（{{service}}）の責任者（responsiblePerson）の記載がない",
      en: "Account {{account}} ({{service}}) does not name its responsible person (responsiblePerson)",
    },
  },
  remediation: {
    ja: "アカウントごとに責任者（職名）を定め、責任者（responsiblePerson）に記載すること",
    en: "Name a responsible person (post) for each account in responsiblePerson",
  },
});

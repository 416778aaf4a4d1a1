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
      ja: "アカウント {{account}}（{{service}}）の責任者（{{person}}）が委託事業者 {{vendor}} の者になっている。基本方針 6(8) は団体が利用するサービスごとに責任者を定めるとしており、委託事業者の者は団体の責任者に当たらない",
      en: "Account {{account}} ({{service}}) names someone of contractor {{vendor}} as its responsible person ({{person}}); policy 6(8) has the municipality name a responsible person for each service it uses, and a contractor's staff is not the municipality's",
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

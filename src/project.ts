/**
 * Where the project lives on the web. Every link the library writes (check documentation pages in
 * reports, SARIF's `helpUri` and `informationUri`) is derived from {@link REPOSITORY_URL};
 * package.json's `repository` and `homepage` name the same place (a test keeps them equal).
 */
import { VERSION } from "./version.js";

/** The project's source repository. */
export const REPOSITORY_URL = "https://github.com/hitoyoshi-secpolicy/hitoyoshi-secpolicy";

/** The project's home page: the repository's README. */
export const HOMEPAGE_URL = `${REPOSITORY_URL}#readme`;

/** The sources of this version of the package (its release tag `v<version>`). */
export const VERSION_SOURCE_URL = `${REPOSITORY_URL}/blob/v${VERSION}`;

/** The documentation page of a built-in check, as published with this version of the package. */
export function checkDocsUrl(checkId: string): string {
  let url = docsUrls.get(checkId);
  if (url === undefined) {
    url = `${VERSION_SOURCE_URL}/docs/checks/${encodeURIComponent(checkId)}.md`;
    if (docsUrls.size >= 1_000) docsUrls.clear();
    docsUrls.set(checkId, url);
  }
  return url;
}

/** The pages of the built-in checks, made once: every evaluation asks for each check's page. */
const docsUrls = new Map<string, string>();

/**
 * Where the project lives. package.json's `repository` is a placeholder until the first release,
 * so the URLs shown to users (SARIF `helpUri`, `informationUri`) are defined once, here.
 */
export const REPO_URL = 'https://github.com/smm-strategy/smm-strategy';

/** Each catalogue rule has its page at `${DOCS_BASE}<id>.md`. */
export const DOCS_BASE = `${REPO_URL}/blob/main/docs/rules/`;

/** The JSON Schema that `schema/*` problems come from. */
export const SCHEMA_URL = `${REPO_URL}/blob/main/schemas/smm.schema.json`;

export function ruleDocsUri(ruleId: string): string {
  return `${DOCS_BASE}${encodeURIComponent(ruleId)}.md`;
}

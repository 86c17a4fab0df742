import { sha256Base64 } from '../text/sha256';
import type { RenderedPlan } from './plan';
import { PLAN_CSS, PLAN_THEME_CSS } from './style';

const STYLE = `${PLAN_THEME_CSS}${PLAN_CSS}`;

/**
 * The policy of an exported page: nothing may load or run. No scripts at all (so no eval either),
 * no images, fonts, frames or forms; the one stylesheet is allowed by its hash, so even a style
 * element that found its way into the page would not apply.
 */
const CSP = `default-src 'none'; style-src 'sha256-${sha256Base64(STYLE)}'; base-uri 'none'; form-action 'none'`;

/**
 * A complete, self-contained, printable HTML page of the plan, for "Export plan as HTML" and the
 * CLI's `render`: it starts with `<!doctype html>`, then, before any other content, a
 * Content-Security-Policy that blocks every script (a policy in a meta tag only governs what
 * follows it); its encoding is declared next, well inside the first 1024 bytes where browsers
 * look for it; its styles are embedded; `lang` is the plan's locale, so hyphenation and fonts fit
 * Armenian and Russian text.
 */
export function planDocument(plan: RenderedPlan): string {
  return [
    '<!doctype html>',
    `<html lang="${plan.locale}">`,
    '<head>',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(plan.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main class="smm-plan">',
    plan.html,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

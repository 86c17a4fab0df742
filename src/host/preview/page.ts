import type { InitialData } from '../../protocol';
import { contentSecurityPolicy, createNonce, escapeHtml } from './security';

/** Where the page's own files are, as the webview must address them (`asWebviewUri`). */
export interface PageResources {
  readonly cspSource: string;
  readonly script: string;
  readonly style: string;
}

/**
 * The preview's page, made once per panel load: the policy with a fresh nonce, the stylesheet,
 * the plan already in `<main>` (the first paint needs no script), the initial state as JSON in an
 * escaped `data-state` attribute, and the script. Later renders reach the page as messages.
 */
export function previewPage(resources: PageResources, initial: InitialData, planHtml: string): string {
  const nonce = createNonce();
  const lang = escapeHtml(initial.locale);
  return page(resources, nonce, lang, [
    `<main id="smm-plan" class="smm-plan" lang="${lang}" data-state="${escapeHtml(JSON.stringify(initial))}">`,
    planHtml,
    '</main>',
    `<script nonce="${nonce}" src="${escapeHtml(resources.script)}"></script>`,
  ]);
}

/** A page with one note (in `lang`, VS Code's language) and no script, for a document that cannot be read. */
export function messagePage(resources: PageResources, text: string, lang: string): string {
  return page(resources, createNonce(), escapeHtml(lang), [`<main class="smm-plan"><p class="smm-note">${escapeHtml(text)}</p></main>`]);
}

function page(resources: PageResources, nonce: string, lang: string, body: readonly string[]): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(resources.cspSource, nonce))}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<link rel="stylesheet" href="${escapeHtml(resources.style)}">`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
  ].join('\n');
}

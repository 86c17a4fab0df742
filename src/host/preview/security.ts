// The preview's defences that need no VS Code API: the page's policy, its nonce, escaping, and which
// addresses may be opened. Strategy text is untrusted: a file from a stranger's repository must
// not be able to run code, load anything or send the reader anywhere by being previewed.

/** A fresh nonce for each page: the only scripts the page runs are the ones the host tags with it. */
export function createNonce(): string {
  // Web Crypto: in the Node host and in the web worker host alike (no Node built-ins here).
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The page's Content-Security-Policy: nothing but the extension's own stylesheet and the one
 * script tagged with `nonce`; no inline styles or scripts, no eval, no connections, frames, fonts,
 * forms or `<base>`; images only from the extension and `data:` (the plan has none).
 */
export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `img-src ${cspSource} data:`,
    `style-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** Text as HTML: for element content and attribute values in double quotes. */
export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&#39;');
}

/** Addresses a click in the preview may open outside the editor: web pages and e-mail. */
const SAFE_LINK = /^(?:https?:\/\/[^\s]|mailto:[^\s])/i;

/**
 * Whether `href` (as the webview reported it) is an address the preview may open: http(s) or
 * mailto, with no whitespace or control characters that could make it read differently.
 */
export function isSafeLink(href: string): boolean {
  // eslint-disable-next-line no-control-regex
  return href.length <= 2048 && SAFE_LINK.test(href) && !/[\s\u0000-\u001f\u007f]/.test(href);
}

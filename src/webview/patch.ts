/**
 * Live updates without reloading the page: the new plan's top-level blocks are compared with the
 * shown ones, and only the run of blocks that changed is replaced. Blocks that differ only in
 * their source lines (text was inserted above them) keep their elements and get the new lines.
 * The rest of the page is untouched, so the reader's place, a selection or a focused link survive
 * an edit elsewhere.
 */
import { keepPlanMarkup } from './planMarkup';

/** Replaces the children of `root` by the blocks of `html`, touching only what changed. */
export function patchChildren(root: HTMLElement, html: string): void {
  const next = parse(html);
  const old = Array.from(root.childNodes);
  const fresh = Array.from(next.childNodes);

  let start = 0;
  while (start < old.length && start < fresh.length && sameBlock(old[start]!, fresh[start]!)) start++;
  let oldEnd = old.length;
  let freshEnd = fresh.length;
  while (oldEnd > start && freshEnd > start && sameBlock(old[oldEnd - 1]!, fresh[freshEnd - 1]!)) {
    oldEnd--;
    freshEnd--;
  }
  for (let i = 0; i < start; i++) copyLines(old[i]!, fresh[i]!);
  for (let i = oldEnd, j = freshEnd; i < old.length; i++, j++) copyLines(old[i]!, fresh[j]!);

  const anchor = old[oldEnd] ?? null;
  for (let i = start; i < oldEnd; i++) old[i]!.remove();
  const inserted = document.createDocumentFragment();
  for (let j = start; j < freshEnd; j++) inserted.append(fresh[j]!);
  root.insertBefore(inserted, anchor);
}

/** Replaces all of `root`'s content (another document, or a page shown for the first time). */
export function replaceChildren(root: HTMLElement, html: string): void {
  root.replaceChildren(parse(html));
}

/**
 * Parses the host's rendered plan into an inert template (nothing in it runs or loads while it
 * is parsed) and keeps only the plan's own markup. The renderer has escaped every strategy text;
 * the page's policy and `keepPlanMarkup` stand behind it, so no text can become a script,
 * a handler, a style or a request.
 */
function parse(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  keepPlanMarkup(template.content);
  return template.content;
}

/** Equal but for `data-line` values: the same block, moved up or down in the source. */
function sameBlock(a: Node, b: Node): boolean {
  if (a.isEqualNode(b)) return true;
  if (!(a instanceof Element) || !(b instanceof Element)) return false;
  if (a.tagName !== b.tagName || a.attributes.length !== b.attributes.length || a.childNodes.length !== b.childNodes.length) return false;
  for (const attr of Array.from(a.attributes)) {
    if (attr.name !== 'data-line' && b.getAttribute(attr.name) !== attr.value) return false;
    if (attr.name === 'data-line' && !b.hasAttribute('data-line')) return false;
  }
  for (let i = 0; i < a.childNodes.length; i++) if (!sameBlock(a.childNodes[i]!, b.childNodes[i]!)) return false;
  return true;
}

/** Gives a kept block the source lines of its new twin (same shape, checked by {@link sameBlock}). */
function copyLines(kept: Node, twin: Node): void {
  if (!(kept instanceof Element) || !(twin instanceof Element)) return;
  const from = [twin, ...Array.from(twin.querySelectorAll('[data-line]'))];
  const to = [kept, ...Array.from(kept.querySelectorAll('[data-line]'))];
  to.forEach((element, i) => {
    const line = from[i]?.getAttribute('data-line');
    if (line != null && element.getAttribute('data-line') !== line) element.setAttribute('data-line', line);
  });
}

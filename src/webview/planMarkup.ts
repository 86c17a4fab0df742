/**
 * The markup a plan is made of, and nothing else. The host's renderer escapes every strategy text
 * and emits only these tags and attributes; the page keeps to them as well, so that text which
 * ever reached it unescaped would still show as text and could not run, load or navigate.
 */
const TAGS = new Set(['A', 'BLOCKQUOTE', 'BR', 'EM', 'H1', 'H2', 'H3', 'H4', 'LI', 'OL', 'P', 'STRONG', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL']);
const ATTRIBUTES = new Set(['class', 'data-line', 'data-problem', 'data-section', 'href', 'rel']);
/** Links the host opens when clicked (it checks again). */
const SAFE_LINK = /^(https?:\/\/|mailto:)/i;

/** Leaves in `root` only the plan's own markup: other elements become their text, other attributes go. */
export function keepPlanMarkup(root: DocumentFragment | Element): void {
  // A snapshot; an element inside one already replaced by its text is no longer in `root`.
  for (const element of Array.from(root.querySelectorAll('*'))) {
    if (!root.contains(element)) continue;
    if (!TAGS.has(element.tagName)) {
      element.replaceWith(element.ownerDocument.createTextNode(element.textContent ?? ''));
      continue;
    }
    for (const { name, value } of Array.from(element.attributes)) {
      if (!ATTRIBUTES.has(name) || (name === 'href' && !SAFE_LINK.test(value.trim()))) element.removeAttribute(name);
    }
  }
}

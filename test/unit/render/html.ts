import { parse, parseFragment } from 'parse5';

/** One element of parsed HTML, in document order, with its attributes and its whole text. */
export interface Element {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly text: string;
}

interface Parse5Node {
  readonly nodeName: string;
  readonly tagName?: string;
  readonly attrs?: readonly { readonly name: string; readonly value: string }[];
  readonly value?: string;
  readonly childNodes?: readonly Parse5Node[];
  readonly content?: Parse5Node;
}

/** Every element of an HTML fragment (or a whole document), parsed the way a browser does. */
export function elements(html: string, whole = false): Element[] {
  const root = (whole ? parse(html) : parseFragment(html)) as unknown as Parse5Node;
  const out: Element[] = [];
  const visit = (node: Parse5Node) => {
    if (node.tagName) out.push({ tag: node.tagName, attrs: Object.fromEntries((node.attrs ?? []).map((a) => [a.name, a.value])), text: textOf(node).trim() });
    node.childNodes?.forEach(visit);
    if (node.content) visit(node.content);
  };
  visit(root);
  return out;
}

/** The text a reader sees in `html`, whitespace collapsed. */
export function visibleText(html: string): string {
  return textOf(parseFragment(html) as unknown as Parse5Node).trim();
}

function textOf(node: Parse5Node): string {
  if (node.nodeName === '#text') return node.value ?? '';
  return (node.childNodes ?? []).map(textOf).join('').replace(/\s+/g, ' ');
}

import MarkdownIt from 'markdown-it';
import type { BlockAttrs, BlockToken, MarkdownChunk } from './writer';

type Token = ReturnType<ReturnType<typeof MarkdownIt>['parse']>[number];

/** Schemes a link may have; everything else (javascript:, data:, vbscript:, file:…) is not a link. */
const SAFE_LINK = /^(?:https?:\/\/|mailto:)/i;

/**
 * The one markdown-it instance, made once: compiling its rules per render would cost more than
 * the render itself. Raw HTML, linkify and typographer stay off, and every rule the plan does not
 * use is disabled (images, autolinks, entities, code, references…): the writer escapes strategy
 * text anyway, and a construct the engine cannot parse cannot be smuggled through it. Only
 * http(s) and mailto links survive.
 */
const engine = createEngine();

/**
 * Turns the plan's markdown into HTML, stamping every block with `data-line` (the 0-based source
 * line from the chunk's side table) and the extra attributes the writer asked for.
 *
 * Parsing is most of the cost, so each chunk's tokens are kept by the chunk's text until the next
 * render, with the HTML they gave: after an edit, a chunk whose text and side table are unchanged
 * reuses its HTML, one whose source lines or attributes changed (a line inserted above, a
 * problem fixed elsewhere) is stamped and rendered again from its tokens, and only a chunk whose
 * text changed is parsed again.
 */
export class MarkdownRenderer {
  #cache = new Map<string, Rendered>();

  render(chunks: readonly MarkdownChunk[]): string {
    const next = new Map<string, Rendered>();
    let html = '';
    for (const chunk of chunks) {
      let entry = next.get(chunk.markdown) ?? this.#cache.get(chunk.markdown);
      if (!entry) entry = { tokens: engine.parse(chunk.markdown, {}), blocks: [], html: '' };
      if (entry.html === '' || !sameBlocks(entry.blocks, chunk.blocks)) {
        stamp(entry.tokens, chunk.blocks);
        entry = { tokens: entry.tokens, blocks: chunk.blocks, html: engine.renderer.render(entry.tokens, engine.options, {}) };
      }
      next.set(chunk.markdown, entry);
      html += entry.html;
    }
    this.#cache = next;
    return html;
  }
}

interface Rendered {
  readonly tokens: Token[];
  /** The side table the HTML was stamped from. */
  readonly blocks: MarkdownChunk['blocks'];
  readonly html: string;
}

function sameBlocks(a: MarkdownChunk['blocks'], b: MarkdownChunk['blocks']): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (!x || !y || x.line !== y.line || !sameAttrs(x.attrs, y.attrs)) return false;
  }
  return true;
}

function sameAttrs(a: BlockAttrs | undefined, b: BlockAttrs | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const keys = Object.keys(a) as BlockToken[];
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => {
    const x = a[k];
    const y = b[k];
    if (!x || !y) return x === y;
    const names = Object.keys(x);
    return names.length === Object.keys(y).length && names.every((n) => x[n] === y[n]);
  });
}

function stamp(tokens: readonly Token[], blocks: MarkdownChunk['blocks']): void {
  for (const token of tokens) {
    if (!token.map || token.nesting !== 1) continue;
    // markdown-it puts no attributes of its own on the block tokens the plan uses.
    token.attrs = null;
    const block = blocks[token.map[0]];
    if (!block) continue;
    token.attrSet('data-line', String(block.line));
    const extra = block.attrs?.[token.type as BlockToken];
    if (extra) for (const [name, value] of Object.entries(extra)) token.attrSet(name, value);
  }
}

function createEngine(): ReturnType<typeof MarkdownIt> {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  md.disable(['code', 'fence', 'hr', 'reference', 'html_block', 'lheading', 'autolink', 'html_inline', 'entity', 'backticks', 'strikethrough', 'image']);
  md.validateLink = (url) => SAFE_LINK.test(url.trim());
  // A link from a URL field opens outside the page and tells the site nothing about it.
  md.renderer.rules.link_open = (tokens, idx, options, _env, self) => {
    tokens[idx]!.attrSet('rel', 'noopener noreferrer');
    return self.renderToken(tokens, idx, options);
  };
  return md;
}

import MarkdownIt from 'markdown-it';
import type { BlockToken, MarkdownChunk } from './writer';

type Token = ReturnType<ReturnType<typeof MarkdownIt>['parse']>[number];

/** Schemes a link may have; everything else (javascript:, data:, vbscript:, file:…) is not a link. */
const SAFE_LINK = /^(?:https?:\/\/|mailto:)/i;

/**
 * The one markdown-it instance, made once: compiling its rules per render would cost more than
 * the render itself. Raw HTML, linkify and typographer stay off, images are disabled, and only
 * http(s) and mailto links survive, so whatever reaches it from a strategy cannot become active.
 */
const engine = createEngine();

/**
 * Turns the plan's markdown into HTML, stamping every block with `data-line` (the 0-based source
 * line from the chunk's side table) and the extra attributes the writer asked for.
 *
 * Parsing is most of the cost, so the tokens of each chunk are kept by the chunk's text until
 * the next render: after an edit, only the chunks whose text changed are parsed again. Source
 * lines and attributes are stamped afresh every time, because they change without the text
 * changing (a line inserted above, a problem fixed elsewhere).
 */
export class MarkdownRenderer {
  #cache = new Map<string, Token[]>();

  render(chunks: readonly MarkdownChunk[]): string {
    const next = new Map<string, Token[]>();
    let html = '';
    for (const chunk of chunks) {
      let tokens = next.get(chunk.markdown) ?? this.#cache.get(chunk.markdown);
      if (!tokens) tokens = engine.parse(chunk.markdown, {});
      next.set(chunk.markdown, tokens);
      stamp(tokens, chunk.blocks);
      html += engine.renderer.render(tokens, engine.options, {});
    }
    this.#cache = next;
    return html;
  }
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
  md.disable(['image']);
  md.validateLink = (url) => SAFE_LINK.test(url.trim());
  // A link from a URL field opens outside the page and tells the site nothing about it.
  md.renderer.rules.link_open = (tokens, idx, options, _env, self) => {
    tokens[idx]!.attrSet('rel', 'noopener noreferrer');
    return self.renderToken(tokens, idx, options);
  };
  return md;
}

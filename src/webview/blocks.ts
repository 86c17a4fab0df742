import { homeBlocks, type Block } from './lineMap';

/** A block of the plan on the page: an element with a source line. */
export interface PageBlock extends Block {
  readonly element: HTMLElement;
}

/**
 * Containers whose first item or row carries the same line: the item is the better target (as in
 * VS Code's own preview).
 */
const CONTAINERS = new Set(['UL', 'OL', 'TABLE', 'THEAD', 'TBODY', 'BLOCKQUOTE']);

/**
 * The home block of each source line on the page (see `homeBlocks`), measured once per content
 * version and size of the page: measuring forces a layout, and scroll events come many times a
 * second.
 */
export class PageBlocks {
  #key = '';
  #homes: PageBlock[] = [];

  constructor(private readonly root: HTMLElement) {}

  /** Forget the measurements: the content changed. */
  invalidate(): void {
    this.#key = '';
  }

  get homes(): readonly PageBlock[] {
    this.#measure();
    return this.#homes;
  }

  #measure(): void {
    const key = `${this.root.scrollHeight}x${this.root.clientWidth}`;
    if (key === this.#key) return;
    this.#key = key;
    const scrollY = window.scrollY;
    const blocks: PageBlock[] = [];
    for (const element of Array.from(this.root.querySelectorAll<HTMLElement>('[data-line]'))) {
      // Problem lists sit under each heading with the lines of the problems, out of the section's order.
      if (CONTAINERS.has(element.tagName) || element.closest('.smm-problems')) continue;
      const line = Number(element.dataset.line);
      const rect = element.getBoundingClientRect();
      if (!Number.isInteger(line) || line < 0 || rect.height === 0) continue;
      blocks.push({ element, line, top: rect.top + scrollY });
    }
    this.#homes = homeBlocks(blocks);
  }
}

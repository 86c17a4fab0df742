// PREVIEW RENDER HOOK. The core has no preview renderer yet (nothing in src/core/render/), so the
// benchmark reports "n/a" for render times. When one exists, import it here and return what it
// renders for a parsed document; `ours` then times it after each edit like the other measures.
import type { StrategyDocument } from '../../src/core/model/document';

export const renderPreview: ((doc: StrategyDocument) => unknown) | undefined = undefined;

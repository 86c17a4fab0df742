import type { FromWebview } from '../../protocol';

/** What a message may refer to: the document the preview shows and the render it shows. */
export interface MessageBounds {
  /** The previewed document's URI, as the webview was told it. */
  readonly source: string;
  readonly lineCount: number;
  /** The version of the render the webview shows, and how many problems that render had. */
  readonly version: number;
  readonly problemCount: number;
}

/**
 * A message from the webview, checked before anything acts on it: a known type, about the
 * document the preview shows now, with its fields of the right kind and in range (lines inside
 * the document, a problem of the render the webview shows). Anything else is `undefined`: the
 * page's script is ours, but what it reports comes from a page showing untrusted text.
 */
export function parseWebviewMessage(raw: unknown, bounds: MessageBounds): FromWebview | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const m = raw as Record<string, unknown>;
  if (m.source !== bounds.source) return undefined;
  const source = bounds.source;
  switch (m.type) {
    case 'revealLine':
    case 'openSource': {
      const line = m.line;
      if (typeof line !== 'number' || !Number.isFinite(line) || line < 0 || line >= bounds.lineCount) return undefined;
      return { type: m.type, source, line };
    }
    case 'revealProblem': {
      const { version, problem } = m;
      if (version !== bounds.version || !Number.isInteger(problem) || (problem as number) < 0 || (problem as number) >= bounds.problemCount) return undefined;
      return { type: 'revealProblem', source, version, problem: problem as number };
    }
    case 'openLink':
      return typeof m.href === 'string' ? { type: 'openLink', source, href: m.href } : undefined;
    default:
      return undefined;
  }
}

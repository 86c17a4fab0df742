// What the benchmark asks of each engine: open a text, take edits through its own document model,
// report diagnostics and completions. Engines differ only behind this interface.
import type { Position, Range } from '../../src/core/problem';

export type EngineName = 'ours' | 'peer' | 'floor';

/** One edit, as an editor sends it: `[start, end)` of the previous text replaced by `text`. */
export interface Change {
  readonly start: number;
  readonly end: number;
  /** The same span as line/character, for engines whose document model takes LSP ranges. */
  readonly range: Range;
  readonly text: string;
}

/** A diagnostic reduced to what the defect check compares across engines. */
export interface Diagnostic {
  readonly line: number;
  /** The rule id, the ajv keyword or the peer's code, whichever the engine has. */
  readonly code: string;
  readonly message: string;
}

/**
 * The engine's own result: counted inside the timed region, turned into `Diagnostic`s only when
 * the defect check asks, so the conversion is not timed.
 */
export interface Diagnostics {
  readonly count: number;
  list(): readonly Diagnostic[];
}

export interface Session {
  /** Applies an edit to the engine's document model. Timed together with what follows it. */
  edit(change: Change): void;
  diagnostics(): Promise<Diagnostics>;
  /** Completion labels at the cursor; undefined when the engine has no completion. */
  complete?(offset: number, position: Position): Promise<readonly string[]>;
  /** Renders the preview of the analysis the last diagnostics came from; undefined when the engine has none. */
  render?(): Promise<void>;
}

export interface Engine {
  readonly name: EngineName;
  /** Opens a text as a document the engine has not seen before (nothing cached for it). */
  open(text: string): Session;
}

/** What an engine needs from its surroundings. */
export interface EngineContext {
  /** The absolute path of `schemas/smm.schema.json`. */
  readonly schemaPath: string;
}

/** Each engine module exports one of these, so a fresh process can load exactly one engine. */
export type CreateEngine = (context: EngineContext) => Promise<Engine>;

export function applyChange(text: string, change: Change): string {
  return text.slice(0, change.start) + change.text + text.slice(change.end);
}

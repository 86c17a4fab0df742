// The edits the benchmark makes, as an editor sends them while someone types. Each edit applies to
// the previous one's result, so the text after the cursor moves as it does in real typing.
import type { Position } from '../src/core/problem';
import { LineIndex } from '../src/core/text/lineIndex';
import { applyChange, type Change } from './engines/engine';

/** What a step measures: the edit, then the engine's diagnostics or completion. */
export type EditMeasure = 'typing' | 'newLine' | 'newItem' | 'syntaxBreak' | 'syntaxFix' | 'completionKey' | 'completionValue';

export interface Step {
  readonly measure: EditMeasure;
  readonly change: Change;
  readonly then: 'diagnostics' | { readonly complete: number; readonly position: Position; readonly expect: string };
}

/** One participant's copy of the text, edited step by step. */
export class Script {
  constructor(public text: string) {}

  /** Replaces `[start, end)` with `insert` and returns the change an editor would send for it. */
  change(start: number, end: number, insert: string): Change {
    const lines = new LineIndex(this.text);
    const change: Change = { start, end, range: { start: lines.positionAt(start), end: lines.positionAt(end) }, text: insert };
    this.text = applyChange(this.text, change);
    return change;
  }

  position(offset: number): Position {
    return new LineIndex(this.text).positionAt(offset);
  }

  /** The end of the first line at or after `marker` that starts with `key` (after indentation). */
  lineEnd(marker: string, key: string): number {
    const from = this.text.indexOf(marker);
    if (from < 0) throw new Error(`the script lost its place: "${marker.trim()}" is not in the text`);
    const at = this.text.indexOf(`\n${key}`, from);
    if (at < 0) throw new Error(`no "${key.trim()}" after "${marker.trim()}"`);
    return this.text.indexOf('\n', at + 1);
  }
}

/** A scenario started on one script: unmeasured edits that prepare the place, then the steps. */
export interface Run {
  readonly prepare: readonly Change[];
  next(sample: number): Step;
}

export interface Scenario {
  readonly measures: readonly EditMeasure[];
  start(script: Script, middleCopy: number): Run;
}

/** Words typed one character at a time at the end of a goal's title. */
const TYPED = ' for students and remote workers who need a quiet table';

/** The first line of a copied list item (a goal, a channel) in the given copy. */
const item = (id: string, copy: number) => `  - id: ${id}-c${copy}\n`;

export const TYPING = typingAt('typing', (script, copy) => script.lineEnd(item('local-awareness', copy), '    title:'), (sample) => TYPED[sample % TYPED.length]!);

/** Enter at the end of a line: the editor inserts the line break and the indentation. */
const NEW_LINE = typingAt('newLine', (script, copy) => script.lineEnd(item('weekday-visits', copy), '    why:'), () => '\n    ');

/** A whole KPI added below the last one, as pasting a line or accepting a snippet does. */
const NEW_ITEM = typingAt('newItem', (script, copy) => script.lineEnd(item('local-awareness', copy), '      - { metric: follower_growth_rate'),
  (sample) => `\n      - { metric: reach, baseline: ${sample}, target: ${1000 + sample}, per: month }`);

/** Inserts `text(sample)` at a cursor that starts at `place` and moves past each insertion. */
function typingAt(measure: EditMeasure, place: (script: Script, copy: number) => number, text: (sample: number) => string): Scenario {
  return {
    measures: [measure],
    start(script, copy) {
      let cursor = place(script, copy);
      return {
        prepare: [],
        next(sample) {
          const change = script.change(cursor, cursor, text(sample));
          cursor += change.text.length;
          return { measure, change, then: 'diagnostics' };
        },
      };
    },
  };
}

/** A key indented one space too far breaks the YAML; deleting the space fixes it. */
const BREAK_AND_FIX: Scenario = {
  measures: ['syntaxBreak', 'syntaxFix'],
  start(script, copy) {
    const lineStart = script.lineEnd(item('fast-replies', copy), '    why:') + 1;
    return {
      prepare: [],
      next(sample) {
        if (sample % 2 === 0) return { measure: 'syntaxBreak', change: script.change(lineStart, lineStart, ' '), then: 'diagnostics' };
        return { measure: 'syntaxFix', change: script.change(lineStart, lineStart + 1, ''), then: 'diagnostics' };
      },
    };
  },
};

/**
 * Completion right after typing, on a new line inside a goal (keys) and after `network: ` (values):
 * a letter is typed, then deleted, and the list is asked for after each edit.
 */
export const COMPLETION_AT_KEY = completionAfterTyping('completionKey', 'p', 'primary', (script, copy) => {
  const end = script.lineEnd(item('local-awareness', copy), '    deadline:');
  return [script.change(end, end, '\n    ')];
});

const COMPLETION_AT_VALUE = completionAfterTyping('completionValue', 'f', 'facebook', (script, copy) => {
  const end = script.lineEnd(item('fb-page', copy), '    network:');
  return [script.change(end - 'facebook'.length, end, '')];
});

function completionAfterTyping(measure: EditMeasure, letter: string, expect: string, prepare: (script: Script, copy: number) => Change[]): Scenario {
  return {
    measures: [measure],
    start(script, copy) {
      const changes = prepare(script, copy);
      const last = changes.at(-1)!;
      const cursor = last.start + last.text.length;
      return {
        prepare: changes,
        next(sample) {
          const change = sample % 2 === 0 ? script.change(cursor, cursor, letter) : script.change(cursor, cursor + 1, '');
          const at = cursor + (sample % 2 === 0 ? 1 : 0);
          return { measure, change, then: { complete: at, position: script.position(at), expect } };
        },
      };
    },
  };
}

/** In the order they run: each leaves the text valid for the next, except the completions at the end. */
export const EDIT_SCENARIOS: readonly Scenario[] = [TYPING, NEW_LINE, NEW_ITEM, BREAK_AND_FIX, COMPLETION_AT_KEY, COMPLETION_AT_VALUE];

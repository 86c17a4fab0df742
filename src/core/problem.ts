import type { Localized, MessageArgs } from './i18n/locale';

/** How serious a problem is. The core owns this type; adapters map it to their own. */
export type Severity = 'error' | 'warning' | 'info';

/** A 0-based line and UTF-16 character, as in LSP and the VS Code API. */
export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

/** Another place in the file that explains a problem (the first of two duplicate ids, say). */
export interface RelatedPlace {
  readonly start: number;
  readonly end: number;
  /** The same span as line/character, like `Problem.range`. */
  readonly range: Range;
  readonly message: string;
}

/**
 * One finding. `start`/`end` are UTF-16 offsets into the source text; `range` is the same span as
 * line/character. Problems are data, never exceptions: every failure of the input becomes one.
 */
export interface Problem {
  /** The rule id: `syntax`, `schema/<keyword>` or a rule of the catalogue, e.g. `no-goals`. */
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  readonly start: number;
  readonly end: number;
  readonly range: Range;
  readonly related?: readonly RelatedPlace[];
  /** What a quick fix needs, e.g. `{ section: 'goals' }` or `{ replacement: 'instagram' }`. */
  readonly data?: ProblemData;
}

/** Quick-fix hints. Every field is optional and plain JSON, so it survives a trip through LSP-like APIs. */
export interface ProblemData {
  /** A top-level section that is missing and can be inserted as a skeleton. */
  readonly section?: string;
  /** A valid value to put in place of the problem's span. */
  readonly replacement?: string;
  /** An id that is referenced but not defined, and the section where it can be created. */
  readonly missingId?: { readonly id: string; readonly section: string };
  /** Goals (by their index in `goals`) that can be made the one primary goal, unmarking the others. */
  readonly primaryGoals?: readonly number[];
  /** Keys of a mapping that can be added with the value `[any]`. */
  readonly addAny?: readonly string[];
  /** Keys an audience lacks (its own, or of its demographics) that can be added with placeholders to fill in. */
  readonly addKeys?: readonly string[];
  /** The JSON path of the node the problem is about. */
  readonly path?: readonly (string | number)[];
}

/**
 * A problem before localisation and severity configuration: every layer (syntax, schema, rules)
 * produces these, and the linter turns them into `Problem`s in the caller's locale.
 */
export interface Finding {
  readonly rule: string;
  readonly message: Localized;
  readonly args?: MessageArgs;
  readonly start: number;
  readonly end: number;
  /** Overrides the rule's default severity (syntax warnings, say). */
  readonly severity?: Severity;
  readonly data?: ProblemData;
  readonly related?: readonly RelatedFinding[];
}

/** A related place of a finding, before localisation. */
export interface RelatedFinding {
  readonly start: number;
  readonly end: number;
  readonly message: Localized;
  readonly args?: MessageArgs;
}

import type { LintConfig } from '../config';
import type { Locale } from '../i18n/locale';
import type { StrategyDocument } from '../model/document';
import type { Problem } from '../problem';
import { completionsAt, type CompletionEntry } from './completion';
import { codeActionPlan, fixAll, type CodeActionPlan, type TextEdit as FixEdit } from './fixes';
import { hoverAt, type HoverInfo } from './hover';
import { findDefinitions, findReferences, prepareRename, renameEdits, type DefinitionTarget, type RenameAnswer, type Span, type TextEdit } from './navigation';
import { outline, type OutlineSymbol } from './symbols';

/**
 * What an editor asks about one version of a strategy, as plain data: the question and its
 * answer can cross to another thread, so a large document is answered where its parse is kept
 * up (the checker thread) and a small one on the host. Offsets are UTF-16 into that version.
 */
export type Question =
  | { readonly about: 'outline' }
  | { readonly about: 'completion'; readonly offset: number }
  | { readonly about: 'hover'; readonly offset: number }
  /** The code actions at `span` for `problems`, and what "fix all" would fix of `shown` (see `codeActionPlan`). */
  | { readonly about: 'fixes'; readonly problems: readonly Problem[]; readonly span: Span; readonly shown: readonly Problem[]; readonly fixAll: boolean }
  /** The edits of "fix all" for `problems`, checked by linting the fixed text (see `fixAll`). */
  | { readonly about: 'fixAll'; readonly problems: readonly Problem[] }
  | { readonly about: 'definitions'; readonly offset: number }
  | { readonly about: 'references'; readonly offset: number; readonly includeDeclaration: boolean }
  | { readonly about: 'prepareRename'; readonly offset: number }
  | { readonly about: 'rename'; readonly offset: number; readonly newName: string };

export interface Answers {
  readonly outline: readonly OutlineSymbol[];
  readonly completion: readonly CompletionEntry[];
  readonly hover: HoverInfo | undefined;
  readonly fixes: CodeActionPlan;
  readonly fixAll: readonly FixEdit[];
  readonly definitions: readonly DefinitionTarget[];
  readonly references: readonly Span[];
  readonly prepareRename: RenameAnswer<{ readonly span: Span; readonly placeholder: string }>;
  readonly rename: RenameAnswer<readonly TextEdit[]>;
}

/** What answering needs besides the question: the parse of the version asked about, and its problems for a hover. */
export interface AnswerContext {
  readonly doc: StrategyDocument;
  /** The file's message language. */
  readonly locale: Locale;
  readonly config: LintConfig;
  /** The problems of `doc`'s text, found only when a hover needs them. */
  problems(): readonly Problem[];
}

export function answer<Q extends Question>(question: Q, cx: AnswerContext): Answers[Q['about']];
export function answer(question: Question, { doc, locale, config, problems }: AnswerContext): Answers[Question['about']] {
  switch (question.about) {
    case 'outline':
      return outline(doc, locale);
    case 'completion':
      return completionsAt(doc, question.offset, { locale });
    case 'hover':
      return hoverAt(doc, question.offset, problems(), locale);
    case 'fixes':
      return codeActionPlan(doc, question.problems, question.span, question.shown, { locale, fixAll: question.fixAll });
    case 'fixAll':
      return fixAll(doc, question.problems, { locale, config }).edits;
    case 'definitions':
      return findDefinitions(doc, question.offset);
    case 'references':
      return findReferences(doc, question.offset, question.includeDeclaration);
    case 'prepareRename':
      return prepareRename(doc, question.offset, locale);
    case 'rename':
      return renameEdits(doc, question.offset, question.newName, locale);
  }
}

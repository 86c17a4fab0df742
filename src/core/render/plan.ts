import { format, type Locale } from '../i18n/locale';
import type { LintResult } from '../lint';
import { text } from '../model/read';
import { RenderContext } from './context';
import { MarkdownRenderer } from './engine';
import { TEXT } from './labels';
import { writeAudiences } from './sections/audiences';
import { writeChannels, writeCompetitors, writeResearch } from './sections/channels';
import { writeCommunity } from './sections/community';
import { writeContent } from './sections/content';
import { writeGoals } from './sections/goals';
import { writeMatrix } from './sections/matrix';
import { writeMoney } from './sections/money';
import { writeOverview } from './sections/overview';
import { writeReadiness } from './sections/readiness';
import { writeValue } from './sections/value';
import { PlanWriter } from './writer';

/** A rendered strategy: the same plan as markdown and as an HTML fragment. */
export interface RenderedPlan {
  /**
   * The plan as an HTML fragment (no `<html>` or `<body>`), to be placed inside an element with
   * the class `smm-plan` (see `PLAN_CSS`). Every block has `data-line`, the 0-based line of the
   * YAML node it shows; parts of the plan are headings with `data-section` (`overview`, `goals`,
   * `audiences`, `value`, `channels`, `competitors`, `research`, `matrix`, `content`,
   * `content_pillars`, `calendar`, `rhythm`, `voice`, `community`, `money`, `budget`, `reporting`,
   * `team`, and the `readiness` card); every element about a problem has `data-problem`, the
   * problem's index in `LintResult.problems`. There are no scripts, inline styles, images or event
   * handlers, and links only to http(s) and mailto addresses written in URL fields.
   */
  readonly html: string;
  /** The same plan as markdown, for a `.md` export; user text in it is escaped. */
  readonly markdown: string;
  /** The plan's title as plain text, e.g. for a page `<title>`. */
  readonly title: string;
  /** The language of the headings and labels: the lint result's locale. */
  readonly locale: Locale;
  /** Parts that failed with a bug; each is replaced by a short note in the plan, and the rest is shown. Callers log these. */
  readonly errors: readonly { readonly part: string; readonly error: unknown }[];
}

/** The parts of the plan in the article's order: why, for whom, what value, where, what, care, money and control, and the summary. */
const PARTS: readonly (readonly [string, (ctx: RenderContext) => void])[] = [
  ['overview', writeOverview],
  ['goals', writeGoals],
  ['audiences', writeAudiences],
  ['value', writeValue],
  ['channels', writeChannels],
  ['competitors', writeCompetitors],
  ['research', writeResearch],
  ['matrix', writeMatrix],
  ['content', writeContent],
  ['community', writeCommunity],
  ['money', writeMoney],
  ['readiness', writeReadiness],
];

/**
 * Renders a linted strategy as a readable plan, in the language of the lint result (the file's
 * `locale:`, or what the caller asked the linter for). Works on any file: a half-written or
 * broken one shows what could be read, with its problems under the sections they are about. It
 * never throws; a bug in one part is reported in `errors` and the other parts are still shown.
 *
 * Keep one instance per previewed document: between renders it re-parses only the parts of the
 * plan whose text changed. {@link renderPlan} is the one-off form.
 *
 * @example
 * const renderer = new PlanRenderer();
 * const plan = renderer.render(linter.lint(text));
 * panel.webview.postMessage({ type: 'update', html: plan.html });
 */
export class PlanRenderer {
  readonly #markdown = new MarkdownRenderer();

  render(result: LintResult): RenderedPlan {
    const writer = new PlanWriter();
    const ctx = new RenderContext(result, writer);
    const errors: { part: string; error: unknown }[] = [];
    for (const [part, write] of PARTS) {
      try {
        write(ctx);
      } catch (error) {
        errors.push({ part, error });
        writer.paragraph(`*${ctx.t(TEXT.partFailed)}*`, ctx.anchorLine, { class: 'smm-failed' });
      }
    }
    const brand = text(result.document.section('brand'), 'name');
    return {
      html: this.#markdown.render(writer.chunks),
      // Joined only when asked for: the preview never needs it, an export does.
      get markdown() {
        return writer.markdown;
      },
      title: brand ? format(TEXT.planTitle, result.locale, { brand: brand.trim() }) : format(TEXT.planTitleUntitled, result.locale),
      locale: result.locale,
      errors,
    };
  }
}

/**
 * Renders one lint result with a fresh renderer (no reuse between calls): the CLI's, the export's
 * and tests' entry point.
 * @example writeFile('plan.html', planDocument(renderPlan(lintStrategy(text))));
 */
export function renderPlan(result: LintResult): RenderedPlan {
  return new PlanRenderer().render(result);
}

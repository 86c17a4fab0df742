import type { Locale } from '../../core/i18n/locale';
import type { Severity } from '../../core/problem';
import { cliText, countText } from '../messages';
import { countSeverities, type FileReport } from '../report';
import { escapeForTerminal } from '../terminal';

export interface TextOptions {
  /** ANSI colors; main() turns them on only for a TTY without NO_COLOR. */
  readonly color: boolean;
  /** Language of the summary (English by default); problem messages come translated already. */
  readonly locale?: Locale;
}

const ANSI = { red: 31, yellow: 33, cyan: 36, green: 32, gray: 90 } as const;
const SEVERITY_COLOR: { readonly [S in Severity]: keyof typeof ANSI } = { error: 'red', warning: 'yellow', info: 'cyan' };

/**
 * Compiler-style output, one problem a line: `file:line:col severity message rule`, with 1-based
 * line and column (column in UTF-16 code units, as the editor counts), so terminals and editors
 * can jump to the place. Then a summary line.
 * @example "examples/cafe.smm.yaml:12:5 warning Audience 'students': no geography (country, city or region). audience-geography-missing"
 */
export function formatText(reports: readonly FileReport[], options: TextOptions): string {
  const paint = (color: keyof typeof ANSI, text: string) => (options.color ? `\u001b[${ANSI[color]}m${text}\u001b[39m` : text);
  const lines: string[] = [];
  for (const report of reports) {
    for (const p of report.problems) {
      const where = `${escapeForTerminal(report.file)}:${p.range.start.line + 1}:${p.range.start.character + 1}`;
      // A message is one line of output, whatever a translation or a YAML error text contains;
      // file names and messages (which quote the file's text) cannot drive the terminal.
      const message = escapeForTerminal(p.message.replace(/\s*[\r\n]+\s*/g, ' ').trim());
      lines.push(`${where} ${paint(SEVERITY_COLOR[p.severity], p.severity)} ${message} ${paint('gray', escapeForTerminal(p.rule))}`);
    }
  }
  const locale = options.locale ?? 'en';
  const counts = countSeverities(reports);
  const total = counts.error + counts.warning + counts.info;
  const files = reports.length;
  if (total === 0) {
    lines.push(paint('green', cliText('noProblems', { where: countText('inFiles', files) })[locale]));
  } else {
    const withProblems = reports.filter((r) => r.problems.length > 0).length;
    const where = withProblems === files ? countText('inFiles', files) : countText('inSomeOfFiles', files, { part: withProblems });
    const summary = cliText('problemsSummary', {
      problems: countText('problems', total),
      errors: countText('errors', counts.error),
      warnings: countText('warnings', counts.warning),
      infos: countText('infos', counts.info),
      where,
    });
    lines.push('', paint(counts.error > 0 ? 'red' : 'yellow', summary[locale]));
  }
  return lines.join('\n') + '\n';
}

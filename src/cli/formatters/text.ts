import type { Severity } from '../../core/problem';
import { countSeverities, type FileReport } from '../report';

export interface TextOptions {
  /** ANSI colors; main() turns them on only for a TTY without NO_COLOR. */
  readonly color: boolean;
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
      const where = `${report.file}:${p.range.start.line + 1}:${p.range.start.character + 1}`;
      // A message is one line of output, whatever a translation or a YAML error text contains.
      const message = p.message.replace(/\s*[\r\n]+\s*/g, ' ').trim();
      lines.push(`${where} ${paint(SEVERITY_COLOR[p.severity], p.severity)} ${message} ${paint('gray', p.rule)}`);
    }
  }
  const counts = countSeverities(reports);
  const total = counts.error + counts.warning + counts.info;
  const files = reports.length;
  if (total === 0) {
    lines.push(paint('green', `✔ no problems in ${plural(files, 'file')}`));
  } else {
    const withProblems = reports.filter((r) => r.problems.length > 0).length;
    const inFiles = withProblems === files ? plural(files, 'file') : `${withProblems} of ${plural(files, 'file')}`;
    const summary = `✖ ${plural(total, 'problem')} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info) in ${inFiles}`;
    lines.push('', paint(counts.error > 0 ? 'red' : 'yellow', summary));
  }
  return lines.join('\n') + '\n';
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

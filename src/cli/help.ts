import { MAX_FILE_MB } from './readFile';

/** The text of `--help`. */
export function helpText(version: string): string {
  return `smm-strategy ${version}: lint social media strategies written as *.smm.yaml, and render them as plans

Usage:
  smm-strategy lint [options] <file|dir|glob>...
  smm-strategy render [options] <file>
  smm-strategy --help | --version

Arguments:
  file              linted or rendered as given, whatever its name; a regular file
                    of at most ${MAX_FILE_MB} MB (not a pipe, a device or a directory)
  dir               searched recursively for *.smm.yaml and *.smm.yml; node_modules
                    and hidden files and folders (names starting with '.') are skipped
  glob              '*' and '?' match within one path segment, '**' any number of
                    segments, {a,b} either one, [ab] one character of; wildcards do not
                    match hidden names. Quote it so the shell leaves it alone:
                    'docs/**/*.smm.{yaml,yml}'

Options of lint:
  -f, --format text|json|sarif   output format (default: text)
      --locale en|hy|ru          language of the messages and the summary; overrides
                                 the config file and each file's own 'locale:'
      --max-warnings N           exit 1 when more than N warnings are found
  -c, --config FILE              JSON config; default: ./smm.config.json if it exists
                                 { "locale": "hy", "rules": { "no-budget": "off", "audience-*": "info" } }
                                 (rules may also be a list: [{ "rule": "...", "severity": "..." }];
                                 severities: off, info, warning, error; checked against
                                 schemas/smm-config.schema.json)
  -q, --quiet                    print errors only (warnings still count for the exit code)

Options of render:
  -f, --format html|markdown     html (default): a standalone page, styles included, that
                                 runs no scripts (its Content-Security-Policy blocks them),
                                 to open in a browser or print; markdown: the same plan
  -o, --output FILE              write the plan to FILE (replaced whole, never half
                                 written) instead of stdout; never the strategy itself
      --locale en|hy|ru          language of the plan and the messages; overrides the
                                 config file and the file's own 'locale:'
  -c, --config FILE              as for lint: the problems shown in the plan follow it

Other options:
  -h, --help                     show this help
  -v, --version                  show the version

Output of lint:
  text    file:line:col severity message rule, then a summary. Lines and columns
          are 1-based; columns count UTF-16 code units, as the editor does (an
          emoji counts 2, a byte order mark is not counted). Control characters
          from files and file names are shown as escapes such as \\x1b.
  json    [{ "file", "problems": [{ "rule", "severity", "message",
          "range": { "start": { "line", "character" }, "end": { … } } }] }]
          with 0-based positions, one entry per file.
  sarif   SARIF 2.1.0 for code scanning.

Exit codes:
  0  lint: no errors (and no more warnings than --max-warnings);
     render: the plan was made, even if it shows problems
  1  lint: errors found, or too many warnings;
     render: the file is not readable YAML (the plan shows where)
  2  usage error, a file that cannot be read, or output that cannot be written
`;
}

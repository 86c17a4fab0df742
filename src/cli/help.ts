import { MAX_FILE_MB } from './readFile';

/** The text of `--help`. */
export function helpText(version: string): string {
  return `smm-strategy ${version}: lint social media strategies written as *.smm.yaml

Usage:
  smm-strategy lint [options] <file|dir|glob>...
  smm-strategy --help | --version

Arguments:
  file              linted as given, whatever its name; a regular file of at most
                    ${MAX_FILE_MB} MB (not a pipe, a device or a directory)
  dir               searched recursively for *.smm.yaml and *.smm.yml; node_modules
                    and hidden files and folders (names starting with '.') are skipped
  glob              '*' and '?' match within one path segment, '**' any number of
                    segments, {a,b} either one, [ab] one character of; wildcards do not
                    match hidden names. Quote it so the shell leaves it alone:
                    'docs/**/*.smm.{yaml,yml}'

Options:
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
  -h, --help                     show this help
  -v, --version                  show the version

Output:
  text    file:line:col severity message rule, then a summary. Lines and columns
          are 1-based; columns count UTF-16 code units, as the editor does (an
          emoji counts 2, a byte order mark is not counted). Control characters
          from files and file names are shown as escapes such as \\x1b.
  json    [{ "file", "problems": [{ "rule", "severity", "message",
          "range": { "start": { "line", "character" }, "end": { … } } }] }]
          with 0-based positions, one entry per file.
  sarif   SARIF 2.1.0 for code scanning.

Exit codes:
  0  no errors (and no more warnings than --max-warnings)
  1  errors found, or too many warnings
  2  usage error, a file that cannot be read, or output that cannot be written
`;
}

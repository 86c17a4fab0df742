import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { Log } from 'sarif';
import type { Problem, Severity } from '../../src/core/problem';
import type { Rule } from '../../src/core/rules/rule';
import { RULES } from '../../src/core/rules';
import { LineIndex } from '../../src/core/text/lineIndex';
import { formatJson, toJsonResults } from '../../src/cli/formatters/json';
import { formatSarif, toSarif } from '../../src/cli/formatters/sarif';
import { formatText } from '../../src/cli/formatters/text';
import { ruleDocsUri } from '../../src/cli/links';
import type { FileReport } from '../../src/cli/report';
import { countSeverities, lintExitCode, onlyErrors } from '../../src/cli/report';
import { terminalControls, validateSarif } from './helpers';

const CWD = path.resolve('/work/project');

/** A report for `text`, with problems given as [rule, severity, message, the exact text they underline]. */
function report(file: string, text: string, problems: [string, Severity, string, string][] = []): FileReport {
  const lines = new LineIndex(text);
  let from = 0;
  return {
    file,
    absolute: path.join(CWD, file),
    problems: problems.map(([rule, severity, message, underlined]): Problem => {
      const start = text.indexOf(underlined, from);
      assert.ok(start >= 0, `'${underlined}' not in the text`);
      from = start;
      const end = start + underlined.length;
      return { rule, severity, message, start, end, range: lines.rangeOf(start, end) };
    }),
  };
}

// CRLF line ends and an emoji (two UTF-16 units) before the underlined key.
const STRATEGY = 'version: 1\r\nbrand: { name: "Nush 😀", industy: cafe }\r\ngoals: []\r\n';

const REPORTS: FileReport[] = [
  report('a.smm.yaml', STRATEGY, [
    ['schema/additionalProperties', 'error', "Unknown key 'industy' in 'brand'.", 'industy'],
    ['no-goals', 'error', 'No goals.', 'goals'],
    ['audience-needs-missing', 'warning', 'Multi-line\nmessage', 'goals: []'],
    ['goal-without-why', 'info', 'An info.', '[]'],
  ]),
  report('clean.smm.yaml', 'version: 1\n'),
];

describe('cli/formatters', () => {
  describe('text', () => {
    it('prints file:line:col severity message rule, 1-based, columns in UTF-16 units, then a summary', () => {
      assert.equal(
        formatText(REPORTS, { color: false }),
        [
          // 'industy' follows `brand: { name: "Nush 😀", ` = 26 UTF-16 units (the emoji counts 2), so column 27.
          "a.smm.yaml:2:27 error Unknown key 'industy' in 'brand'. schema/additionalProperties",
          'a.smm.yaml:3:1 error No goals. no-goals',
          'a.smm.yaml:3:1 warning Multi-line message audience-needs-missing',
          'a.smm.yaml:3:8 info An info. goal-without-why',
          '',
          '✖ 4 problems (2 errors, 1 warning, 1 info) in 1 of 2 files',
          '',
        ].join('\n'),
      );
    });

    it('says so when there are no problems, with singular and plural right', () => {
      assert.equal(formatText([REPORTS[1]!], { color: false }), '✔ no problems in 1 file\n');
      assert.equal(formatText([REPORTS[1]!, REPORTS[1]!], { color: false }), '✔ no problems in 2 files\n');
      const one = report('x.smm.yaml', 'a: 1', [['r', 'warning', 'm', 'a']]);
      assert.match(formatText([one], { color: false }), /\n✖ 1 problem \(0 errors, 1 warning, 0 info\) in 1 file\n$/);
    });

    it('colors severities only when asked to', () => {
      const colored = formatText(REPORTS, { color: true });
      assert.ok(colored.includes('\u001b[31merror\u001b[39m'));
      assert.ok(colored.includes('\u001b[33mwarning\u001b[39m'));
      assert.ok(colored.includes('\u001b[36minfo\u001b[39m'));
      assert.ok(!formatText(REPORTS, { color: false }).includes('\u001b['));
    });

    it('lets no file name or message drive the terminal; only our own colours are escape sequences', () => {
      const hostile = report('\u001b]8;;https://evil.example\u0007x\u001b]8;;\u0007.smm.yaml', 'k: 1', [
        ['schema/additionalProperties', 'error', "Unknown key '\u001b[2J\u001b[H\u009b32m✔ no problems\u202e' in 'brand'.", 'k'],
      ]);
      for (const color of [false, true]) {
        const text = formatText([hostile], { color });
        // Every ESC left is one of ours: a colour (SGR) sequence.
        assert.deepEqual(terminalControls(text.replace(/\u001b\[\d+m/g, '')), []); // eslint-disable-line no-control-regex -- our SGR sequences
        assert.ok(text.includes("\\x1b]8;;https://evil.example\\x07x\\x1b]8;;\\x07.smm.yaml:1:1 "), text);
        assert.ok(text.includes("Unknown key '\\x1b[2J\\x1b[H\\x9b32m✔ no problems\\u202e' in 'brand'."), text);
      }
      const json = formatJson([hostile]);
      assert.deepEqual(terminalControls(json), []);
      assert.deepEqual((JSON.parse(json) as { problems: { message: string }[] }[])[0]!.problems[0]!.message, hostile.problems[0]!.message);
      const sarif = formatSarif([hostile], { version: '1', cwd: CWD, rules: [] });
      assert.deepEqual(terminalControls(sarif), []);
      assert.deepEqual(validateSarif(JSON.parse(sarif)), []);
    });
  });

  describe('json', () => {
    it('is exactly the contract shape: one entry per file, 0-based ranges, no internal fields', () => {
      const withExtras: FileReport = {
        ...REPORTS[0]!,
        problems: REPORTS[0]!.problems.map((p) => ({ ...p, data: { section: 'goals' }, related: [{ start: 0, end: 1, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message: 'x' }] })),
      };
      const parsed: unknown = JSON.parse(formatJson([withExtras, REPORTS[1]!]));
      assert.deepEqual(parsed, [
        {
          file: 'a.smm.yaml',
          problems: [
            {
              rule: 'schema/additionalProperties',
              severity: 'error',
              message: "Unknown key 'industy' in 'brand'.",
              range: { start: { line: 1, character: 26 }, end: { line: 1, character: 33 } },
            },
            { rule: 'no-goals', severity: 'error', message: 'No goals.', range: { start: { line: 2, character: 0 }, end: { line: 2, character: 5 } } },
            {
              rule: 'audience-needs-missing',
              severity: 'warning',
              message: 'Multi-line\nmessage',
              range: { start: { line: 2, character: 0 }, end: { line: 2, character: 9 } },
            },
            { rule: 'goal-without-why', severity: 'info', message: 'An info.', range: { start: { line: 2, character: 7 }, end: { line: 2, character: 9 } } },
          ],
        },
        { file: 'clean.smm.yaml', problems: [] },
      ]);
    });

    it('prints an empty array for no files', () => {
      assert.deepEqual(toJsonResults([]), []);
      assert.equal(formatJson([]), '[]\n');
    });
  });

  describe('sarif', () => {
    const log = toSarif(REPORTS, { version: '9.8.7', cwd: CWD, rules: RULES });
    const run = log.runs[0]!;

    it('is valid SARIF 2.1.0, and typed as the official object model', () => {
      const typed: Log = toSarif(REPORTS, { version: '9.8.7', cwd: CWD, rules: RULES });
      assert.deepEqual(typed, log);
      assert.deepEqual(validateSarif(JSON.parse(formatSarif(REPORTS, { version: '9.8.7', cwd: CWD, rules: RULES }))), []);
      assert.equal(log.version, '2.1.0');
      assert.equal(log.runs.length, 1);
    });

    it('describes the tool and every catalogue rule, plus the syntax and schema ids that occur', () => {
      const driver = run.tool.driver;
      assert.equal(driver.name, 'smm-strategy');
      assert.equal(driver.version, '9.8.7');
      assert.match(driver.informationUri!, /^https:\/\//);
      const ids = driver.rules!.map((r) => r.id);
      assert.deepEqual(ids.slice(0, RULES.length), RULES.map((r) => r.id));
      assert.ok(ids.includes('schema/additionalProperties'));
      assert.ok(!ids.includes('syntax'), 'syntax does not occur in these reports');
      for (const rule of RULES) {
        const d = driver.rules!.find((r) => r.id === rule.id)!;
        assert.equal(d.shortDescription!.text, rule.description.en);
        assert.equal(d.fullDescription!.text, rule.rationale.en);
        assert.equal(d.helpUri, ruleDocsUri(rule.id));
        assert.equal(d.defaultConfiguration!.level, { error: 'error', warning: 'warning', info: 'note' }[rule.severity]);
      }
    });

    it('lists fixed rules first, then syntax, then the rest in order', () => {
      const rules: Rule[] = [];
      const reports = [report('x.smm.yaml', 'a b c', [['schema/type', 'error', 'm', 'a'], ['syntax', 'error', 'm', 'b'], ['schema/enum', 'error', 'm', 'c']])];
      assert.deepEqual(toSarif(reports, { version: '1', cwd: CWD, rules }).runs[0]!.tool.driver.rules!.map((r) => r.id), ['syntax', 'schema/enum', 'schema/type']);
    });

    it('gives each result its rule, level, message and a 1-based region with an exclusive end column', () => {
      const ruleIds = run.tool.driver.rules!.map((r) => r.id);
      assert.equal(run.results!.length, 4);
      for (const result of run.results!) assert.equal(ruleIds[result.ruleIndex!], result.ruleId);
      const [first, , , info] = run.results!;
      assert.equal(first!.level, 'error');
      assert.equal(first!.message.text, "Unknown key 'industy' in 'brand'.");
      assert.deepEqual(first!.locations![0]!.physicalLocation, {
        artifactLocation: { uri: 'a.smm.yaml', uriBaseId: 'SRCROOT', index: 0 },
        region: { startLine: 2, startColumn: 27, endLine: 2, endColumn: 34 },
      });
      assert.equal(info!.level, 'note');
      assert.equal(run.columnKind, 'utf16CodeUnits');
      assert.deepEqual(run.originalUriBaseIds, { SRCROOT: { uri: 'file:///work/project/' } });
      assert.deepEqual(run.artifacts, [{ location: { uri: 'a.smm.yaml', uriBaseId: 'SRCROOT' } }, { location: { uri: 'clean.smm.yaml', uriBaseId: 'SRCROOT' } }]);
    });

    it('percent-encodes relative URIs and uses file URIs outside the working directory', () => {
      const inside = report('dir with space/ü.smm.yaml', 'a', [['syntax', 'error', 'm', 'a']]);
      const outside = { ...report('x.smm.yaml', 'a', [['syntax', 'error', 'm', 'a']]), absolute: path.resolve('/elsewhere/x.smm.yaml') };
      const results = toSarif([inside, outside], { version: '1', cwd: CWD, rules: [] }).runs[0]!.results!;
      assert.deepEqual(results[0]!.locations![0]!.physicalLocation!.artifactLocation, { uri: 'dir%20with%20space/%C3%BC.smm.yaml', uriBaseId: 'SRCROOT', index: 0 });
      assert.deepEqual(results[1]!.locations![0]!.physicalLocation!.artifactLocation, { uri: 'file:///elsewhere/x.smm.yaml', index: 1 });
    });

    it('turns related places into relatedLocations', () => {
      const base = report('d.smm.yaml', 'ids:\n  - a\n  - a\n', [['duplicate-id', 'error', 'Duplicate', 'a\n']]);
      const second = base.problems[0]!;
      const withRelated: FileReport = { ...base, problems: [{ ...second, related: [{ start: 9, end: 10, range: new LineIndex('ids:\n  - a\n  - a\n').rangeOf(9, 10), message: 'First here' }] }] };
      const result = toSarif([withRelated], { version: '1', cwd: CWD, rules: [] }).runs[0]!.results![0]!;
      assert.deepEqual(result.relatedLocations, [
        {
          id: 0,
          message: { text: 'First here' },
          physicalLocation: { artifactLocation: { uri: 'd.smm.yaml', uriBaseId: 'SRCROOT', index: 0 }, region: { startLine: 2, startColumn: 5, endLine: 2, endColumn: 6 } },
        },
      ]);
      assert.deepEqual(validateSarif(toSarif([withRelated], { version: '1', cwd: CWD, rules: [] })), []);
    });
  });

  describe('exit code', () => {
    it('is 1 for any error, or for more warnings than allowed; infos never count', () => {
      const counts = countSeverities(REPORTS);
      assert.deepEqual(counts, { error: 2, warning: 1, info: 1 });
      assert.equal(lintExitCode(counts, undefined), 1);
      assert.equal(lintExitCode({ error: 0, warning: 5, info: 9 }, undefined), 0);
      assert.equal(lintExitCode({ error: 0, warning: 5, info: 9 }, 5), 0);
      assert.equal(lintExitCode({ error: 0, warning: 5, info: 9 }, 4), 1);
      assert.equal(lintExitCode({ error: 0, warning: 0, info: 9 }, 0), 0);
    });

    it('--quiet keeps errors only', () => {
      assert.deepEqual(countSeverities(onlyErrors(REPORTS)), { error: 2, warning: 0, info: 0 });
    });
  });
});

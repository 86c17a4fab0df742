import { strict as assert } from 'node:assert';
import { parseWebviewMessage, type MessageBounds } from '../../../src/host/preview/webviewMessages';

const source = 'file:///work/plan.smm.yaml';
const bounds: MessageBounds = { source, lineCount: 120, version: 7, problemCount: 3 };

describe('messages from the preview webview', () => {
  it('accepts the messages of the protocol, about the document shown', () => {
    assert.deepEqual(parseWebviewMessage({ type: 'revealLine', source, line: 41.5 }, bounds), { type: 'revealLine', source, line: 41.5 });
    assert.deepEqual(parseWebviewMessage({ type: 'openSource', source, line: 0 }, bounds), { type: 'openSource', source, line: 0 });
    assert.deepEqual(parseWebviewMessage({ type: 'revealProblem', source, version: 7, problem: 2 }, bounds), { type: 'revealProblem', source, version: 7, problem: 2 });
    assert.deepEqual(parseWebviewMessage({ type: 'openLink', source, href: 'https://example.com' }, bounds), { type: 'openLink', source, href: 'https://example.com' });
  });

  it('keeps only the fields of the protocol', () => {
    assert.deepEqual(parseWebviewMessage({ type: 'openSource', source, line: 3, command: 'workbench.action.terminal.new' }, bounds), { type: 'openSource', source, line: 3 });
  });

  for (const [what, message] of [
    ['not an object', 'revealLine'],
    ['null', null],
    ['an unknown type', { type: 'runCommand', source, command: 'x' }],
    ['another document', { type: 'revealLine', source: 'file:///etc/passwd', line: 1 }],
    ['no source', { type: 'revealLine', line: 1 }],
    ['a line that is not a number', { type: 'openSource', source, line: '12' }],
    ['a negative line', { type: 'openSource', source, line: -1 }],
    ['a line past the end', { type: 'openSource', source, line: 120 }],
    ['an infinite line', { type: 'revealLine', source, line: Infinity }],
    ['NaN', { type: 'revealLine', source, line: NaN }],
    ['a problem of another render', { type: 'revealProblem', source, version: 6, problem: 0 }],
    ['a problem out of range', { type: 'revealProblem', source, version: 7, problem: 3 }],
    ['a fractional problem', { type: 'revealProblem', source, version: 7, problem: 1.5 }],
    ['a link that is not text', { type: 'openLink', source, href: { toString: () => 'https://x' } }],
  ] as const) {
    it(`drops ${what}`, () => {
      assert.equal(parseWebviewMessage(message, bounds), undefined);
    });
  }
});

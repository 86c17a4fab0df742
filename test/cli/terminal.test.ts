import * as assert from 'node:assert/strict';
import { escapeForTerminal, escapeJsonForTerminal } from '../../src/cli/terminal';
import { terminalControls } from './helpers';

describe('cli/terminal', () => {
  it('shows control characters as inert escapes: ESC, BEL, CR, LF, backspace, DEL, C1', () => {
    assert.equal(escapeForTerminal('\u001b[2J\u001b[H'), '\\x1b[2J\\x1b[H');
    assert.equal(escapeForTerminal('\u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007'), '\\x1b]8;;https://evil.example\\x07link\\x1b]8;;\\x07');
    assert.equal(escapeForTerminal('a\rb\nc\bd\u0000'), 'a\\rb\\nc\\x08d\\x00');
    assert.equal(escapeForTerminal('\u007f\u009b31m\u0085'), '\\x7f\\x9b31m\\x85');
  });

  it('shows the bidirectional overrides and isolates, which would reorder the line', () => {
    assert.equal(escapeForTerminal('a\u202eb\u202ac\u2066d\u2069'), 'a\\u202eb\\u202ac\\u2066d\\u2069');
  });

  it('leaves tabs and ordinary text of any script alone', () => {
    const text = "Ապրանքանիշ 'Նուշ' — бренд ☕ 👩‍🍳\tok \u200d";
    assert.equal(escapeForTerminal(text), text);
  });

  it('escapes in JSON what JSON.stringify leaves raw, keeping the same value', () => {
    const value = { m: 'a\u001b[2J\u009b\u202e\u2028b\u007f', k: 'Ապ ☕' };
    const json = escapeJsonForTerminal(JSON.stringify(value));
    assert.deepEqual(JSON.parse(json), value);
    assert.deepEqual(terminalControls(json), []);
    assert.ok(!json.includes('\u2028'));
    assert.ok(json.includes('Ապ ☕'));
  });
});

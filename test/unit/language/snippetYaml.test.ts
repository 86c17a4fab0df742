import { strict as assert } from 'node:assert';
import { renderYaml, renderYamlAt, snippetScalar, snippetToPlain } from '../../../src/core/language/snippetYaml';

const STYLE = { indent: 2, indentSequences: true, eol: '\n', blankLineBetweenSections: false } as const;

describe('snippetYaml', () => {
  it('resolves snippets to plain text', () => {
    assert.equal(snippetToPlain('id: ${1:goal-id}\ntype: ${2|awareness,sales|}$0 \\$5 ${3:a ${4:b}} ${5}'), 'id: goal-id\ntype: awareness $5 a b ');
  });

  it('quotes snippet scalars only when their text needs it', () => {
    assert.equal(snippetScalar('${1:Yerevan}'), '${1:Yerevan}');
    assert.equal(snippetScalar('${1:Sale: 50%}'), "'${1:Sale: 50%}'");
    assert.equal(snippetScalar('${1:true}'), "'${1:true}'");
    assert.equal(snippetScalar('${1:a, b}', true), "'${1:a, b}'");
    // A time is text to YAML 1.2 but a number to YAML 1.1 readers; a handle starts with `@`.
    assert.equal(snippetScalar('${4:12:00}'), "'${4:12:00}'");
    assert.equal(snippetScalar('${1:@nush}'), "'${1:@nush}'");
  });

  it('renders nested bodies as block YAML with flow scalar lists', () => {
    assert.deepEqual(renderYaml({ a: { b: ['x', 'y'], c: [{ d: 1, e: [] }] } }, 0, STYLE), ['a:', '  b: [x, y]', '  c:', '    - d: 1', '      e: []']);
  });

  it('writes a body for a cursor: the first line where the cursor is, the others indented', () => {
    assert.equal(
      renderYamlAt({ time: '${4:12:00}', handle: '${1:@nush}', title: '${2:Post topic}' }, 2, STYLE),
      "time: '${4:12:00}'\n  handle: '${1:@nush}'\n  title: ${2:Post topic}",
    );
    assert.equal(renderYamlAt({ a: { b: 1 } }, 4, { ...STYLE, indent: 4 }), 'a:\n        b: 1');
  });
});

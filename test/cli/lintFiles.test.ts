import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
// helpers first: it generates the schema validator the core imports, if the build has not yet.
import { FIXTURES, tempDir } from './helpers';
import { CliError } from '../../src/cli/errors';
import { lintFiles } from '../../src/cli/lintFiles';
import { defineDocumentRule } from '../../src/core/rules/rule';

describe('cli/lintFiles', () => {
  it('reports a rule that throws as a failure and still returns the other problems', () => {
    const broken = defineDocumentRule({
      id: 'broken-rule',
      severity: 'warning',
      seed: false,
      description: { en: 'b', hy: 'b', ru: 'b' },
      rationale: { en: 'b', hy: 'b', ru: 'b' },
      messages: { m: { en: 'm', hy: 'm', ru: 'm' } },
      scope: 'document',
      check() {
        throw new Error('boom');
      },
    });
    const file = path.join(FIXTURES, 'error.smm.yaml');
    const { reports, ruleFailures } = lintFiles([{ absolute: file, display: 'error.smm.yaml' }], {}, [broken]);
    assert.deepEqual(
      ruleFailures.map((f) => [f.file, f.rule, (f.error as Error).message]),
      [['error.smm.yaml', 'broken-rule', 'boom']],
    );
    assert.deepEqual(
      reports[0]!.problems.map((p) => p.rule),
      ['schema/additionalProperties'],
    );
  });

  it('fails with an I/O error when a file cannot be read', () => {
    const dir = tempDir();
    try {
      assert.throws(() => lintFiles([{ absolute: dir, display: 'a-directory.smm.yaml' }], {}), (error: unknown) => {
        assert.ok(error instanceof CliError);
        assert.equal(error.kind, 'io');
        assert.equal(error.message, "Cannot read 'a-directory.smm.yaml': it is a directory.");
        return true;
      });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

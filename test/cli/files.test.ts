import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CliError } from '../../src/cli/errors';
import { displayPath, expandPatterns } from '../../src/cli/files';
import { tempDir, writeTree } from './helpers';

describe('cli/files', () => {
  it('shows paths inside the working directory relative, with /', () => {
    assert.equal(displayPath(path.join('/w', 'a', 'b.smm.yaml'), '/w'), 'a/b.smm.yaml');
    assert.equal(displayPath('/elsewhere/b.smm.yaml', '/w'), '/elsewhere/b.smm.yaml');
  });

  describe('expandPatterns', () => {
    let root: string;
    before(() => {
      root = tempDir();
      writeTree(root, {
        'b.smm.yaml': '',
        'a.smm.yml': '',
        'notes.yaml': '',
        'README.md': '',
        'sub/c.smm.yaml': '',
        'sub/deep/d.smm.yaml': '',
        'sub/deep/other.yaml': '',
        'node_modules/pkg/e.smm.yaml': '',
        '.git/f.smm.yaml': '',
        '.config/g.smm.yaml': '',
        '.hidden.smm.yaml': '',
        'empty-dir/readme.txt': '',
        'odd/what?.smm.yaml': '',
        'odd/whatx.smm.yaml': '',
      });
    });
    after(() => fs.rmSync(root, { recursive: true, force: true }));

    const expand = (...patterns: string[]) => expandPatterns(patterns, root).map((f) => f.display);
    const failure = (...patterns: string[]): string => {
      try {
        expandPatterns(patterns, root);
      } catch (error) {
        assert.ok(error instanceof CliError, String(error));
        return error.message;
      }
      assert.fail(`expected ${patterns.join(' ')} to fail`);
    };

    it('searches directories recursively for *.smm.yaml and *.smm.yml, skipping node_modules and dot-directories', () => {
      assert.deepEqual(expand('.'), ['a.smm.yml', 'b.smm.yaml', 'odd/what?.smm.yaml', 'odd/whatx.smm.yaml', 'sub/c.smm.yaml', 'sub/deep/d.smm.yaml']);
      assert.deepEqual(expand('sub'), ['sub/c.smm.yaml', 'sub/deep/d.smm.yaml']);
    });

    it('enters a dot-directory or node_modules that is named explicitly, and takes a hidden file that is named', () => {
      assert.deepEqual(expand('.config'), ['.config/g.smm.yaml']);
      assert.deepEqual(expand('.hidden.smm.yaml'), ['.hidden.smm.yaml']);
      assert.deepEqual(expand('.*.smm.yaml'), ['.hidden.smm.yaml']);
      assert.deepEqual(expand('node_modules/pkg'), ['node_modules/pkg/e.smm.yaml']);
    });

    it('takes files as given, whatever their name', () => {
      assert.deepEqual(expand('notes.yaml', 'README.md'), ['README.md', 'notes.yaml']);
    });

    it('expands globs against files', () => {
      assert.deepEqual(expand('*.smm.yaml'), ['b.smm.yaml']);
      assert.deepEqual(expand('*.smm.y?ml'), ['b.smm.yaml']);
      assert.deepEqual(expand('**/*.yaml'), [
        'b.smm.yaml',
        'notes.yaml',
        'odd/what?.smm.yaml',
        'odd/whatx.smm.yaml',
        'sub/c.smm.yaml',
        'sub/deep/d.smm.yaml',
        'sub/deep/other.yaml',
      ]);
      assert.deepEqual(expand('sub/*/*.smm.yaml'), ['sub/deep/d.smm.yaml']);
      assert.deepEqual(expand('sub/**'), ['sub/c.smm.yaml', 'sub/deep/d.smm.yaml', 'sub/deep/other.yaml']);
      assert.deepEqual(expand('.git/*.smm.yaml'), ['.git/f.smm.yaml']);
      assert.deepEqual(expand('node_modules/*/*.smm.yaml'), ['node_modules/pkg/e.smm.yaml']);
    });

    it('expands braces and character classes, as the editor\'s own pattern *.smm.{yaml,yml} needs', () => {
      assert.deepEqual(expand('*.smm.{yaml,yml}'), ['a.smm.yml', 'b.smm.yaml']);
      assert.deepEqual(expand('**/*.smm.{yaml,yml}'), expand('.'));
      assert.deepEqual(expand('[ab].smm.y*'), ['a.smm.yml', 'b.smm.yaml']);
      assert.deepEqual(expand('sub/{deep,none}/*.yaml'), ['sub/deep/d.smm.yaml', 'sub/deep/other.yaml']);
    });

    it('does not let wildcards match hidden names, nor enter node_modules below the base', () => {
      assert.deepEqual(expand('*.smm.yaml'), ['b.smm.yaml']);
      assert.equal(failure('?hidden.smm.yaml'), "No files match the pattern '?hidden.smm.yaml'.");
      assert.equal(failure('**/f.smm.yaml'), "No files match the pattern '**/f.smm.yaml'.");
      assert.equal(failure('**/e.smm.yaml'), "No files match the pattern '**/e.smm.yaml'.");
    });

    it('takes a path that exists literally as a file, even with wildcard characters in its name', () => {
      assert.deepEqual(expand('odd/what?.smm.yaml'), ['odd/what?.smm.yaml']);
      assert.deepEqual(expand('odd/what*.smm.yaml'), ['odd/what?.smm.yaml', 'odd/whatx.smm.yaml']);
    });

    it('accepts absolute paths and globs', () => {
      assert.deepEqual(expand(path.join(root, 'sub', '*.smm.yaml')), ['sub/c.smm.yaml']);
      assert.deepEqual(expand(path.join(root, 'b.smm.yaml')), ['b.smm.yaml']);
    });

    it('drops duplicates and sorts, whatever the argument order', () => {
      assert.deepEqual(expand('sub/deep/d.smm.yaml', 'sub', './sub/c.smm.yaml', 'sub/**/*.smm.yaml', 'b.smm.yaml'), [
        'b.smm.yaml',
        'sub/c.smm.yaml',
        'sub/deep/d.smm.yaml',
      ]);
    });

    it('shows files outside the working directory with their absolute path', () => {
      const outside = expandPatterns(['../sub'], path.join(root, 'empty-dir'));
      assert.deepEqual(
        outside.map((f) => f.display),
        [path.join(root, 'sub', 'c.smm.yaml'), path.join(root, 'sub', 'deep', 'd.smm.yaml')],
      );
    });

    it('fails when an argument names nothing', () => {
      assert.equal(failure('missing.smm.yaml'), "No such file or directory: 'missing.smm.yaml'.");
      assert.equal(failure('b.smm.yaml/x'), "No such file or directory: 'b.smm.yaml/x'.");
      assert.equal(failure('*.smm.json'), "No files match the pattern '*.smm.json'.");
      assert.equal(failure('nowhere/**/*.smm.yaml'), "No files match the pattern 'nowhere/**/*.smm.yaml'.");
      assert.equal(failure('empty-dir'), "No *.smm.yaml or *.smm.yml files in the directory 'empty-dir'.");
      // One good argument does not excuse a bad one: CI would lint less than it was asked to.
      assert.equal(failure('b.smm.yaml', 'typo.smm.yaml'), "No such file or directory: 'typo.smm.yaml'.");
      assert.match(failure('-'), /standard input is not supported/);
    });

    it('lints a linked file but does not follow linked directories (no cycles)', function () {
      const linked = tempDir();
      try {
        writeTree(linked, { 'real/x.smm.yaml': '' });
        try {
          fs.symlinkSync(path.join(linked, 'real', 'x.smm.yaml'), path.join(linked, 'link.smm.yaml'));
          fs.symlinkSync(linked, path.join(linked, 'real', 'loop'));
        } catch {
          this.skip(); // no symlink permission (Windows without developer mode)
        }
        assert.deepEqual(
          expandPatterns(['.'], linked).map((f) => f.display),
          ['link.smm.yaml', 'real/x.smm.yaml'],
        );
      } finally {
        fs.rmSync(linked, { recursive: true, force: true });
      }
    });
  });
});

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { CliError } from '../../src/cli/errors';
import { MAX_FILE_BYTES, decodeText, readRegularFile } from '../../src/cli/readFile';
import { tempDir } from './helpers';

const bytes = (...values: number[]) => new Uint8Array(values);

/** The message of the I/O `CliError` that reading `file` throws. */
function readError(file: string, shown = path.basename(file)): string {
  try {
    readRegularFile(file, shown);
  } catch (error) {
    assert.ok(error instanceof CliError, String(error));
    assert.equal(error.kind, 'io');
    return error.message;
  }
  assert.fail(`expected reading ${file} to fail`);
}

describe('cli/readFile', () => {
  describe('decodeText', () => {
    it('drops a leading byte order mark, as VS Code does, so columns agree with the editor', () => {
      assert.equal(decodeText(bytes(0xef, 0xbb, 0xbf, 0x61, 0x3a)), 'a:');
      // Only a leading one: U+FEFF elsewhere is text.
      assert.equal(decodeText(bytes(0x61, 0xef, 0xbb, 0xbf)), 'a\uFEFF');
    });

    it('keeps CRLF and turns invalid UTF-8 into U+FFFD instead of failing', () => {
      assert.equal(decodeText(bytes(0x61, 0x0d, 0x0a, 0x62)), 'a\r\nb');
      assert.equal(decodeText(bytes(0x43, 0x61, 0x66, 0xe9, 0x0a)), 'Caf\uFFFD\n');
    });
  });

  describe('readRegularFile', () => {
    let dir: string;
    beforeEach(() => (dir = tempDir()));
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('reads a regular file, through a link too', () => {
      fs.writeFileSync(path.join(dir, 'a.smm.yaml'), 'version: 1\n');
      assert.equal(Buffer.from(readRegularFile(path.join(dir, 'a.smm.yaml'), 'a.smm.yaml')).toString(), 'version: 1\n');
      fs.symlinkSync(path.join(dir, 'a.smm.yaml'), path.join(dir, 'link.smm.yaml'));
      assert.equal(readRegularFile(path.join(dir, 'link.smm.yaml'), 'link.smm.yaml').length, 11);
    });

    it('refuses a directory, a missing file and a path through a file, in one line', () => {
      assert.equal(readError(dir, 'd'), "Cannot read 'd': it is a directory.");
      assert.equal(readError(path.join(dir, 'none.smm.yaml')), "Cannot read 'none.smm.yaml': no such file or directory.");
      fs.writeFileSync(path.join(dir, 'f'), '');
      assert.equal(readError(path.join(dir, 'f', 'x'), 'f/x'), "Cannot read 'f/x': not a directory.");
    });

    it('refuses a FIFO at once instead of waiting for a writer', function () {
      if (spawnSync('mkfifo', [path.join(dir, 'pipe.smm.yaml')]).status !== 0) this.skip(); // no mkfifo (Windows)
      assert.equal(readError(path.join(dir, 'pipe.smm.yaml')), "Cannot read 'pipe.smm.yaml': it is a pipe, not a file.");
    });

    it('refuses a device such as /dev/zero, which never ends', function () {
      if (!fs.existsSync('/dev/zero')) this.skip();
      assert.equal(readError('/dev/zero', '/dev/zero'), "Cannot read '/dev/zero': it is a device, not a file.");
    });

    it('refuses a socket', async function () {
      if (process.platform === 'win32') this.skip();
      const socket = path.join(dir, 's.smm.yaml');
      const server = net.createServer();
      await new Promise<void>((resolve) => server.listen(socket, resolve));
      try {
        assert.equal(readError(socket), "Cannot read 's.smm.yaml': it is a socket, not a file.");
      } finally {
        await new Promise((resolve) => server.close(resolve));
      }
    });

    it(`reads up to ${MAX_FILE_BYTES / 1024 / 1024} MB and refuses more, saying how much`, () => {
      const file = path.join(dir, 'big.smm.yaml');
      fs.writeFileSync(file, '');
      fs.truncateSync(file, MAX_FILE_BYTES); // sparse: nothing is written
      assert.equal(readRegularFile(file, 'big.smm.yaml').length, MAX_FILE_BYTES);
      fs.truncateSync(file, MAX_FILE_BYTES + 1);
      assert.equal(readError(file), "'big.smm.yaml' is too large (5.1 MB; the limit is 5 MB).");
    });
  });
});

// The cache snapshot looks at every YAML file of a folder before the
// loader does: it must refuse what the loader refuses unread, by size and
// kind alone, or a 1 GiB file is hashed and a named pipe blocks for ever.
import { execFileSync } from 'node:child_process';
import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { snapshotFolder } from '../../src/library/fingerprint.js';
import { MAX_FILE_BYTES } from '../../src/library/limits.js';
import { bytesReadBy, CAN_COUNT_READS } from '../helpers/bytes-read.js';
import { tempDir } from '../helpers/paths.js';

function folderWith(name: string, make: (path: string) => void): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'contacts.yaml'), 'contacts: []\n');
  make(join(dir, name));
  return dir;
}

describe('snapshotFolder and the loader limits', () => {
  it('keeps the bytes of a folder of ordinary files', () => {
    expect(snapshotFolder(folderWith('drill.yaml', (p) => writeFileSync(p, 'id: drill\n')))?.files['drill.yaml']).toBe(
      Buffer.from('id: drill\n').toString('base64'),
    );
  });

  it.runIf(CAN_COUNT_READS)('gives up on a file over the size limit without reading it', () => {
    // Sparse: 1 GiB on paper, nothing on disk; reading it would take seconds.
    const dir = folderWith('big.yaml', (p) => {
      writeFileSync(p, '');
      truncateSync(p, 1024 * 1024 * 1024);
    });
    let snapshot: unknown = 'not taken';
    const read = bytesReadBy(() => (snapshot = snapshotFolder(dir)));
    expect(snapshot).toBeUndefined();
    // contacts.yaml and the count itself: a few hundred bytes, not a gigabyte, nor the first MiB of it.
    expect(read).toBeLessThan(MAX_FILE_BYTES);
  });

  it('accepts a file of exactly the limit', () => {
    const dir = folderWith('edge.yaml', (p) => writeFileSync(p, Buffer.alloc(MAX_FILE_BYTES, 0x20)));
    expect(Object.keys(snapshotFolder(dir)?.files ?? {})).toEqual(['contacts.yaml', 'edge.yaml']);
  });

  it.skipIf(process.platform === 'win32')('gives up on a named pipe instead of waiting for a writer', () => {
    const dir = folderWith('drill.yaml', (p) => execFileSync('mkfifo', [p]));
    expect(snapshotFolder(dir)).toBeUndefined();
  });
});

// coop as a person first meets it, where only the built binary shows it: a
// reader that goes away. Its version, help, usage errors and the shipped
// library's list: tests/main/cli.test.ts, in process, which prints what the
// binary prints (tests/e2e/in-process.test.ts); the read-only commands in
// detail: tests/commands/read-only.test.ts.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { COOP_BIN } from '../helpers/paths.js';

describe('coop (built binary)', () => {
  it('stays quiet when the reader of its output goes away (coop show | head -1)', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${COOP_BIN}" contacts | head -1; exit 0`], {
      encoding: 'utf8',
    });
    expect(r.stdout.trim()).toBe("Kansas Commission on Peace Officers' Standards & Training (KS-CPOST)");
    expect(r.stderr).toBe('');
  });
});

import { describe, expect, it } from 'vitest';
import { isIncidentId, journalPath, locateJournalDir, newIncidentId } from '../../src/journal/paths.js';
import { contentHash } from '../../src/journal/hash.js';

describe('where journals live', () => {
  const env = { HOME: '/home/pat' };
  it.each([
    [
      '--journal-dir, relative to the working folder',
      'records',
      { ...env, COOP_JOURNAL_DIR: '/x' },
      '/work/records',
      'option',
    ],
    [
      'COOP_JOURNAL_DIR',
      undefined,
      { ...env, COOP_JOURNAL_DIR: '/srv/coop', XDG_STATE_HOME: '/s' },
      '/srv/coop',
      'environment',
    ],
    [
      'the XDG state folder',
      undefined,
      { ...env, XDG_STATE_HOME: '/home/pat/.state' },
      '/home/pat/.state/coop/journal',
      'xdg',
    ],
    [
      'not a relative XDG_STATE_HOME (the spec says to ignore it)',
      undefined,
      { ...env, XDG_STATE_HOME: 'state' },
      '/home/pat/.local/state/coop/journal',
      'home',
    ],
    ['~/.local/state/coop/journal otherwise', undefined, env, '/home/pat/.local/state/coop/journal', 'home'],
  ])('%s', (_name, option, environment, dir, source) => {
    expect(locateJournalDir(option, environment, '/work')).toEqual({ dir, source });
  });

  it('is never guessed when --journal-dir is given empty', () => {
    expect(() => locateJournalDir('', env, '/work')).toThrow(
      '--journal-dir is empty; give the journal folder, like --journal-dir journal',
    );
  });
});

describe('incident ids', () => {
  it('are the local date and time, the runbook and a short random suffix', () => {
    const id = newIncidentId('power-loss', new Date(2026, 10, 23, 9, 15, 3), () => Buffer.from([0, 1, 2, 31]));
    expect(id).toBe('20261123-091503-power-loss-abc9');
    expect(isIncidentId(id)).toBe(true);
  });

  it.each(['../etc/passwd', '/tmp/x', 'a/b', 'UPPER', 'a..b', '', '-a', 'a-', 'x'.repeat(161), 'a b', 'a\u0000b'])(
    'refuse %j as a file name',
    (id) => {
      expect(isIncidentId(id)).toBe(false);
      expect(() => journalPath('/j', id)).toThrow(/is not an incident id/);
    },
  );
});

describe('content hash', () => {
  it('is sha256 of the text', () => {
    expect(contentHash('')).toBe('sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});

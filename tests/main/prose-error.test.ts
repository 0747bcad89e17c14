// The error that ends a command, at a terminal: words with nothing to type in
// them are broken at spaces; one that names a command stays one line, so the
// command pastes whole.
import { describe, expect, it } from 'vitest';
import { handleError } from '../../src/main/run-cli.js';
import { ProseError, UserError } from '../../src/system/errors.js';

const LOCKED =
  'incident 20261202-131144-power-loss-gauc is being carried on by Pat Smith on vm (process 18885) since 13:20; one coop at a time writes an incident: wait until they pause it, or ask them to';

function printed(error: unknown, stream: { isTTY?: boolean; columns?: number }) {
  let text = '';
  const code = handleError(error, { ...stream, write: (t: string) => (text += t) });
  return { code, lines: text.trimEnd().split('\n') };
}

describe('an error of words alone', () => {
  it('is broken at spaces at a terminal, each line within it and the rest under the text', () => {
    const { code, lines } = printed(new ProseError(LOCKED), { isTTY: true, columns: 50 });
    expect(code).toBe(2);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(50);
    expect(lines.slice(1).every((l) => l.startsWith('      '))).toBe(true);
    expect(lines.map((l) => l.trim()).join(' ')).toBe(`coop: ${LOCKED}`);
  });

  it('is one line in a pipe', () => {
    expect(printed(new ProseError(LOCKED), { isTTY: false, columns: 50 }).lines).toEqual([`coop: ${LOCKED}`]);
  });

  it('while an error that names a command stays one line at a terminal too', () => {
    const message = `${LOCKED}; if that coop is no longer running, delete journal/x.lock and resume again`;
    expect(printed(new UserError(message), { isTTY: true, columns: 50 }).lines).toEqual([`coop: ${message}`]);
  });
});

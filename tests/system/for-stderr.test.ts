// The problems a walk says on stderr before step 1: whole lines for a script
// in a pipe; on a terminal, broken at spaces within its width (a path kept
// whole), the rest of a line under its text, so that the terminal never breaks
// one inside a word. (A message that holds a command is left whole, for the
// terminal to fold: a command broken over two lines does not paste whole.)
import { describe, expect, it } from 'vitest';
import { forStderr } from '../../src/system/io.js';
import { displayWidth } from '../../src/text/wrap.js';
import { fakeIO } from '../helpers/fake-io.js';

// A problem as a walk says it before step 1: a path and words, no command to copy.
const MESSAGE =
  'coop: warning: plib/power-loss.yaml:11:12: steps[1].phase: "activation" is not one of activate, recover, reconstitute; did you mean "activate"?\n';

describe('messages on stderr', () => {
  it('are whole lines in a pipe', () => {
    expect(forStderr(fakeIO({ tty: false }), MESSAGE)).toBe(MESSAGE);
  });

  it.each([40, 60, 80, 100])('on a terminal %i columns wide, fit it, with the words and paths whole', (columns) => {
    const io = { ...fakeIO({ tty: true }), columns };
    const text = forStderr(io, MESSAGE);
    const lines = text.trimEnd().split('\n');
    for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(columns);
    // The same words in the same order; the continuation lines under the text after "coop: ".
    expect(lines.map((l) => l.trim()).join(' ')).toBe(MESSAGE.trim());
    for (const line of lines.slice(1)) expect(line.startsWith('      ')).toBe(true);
    expect(text).toContain('plib/power-loss.yaml:11:12:');
    expect(text.endsWith('\n')).toBe(true);
  });

  it('leave a line that fits as it is', () => {
    const io = { ...fakeIO({ tty: true }), columns: 80 };
    expect(forStderr(io, 'coop: warning: short\nsecond line\n')).toBe('coop: warning: short\nsecond line\n');
  });
});

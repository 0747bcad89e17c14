// coop's messages on stderr, and the error that ends a command: whole lines
// for a script in a pipe; on a terminal, broken at spaces within its width (a
// path kept whole), the rest of a line under its text, so that the terminal
// never breaks one inside a word.
import { describe, expect, it } from 'vitest';
import { handleError } from '../../src/main/run-cli.js';
import { UserError } from '../../src/system/errors.js';
import { forStderr } from '../../src/system/io.js';
import { displayWidth } from '../../src/text/wrap.js';
import { fakeIO } from '../helpers/fake-io.js';

const MESSAGE =
  'coop: warning: other files of the library have 1 problem (first: plib/contacts.yaml:6:5: unknown key "nmae" in contacts[1]; did you mean "name"?); run coop lint plib for all of them\n';

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
    expect(text).toContain('plib/contacts.yaml:6:5:');
    expect(text.endsWith('\n')).toBe(true);
  });

  it('leave a line that fits as it is', () => {
    const io = { ...fakeIO({ tty: true }), columns: 80 };
    expect(forStderr(io, 'coop: warning: short\nsecond line\n')).toBe('coop: warning: short\nsecond line\n');
  });
});

describe('an error a person caused', () => {
  const said = (stream: { isTTY: boolean; columns?: number }) => {
    let text = '';
    const code = handleError(new UserError(MESSAGE.slice('coop: '.length).trim()), {
      ...stream,
      write: (s: string) => (text += s),
    });
    return { code, text };
  };

  it('is one line in a pipe, with its exit code', () => {
    expect(said({ isTTY: false })).toEqual({ code: 2, text: MESSAGE });
  });

  it('is broken at its spaces on a terminal, within its width', () => {
    const { text } = said({ isTTY: true, columns: 50 });
    const lines = text.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(50);
    expect(lines.map((l) => l.trim()).join(' ')).toBe(MESSAGE.trim());
  });
});

// Wrapping text to the terminal: words never cut where they need not be, and
// a file's path never cut at all, so that what is copied from the screen is
// the path.
import stringWidth from 'fast-string-width';
import { describe, expect, it } from 'vitest';
import { displayWidth, joinWithin, wrap, wrapAtSpaces } from '../../src/text/wrap.js';

const PATH = '/home/pat/.local/state/coop/journal/20261124-080000-mail-check-m2x7.jsonl';

describe('displayWidth', () => {
  it('measures printable ASCII as fast-string-width does, and wide, combining and coloured text by it', () => {
    const ascii = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join('');
    for (const text of [
      '',
      ascii,
      'Losing power during office hours',
      '日本語',
      'cafe\u0301',
      '\u001b[1mID\u001b[22m',
      'a\tb',
    ])
      expect(displayWidth(text), JSON.stringify(text)).toBe(stringWidth(text));
    expect(displayWidth('日本語')).toBe(6);
  });
});

describe('wrap', () => {
  it('breaks on spaces, and cuts a word longer than the line where the line ends', () => {
    expect(wrap('one two three', 7)).toEqual(['one two', 'three']);
    expect(wrap('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });
});

describe('wrapAtSpaces', () => {
  it('keeps a path longer than the line whole, on a line of its own', () => {
    expect(wrapAtSpaces(`The record of this incident is in ${PATH}`, 40)).toEqual([
      'The record of this incident is in',
      PATH,
    ]);
  });
});

describe('joinWithin', () => {
  it('joins phrases while they fit, each whole on one line, a too-long path whole after its label', () => {
    expect(joinWithin(['Incident x', 'started by Sam', `record: ${PATH}`], ' · ', 40)).toEqual([
      'Incident x · started by Sam',
      'record:',
      PATH,
    ]);
  });
});

// Wrapping text to the terminal: words never cut where they need not be, and
// a file's path never cut at all, so that what is copied from the screen is
// the path.
import { describe, expect, it } from 'vitest';
import { joinWithin, wrap, wrapAtSpaces } from '../../src/text/wrap.js';

const PATH = '/home/pat/.local/state/coop/journal/20261124-080000-mail-check-m2x7.jsonl';

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

// "Did you mean": what a person most likely meant by an id they mistyped.
import { describe, expect, it } from 'vitest';
import { closest, didYouMean } from '../../src/text/suggest.js';

const contacts = ['executive-director', 'choose-networks', 'kletc-help-desk'];

describe('closest', () => {
  it('takes a letter or two wrong', () => {
    expect(closest('executive-directr', contacts)).toEqual(['executive-director']);
  });

  it('takes each word of an id shortened: "exec-director", five letters off, is executive-director', () => {
    expect(didYouMean('exec-director', contacts)).toBe('; did you mean "executive-director"?');
    expect(closest('exec-dir', contacts)).toEqual(['executive-director']);
  });

  it('does not take words shortened in another order, or a different count of words', () => {
    expect(closest('director-exec', contacts)).toEqual([]);
    expect(closest('exec', contacts)).toEqual(['executive-director']); // a prefix, as before
    expect(closest('exec-director-now', contacts)).toEqual([]);
  });
});

// How many text messages an update takes: Twilio's calculator, with the
// current Unicode's grapheme rules (src/text/grapheme-splitter.ts), which the
// build and these tests both give it.
import { describe, expect, it } from 'vitest';
import GraphemeSplitter from '../../src/text/grapheme-splitter.js';
import { measureSms } from '../../src/vendor/sms.js';

const segmentsOf = (text: string) => measureSms(text).segments;

describe('measureSms', () => {
  it('counts GSM-7 text as 160 characters in one message, 153 a part beyond', () => {
    expect(measureSms('a'.repeat(160))).toEqual({ encoding: 'GSM-7', segments: 1, characters: 160 });
    expect(segmentsOf('a'.repeat(161))).toBe(2);
    expect(segmentsOf('a'.repeat(306))).toBe(2);
    expect(segmentsOf('a'.repeat(307))).toBe(3);
  });

  it("counts GSM-7's escaped characters ({ } [ ] ~ | ^ € \\) twice", () => {
    expect(segmentsOf(`${'a'.repeat(158)}{`)).toBe(1);
    expect(segmentsOf(`${'a'.repeat(159)}€`)).toBe(2);
  });

  it('counts text outside GSM-7 as UCS-2: 70 characters in one message, 67 a part beyond', () => {
    expect(measureSms(`${'a'.repeat(69)}ł`)).toEqual({ encoding: 'UCS-2', segments: 1, characters: 70 });
    expect(segmentsOf(`${'a'.repeat(70)}ł`)).toBe(2);
  });

  it('never splits a character a person sees as one between two messages', () => {
    // 134 UTF-16 units fill two parts of 67 exactly...
    expect(segmentsOf(`ł${'a'.repeat(133)}`)).toBe(2);
    // ...unless a family emoji (five code points, eight units) would straddle them: it moves whole to the next part.
    expect(segmentsOf(`${'a'.repeat(63)}👨‍👩‍👧${'b'.repeat(63)}`)).toBe(3);
  });
});

describe('the grapheme splitter given to the calculator', () => {
  it('splits as the current Unicode does, conjuncts of Indic scripts included (Unicode 15.1)', () => {
    const splitter = new GraphemeSplitter();
    expect(splitter.splitGraphemes('Done 👍🏽 ok')).toEqual(['D', 'o', 'n', 'e', ' ', '👍🏽', ' ', 'o', 'k']);
    expect(splitter.splitGraphemes('\r\n🇺🇸é')).toEqual(['\r\n', '🇺🇸', 'é']);
    // क्ष (ka, virama, ssa) is one grapheme since Unicode 15.1; grapheme-splitter (Unicode 10) made it two.
    expect(splitter.splitGraphemes('क्ष')).toEqual(['क्ष']);
  });

  it('is the one the calculator splits with: a conjunct is never split between two messages', () => {
    // 65 UTF-16 units, then क्ष (three units, one grapheme), then 66: a whole conjunct does not fit in the first
    // part's 67 units and moves to the second, which then overflows into a third. grapheme-splitter would have
    // put क् (two units) at the end of the first part and ष at the start of the second: two parts.
    expect(segmentsOf(`ł${'a'.repeat(64)}क्ष${'b'.repeat(66)}`)).toBe(3);
  });
});

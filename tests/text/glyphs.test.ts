import { describe, expect, it } from 'vitest';
import { asciiGlyphs, wantsUnicode } from '../../src/text/glyphs.js';

describe('which symbols the terminal can show', () => {
  it('Unicode in a UTF-8 locale, or when no locale is set', () => {
    expect(wantsUnicode({ LANG: 'en_US.UTF-8' })).toBe(true);
    expect(wantsUnicode({ LC_ALL: 'C.utf8', LANG: 'C' })).toBe(true);
    expect(wantsUnicode({})).toBe(true);
  });

  it('ASCII under LANG=C, another character set, or TERM=dumb', () => {
    expect(wantsUnicode({ LANG: 'C' })).toBe(false);
    expect(wantsUnicode({ LANG: 'en_US.UTF-8', LC_ALL: 'POSIX' })).toBe(false);
    expect(wantsUnicode({ LANG: 'de_DE.ISO-8859-1' })).toBe(false);
    expect(wantsUnicode({ LANG: 'en_US.UTF-8', TERM: 'dumb' })).toBe(false);
  });

  it("coop's symbols in ASCII", () => {
    expect(asciiGlyphs('✔ done · ✘ failed · ↷ skipped ─── a → b…')).toBe('+ done - x failed - > skipped --- a -> b...');
    expect(asciiGlyphs('↑↓ navigate • ⏎ select')).toBe('up/down navigate * enter select');
  });
});

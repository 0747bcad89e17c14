import { describe, expect, it } from 'vitest';
import { plainStyle } from '../../src/text/style.js';
import { textTable } from '../../src/text/table.js';
import { displayWidth } from '../../src/text/wrap.js';

describe('a table for the terminal', () => {
  it('lines its columns up by display width, so wide characters do not push them out of line', () => {
    const [head, wide, narrow] = textTable(
      ['ID', 'TITLE', 'OWNER'],
      [
        ['power-loss', '停電 (power loss)', 'Director'],
        ['fire', 'Fire', 'Director'],
      ],
      plainStyle,
    );
    /** The column on screen where the last cell starts. */
    const lastColumn = (line: string, cell: string) => displayWidth(line.slice(0, line.lastIndexOf(cell)));
    expect(lastColumn(wide!, 'Director')).toBe(lastColumn(head!, 'OWNER'));
    expect(lastColumn(narrow!, 'Director')).toBe(lastColumn(head!, 'OWNER'));
  });
});

describe('a table within the width of a terminal', () => {
  const header = ['ID', 'TITLE', 'OWNER'];
  const rows = [
    ['power-loss', 'Losing power during office hours', 'Executive Director'],
    ['fire', 'Fire or other catastrophe', 'Executive Director'],
  ];
  const widest = (lines: string[]) => Math.max(...lines.map(displayWidth));

  it('is the whole table for a pipe, and where it fits', () => {
    const whole = textTable(header, rows, plainStyle);
    expect(widest(whole)).toBe(64);
    expect(textTable(header, rows, plainStyle, { width: 64, shrink: 1 })).toEqual(whole);
  });

  it('cuts the column that may be cut short between words, with an ellipsis, to fit', () => {
    const lines = textTable(header, rows, plainStyle, { width: 60, shrink: 1 });
    expect(widest(lines)).toBeLessThanOrEqual(60);
    expect(lines).toEqual([
      'ID          TITLE                        OWNER',
      'power-loss  Losing power during office…  Executive Director',
      'fire        Fire or other catastrophe    Executive Director',
    ]);
  });

  it('shows each row as a block where cutting is not enough, or nothing may be cut', () => {
    for (const fit of [{ width: 40, shrink: 1 }, { width: 60 }]) {
      const lines = textTable(header, rows, plainStyle, fit);
      expect(widest(lines)).toBeLessThanOrEqual(fit.width);
      expect(lines[0]).toBe('power-loss');
      expect(lines[1]).toMatch(/^ {2}title: Losing power during office( hours)?$/);
      expect(lines).toContain('fire');
      expect(lines.filter((l) => l.includes('owner: Executive Director'))).toHaveLength(2);
    }
  });
});

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

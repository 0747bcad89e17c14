// Any text of any code points: what fast-check's `fc.string({ unit: 'binary' })`
// generates (every code point but the surrogate halves, small ones most often),
// without its start-up cost. For that unit fast-check maps all 1.1 million code
// points back to their places in one Map the first time a process uses it
// (1.2 s of CPU, measured), and every vitest worker is a process of its own.
// Here the way back is arithmetic.
import fc from 'fast-check';

const SURROGATES = { first: 0xd800, count: 0x800 };
const LAST_CODE_POINT = 0x10ffff;

function codePointAt(index: number): string {
  return String.fromCodePoint(index < SURROGATES.first ? index : index + SURROGATES.count);
}

function indexOf(value: unknown): number {
  const code = typeof value === 'string' && value.length <= 2 ? value.codePointAt(0) : undefined;
  if (code === undefined || String.fromCodePoint(code) !== value) throw new Error('not one code point');
  if (code < SURROGATES.first) return code;
  if (code < SURROGATES.first + SURROGATES.count) throw new Error('a surrogate half');
  return code - SURROGATES.count;
}

/** One code point: fast-check's 'binary' unit, index for index. */
export const anyCodePoint: fc.Arbitrary<string> = fc
  .nat({ max: LAST_CODE_POINT - SURROGATES.count })
  .map(codePointAt, indexOf);

/** Text of any code points, with fc.string's other constraints. */
export function anyText(constraints: Omit<fc.StringConstraints, 'unit'> = {}): fc.Arbitrary<string> {
  return fc.string({ ...constraints, unit: anyCodePoint });
}

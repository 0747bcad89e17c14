// Broken YAML, made two ways for the property tests: real library files
// (the shipped runbooks and every fixture) mutated the way files get broken
// (bytes flipped, lines lost or doubled, indentation moved, keys renamed,
// text pasted from elsewhere with control characters and odd Unicode), and
// token soup from the pieces of YAML syntax.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { anyText } from '../helpers/any-text.js';
import { FIXTURES, SHIPPED_RUNBOOKS } from '../helpers/paths.js';

/** Every .yaml/.yml file of the shipped library and the test fixtures, as bytes. */
export function seedFiles(): Buffer[] {
  const out: Buffer[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && /\.ya?ml$/.test(entry.name)) out.push(readFileSync(path));
    }
  };
  walk(SHIPPED_RUNBOOKS);
  walk(FIXTURES);
  return out;
}

/** Keys that must never reach a prototype, and keys of the format itself, to rename others into. */
const KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'id',
  'title',
  'steps',
  'do',
  'ask',
  'run',
  'next',
  'choices',
  'answer',
  'contacts',
  'owner',
  'timeout',
  'on_failure',
  'lint',
  'rules',
];

/** Characters a file picks up from a terminal, another editor or another system. */
const ODD = [
  '\u0000',
  '\u0007',
  '\b',
  '\t',
  '\r',
  '\r\n',
  '\u000b',
  '\f',
  '\u001b[2J',
  '\u001b]0;x\u0007',
  '\u007f',
  '\u0085',
  '\u009b31m',
  '\u00a0',
  '\u2028',
  '\u2029',
  '\u202e',
  '\u2066',
  '\ufeff',
  '\ufffd',
  '\ud83d\ude80',
  '\u0301',
  '\uffff',
];

/** Pieces of YAML syntax, for soup and for pasting into real files. */
const SYNTAX = [
  '- ',
  ': ',
  '? ',
  '&a ',
  '*a',
  '<<: *a',
  '!!binary ',
  '!tag ',
  '!!str ',
  '[',
  ']',
  '{',
  '}',
  ',',
  '"',
  "'",
  '#',
  '|',
  '|-',
  '>',
  '>+',
  '---\n',
  '...\n',
  '%YAML 1.1\n',
  '%TAG ! tag:x,2000:\n',
  '@',
  '`',
  '\n',
  '  ',
  '\t',
  'id: drill\n',
  'steps:\n',
  '  - do: x\n',
  'null',
  '~',
  'true',
  '0x1F',
  '1e999',
  '.inf',
  '2026-02-30',
  '"\\u0000"',
  '"\\x9b"',
  "'''",
];

type Mutation =
  | { kind: 'flip-byte'; at: number; byte: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete-line' | 'double-line'; line: number }
  | { kind: 'swap-lines'; line: number; other: number }
  | { kind: 'indent'; line: number; by: number }
  | { kind: 'rename-key'; line: number; key: string }
  | { kind: 'truncate'; at: number };

const where = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip-byte' as const), at: where, byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: where,
    text: fc.oneof(fc.constantFrom(...ODD), fc.constantFrom(...SYNTAX), anyText({ maxLength: 8 })),
  }),
  fc.record({ kind: fc.constantFrom('delete-line' as const, 'double-line' as const), line: where }),
  fc.record({ kind: fc.constant('swap-lines' as const), line: where, other: where }),
  fc.record({ kind: fc.constant('indent' as const), line: where, by: fc.integer({ min: -6, max: 6 }) }),
  fc.record({
    kind: fc.constant('rename-key' as const),
    line: where,
    key: fc.oneof(fc.constantFrom(...KEYS), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 })),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: where }),
);

function mutate(bytes: Buffer, m: Mutation): Buffer {
  const lines = bytes.toString('latin1').split('\n');
  const lineAt = (x: number) => Math.floor(x * lines.length);
  const joined = () => Buffer.from(lines.join('\n'), 'latin1');
  switch (m.kind) {
    case 'flip-byte': {
      if (bytes.length === 0) return Buffer.from([m.byte]);
      const copy = Buffer.from(bytes);
      copy[Math.floor(m.at * copy.length)] = m.byte;
      return copy;
    }
    case 'insert': {
      const at = Math.floor(m.at * (bytes.length + 1));
      return Buffer.concat([bytes.subarray(0, at), Buffer.from(m.text, 'utf8'), bytes.subarray(at)]);
    }
    case 'truncate':
      return bytes.subarray(0, Math.floor(m.at * bytes.length));
    case 'delete-line':
      lines.splice(lineAt(m.line), 1);
      return joined();
    case 'double-line': {
      const i = lineAt(m.line);
      lines.splice(i, 0, lines[i] ?? '');
      return joined();
    }
    case 'swap-lines': {
      const [i, j] = [lineAt(m.line), lineAt(m.other)];
      [lines[i], lines[j]] = [lines[j] ?? '', lines[i] ?? ''];
      return joined();
    }
    case 'indent': {
      const i = lineAt(m.line);
      const line = lines[i] ?? '';
      lines[i] = m.by >= 0 ? ' '.repeat(m.by) + line : line.replace(new RegExp(`^ {0,${-m.by}}`), '');
      return joined();
    }
    case 'rename-key': {
      const i = lineAt(m.line);
      lines[i] = (lines[i] ?? '').replace(
        /^(\s*(?:- )?)[^:#\s][^:#]*:/,
        (_, lead: string) => `${lead}${Buffer.from(m.key, 'utf8').toString('latin1')}:`,
      );
      return joined();
    }
  }
}

/** A seed file with one to six mutations applied, in order. */
export function mutatedFile(seeds: readonly Buffer[]): fc.Arbitrary<Buffer> {
  return fc
    .tuple(fc.integer({ min: 0, max: seeds.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 6 }))
    .map(([i, ms]) => ms.reduce(mutate, seeds[i]!));
}

/** Text made of YAML syntax, odd characters and words, in any order. */
export const yamlSoup: fc.Arbitrary<Buffer> = fc
  .array(
    fc.oneof(
      fc.constantFrom(...SYNTAX),
      fc.constantFrom(...ODD),
      fc.constantFrom(...KEYS),
      fc.string({ maxLength: 5 }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => Buffer.from(parts.join(''), 'utf8'));

// coop bia's change to a systems.yaml laid out any way a coordinator's editor
// or PyYAML writes one: the file coop writes is the file as that layout would
// have it with the new analysis, so every line the analysis does not change
// stays byte for byte, and the new lines sit at the file's depths, with its
// dashes, quotes, brackets and line ends.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeBia, type BiaAnswers } from '../../src/edit/bia.js';
import { editedText, openYamlFile } from '../../src/edit/yaml-file.js';
import { tempDir } from '../helpers/paths.js';
import { propertyRuns } from '../helpers/property-runs.js';

/** One way of writing a systems.yaml. */
interface FileLayout {
  /** From a key to the keys of a mapping under it. */
  mapIndent: 2 | 4;
  /** From a key to the dashes of a list under it. */
  seqOffset: 0 | 2 | 4;
  /** From a dash to its item: 2 is "- id", 4 is "-   id" (PyYAML's indent=4). */
  seqWidth: 2 | 4;
  quote: '' | '"' | "'";
  /** functions: [a, b] rather than a line an item, and [ a, b ] with padding. */
  flowLists: boolean;
  flowPadding: boolean;
  blankBetween: boolean;
  /** A comment line before each system, one after each id, one after each RTO there was. */
  comments: boolean;
  crlf: boolean;
  finalNewline: boolean;
}

interface SystemData {
  id: string;
  name: string;
  description?: string;
  mtd?: string;
  rto?: string;
  rpo?: string;
  bia?: { date: string; by: string; functions?: string[]; impacts?: Record<string, string> };
}

/**
 * The text of `systems` in `layout`: the test's picture of the file, not
 * coop's way of writing it. `hadRto` names the systems whose rto line has a
 * comment after it (a comment stays when the value before it changes).
 */
function systemsFile(systems: readonly SystemData[], layout: FileLayout, hadRto: ReadonlySet<string>): string {
  const q = (word: string) => `${layout.quote}${word}${layout.quote}`;
  const pad = layout.flowPadding ? ' ' : '';
  const dash = `-${' '.repeat(layout.seqWidth - 1)}`;
  const pairs = (entries: Array<[string, unknown]>, column: number, system: string): string[] =>
    entries.flatMap(([key, value]) => {
      const at = ' '.repeat(column);
      if (typeof value === 'string') {
        const note =
          layout.comments && key === 'id'
            ? '   # kept by hand'
            : layout.comments && key === 'rto' && hadRto.has(system)
              ? '  # a guess'
              : '';
        return [`${at}${key}: ${q(value)}${note}`];
      }
      if (Array.isArray(value)) {
        if (layout.flowLists) return [`${at}${key}: [${pad}${value.map(q).join(', ')}${pad}]`];
        return [`${at}${key}:`, ...value.map((word) => `${' '.repeat(column + layout.seqOffset)}${dash}${q(word)}`)];
      }
      return [`${at}${key}:`, ...pairs(Object.entries(value as object), column + layout.mapIndent, system)];
    });
  const lines = ['# The systems the office depends on.', 'systems:'];
  for (const [i, system] of systems.entries()) {
    if (i > 0 && layout.blankBetween) lines.push('');
    if (layout.comments) lines.push(`${' '.repeat(layout.seqOffset)}# ${system.name}`);
    const [first = '', ...rest] = pairs(Object.entries(system), layout.seqOffset + layout.seqWidth, system.id);
    lines.push(`${' '.repeat(layout.seqOffset)}${dash}${first.trimStart()}`, ...rest);
  }
  const eol = layout.crlf ? '\r\n' : '\n';
  return lines.join(eol) + (layout.finalNewline ? eol : '');
}

const SPANS = ['1h', '4h', '1d', '1w'];
const DURATION = fc.constantFrom('1h', '4h', '8h', '1d', '2d', '1w');
const LEVEL = fc.constantFrom('none', 'minimal', 'moderate', 'severe');
const WORDS = fc.uniqueArray(fc.constantFrom('Email', 'Payroll', 'Calendar', 'Case files', 'Phones'), {
  minLength: 1,
  maxLength: 3,
});
const IMPACTS = fc
  .subarray(SPANS, { minLength: 1 })
  .chain((spans) => fc.tuple(...spans.map((span) => LEVEL.map((level) => [span, level] as const))))
  .map((entries) => Object.fromEntries(entries));

const LAYOUT: fc.Arbitrary<FileLayout> = fc.record({
  mapIndent: fc.constantFrom(2, 4),
  seqOffset: fc.constantFrom(0, 2, 4),
  seqWidth: fc.constantFrom(2, 4),
  quote: fc.constantFrom('', '"', "'"),
  flowLists: fc.boolean(),
  flowPadding: fc.boolean(),
  blankBetween: fc.boolean(),
  comments: fc.boolean(),
  crlf: fc.boolean(),
  finalNewline: fc.boolean(),
});

/** A system as a coordinator may have left it: objectives or not, an analysis or not. */
const system = (id: string, analysed: boolean): fc.Arbitrary<SystemData> =>
  fc
    .record(
      {
        name: fc.constantFrom('Exchange server', 'Offsite backups', 'Telephones', 'FileMaker'),
        description: fc.constantFrom('Kept in the server room.', 'Supported by the IT provider.'),
        mtd: DURATION,
        rto: DURATION,
        rpo: DURATION,
        bia: fc.record(
          { date: fc.constant('2025-01-15'), by: fc.constant('Sam Ortiz'), functions: WORDS, impacts: IMPACTS },
          { requiredKeys: analysed ? ['date', 'by', 'functions', 'impacts'] : ['date', 'by'] },
        ),
      },
      { requiredKeys: analysed ? ['name', 'bia'] : ['name'] },
    )
    .map((fields) => ({ id, ...fields }));

const ANSWERS: fc.Arbitrary<BiaAnswers> = fc.record(
  { mtd: DURATION, rto: DURATION, rpo: DURATION, functions: WORDS, impacts: IMPACTS },
  { requiredKeys: [] },
);

// The first system always has a whole analysis, so the file shows how it lays out a mapping and a list under a key.
const LIBRARY = fc
  .uniqueArray(fc.constantFrom('exchange', 'backups', 'phones', 'filemaker'), { minLength: 1, maxLength: 4 })
  .chain((ids) => fc.tuple(...ids.map((id, i) => system(id, i === 0))));

function edited(text: string, systemId: string, answers: BiaAnswers) {
  const path = join(tempDir(), 'systems.yaml');
  writeFileSync(path, text);
  const file = openYamlFile(path, 'systems.yaml');
  writeBia(file, systemId, answers, { date: '2026-11-23', by: 'Pat Lee' });
  return { text: editedText(file), systems: (file.doc.toJS() as { systems: SystemData[] }).systems };
}

describe('coop bia in a systems.yaml of any layout', () => {
  it('writes the file as its layout would have it with the analysis, every other line as it was', () => {
    const faults: string[] = [];
    fc.assert(
      fc.property(LAYOUT, LIBRARY, fc.nat(), ANSWERS, (layout, systems, pick, answers) => {
        const target = systems[pick % systems.length]!.id;
        const hadRto = new Set(systems.filter((s) => s.rto !== undefined).map((s) => s.id));
        const before = systemsFile(systems, layout, hadRto);
        const after = edited(before, target, answers);
        const expected = systemsFile(after.systems, layout, hadRto);
        if (after.text !== expected)
          faults.push(
            `${JSON.stringify(layout)}\n--- before\n${before}\n--- coop wrote\n${after.text}\n--- expected\n${expected}`,
          );
      }),
      { numRuns: propertyRuns(150) },
    );
    expect(faults.slice(0, 1)).toEqual([]);
  });
});

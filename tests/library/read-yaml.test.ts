// Byte-level and YAML-level trouble in a single file: each becomes a
// positioned problem, never an exception.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { MAX_FILE_BYTES, readYamlFile } from '../../src/library/read-yaml.js';
import { MAX_KEYS_PER_MAPPING, MAX_NESTING } from '../../src/library/limits.js';
import { SHIPPED_RUNBOOKS, tempDir } from '../helpers/paths.js';

function read(content: string | Buffer) {
  const dir = tempDir();
  const path = join(dir, 'f.yaml');
  writeFileSync(path, content);
  return readYamlFile(path, 'f.yaml');
}
const messages = (r: ReturnType<typeof read>) => r.problems.map((p) => `${p.line}:${p.col} [${p.code}] ${p.message}`);

describe('readYamlFile', () => {
  it('reads a byte order mark and CRLF line ends as if they were not there', () => {
    const r = read('\uFEFFid: x\r\ntitle: T\r\n');
    expect(r.problems).toEqual([]);
    expect(r.data).toEqual({ id: 'x', title: 'T' });
    expect(r.file?.locate(['title'])).toMatchObject({ line: 2, col: 8 });
  });

  it('refuses several documents in one file, at the second one', () => {
    expect(messages(read('id: a\n---\nid: b\n'))).toEqual([
      '2:1 [yaml-syntax] holds 2 YAML documents; a library file holds exactly one (remove the extra "---" separators)',
    ]);
  });

  it('refuses an alias bomb instead of expanding it', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++)
      bomb.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(',')}]`,
      );
    // Expanded, it would be 9^9 strings: a hang or out of memory, which the test's time limit catches.
    const r = read(`${bomb.join('\n')}\n`);
    expect(r.problems[0]?.code).toBe('yaml-syntax');
    expect(r.problems[0]?.message).toMatch(/alias bomb/);
  });

  it('refuses a mapping with more keys than the limit, at the mapping, in a file with or without a syntax error', () => {
    const keys = Array.from({ length: MAX_KEYS_PER_MAPPING + 1 }, (_, i) => `  key${i}: value ${i}\n`).join('');
    const message = `3:3 [yaml-syntax] holds a mapping of more than ${MAX_KEYS_PER_MAPPING} keys, over the limit coop reads in one file; split it or remove what does not belong`;
    expect(messages(read(`id: x\nmany:\n${keys}`))).toEqual([message]);
    expect(messages(read(`id: x\nmany:\n${keys}broken: "\n`))).toEqual([message]);
  });

  it('reads a mapping of as many keys as the limit', () => {
    const keys = Array.from({ length: MAX_KEYS_PER_MAPPING }, (_, i) => `key${i}: ${i}\n`).join('');
    const r = read(keys);
    expect(r.problems).toEqual([]);
    expect(r.file?.locate([`key${MAX_KEYS_PER_MAPPING - 1}`])).toMatchObject({ line: MAX_KEYS_PER_MAPPING, col: 9 });
  });

  it('refuses a file over the size limit without reading it', () => {
    const r = read(Buffer.alloc(MAX_FILE_BYTES + 1, 0x61));
    expect(messages(r)[0]).toMatch(/^1:1 \[file-unreadable\] is 1048577 bytes, over the 1048576-byte \(1 MiB\) limit/);
  });

  it('names the line and column of a NUL byte and of invalid UTF-8', () => {
    expect(messages(read(Buffer.from('id: x\ntitle: a\u0000b\n')))).toEqual([
      '2:9 [file-unreadable] contains a NUL byte: this is a binary file, not YAML text',
    ]);
    expect(
      messages(read(Buffer.concat([Buffer.from('id: x\ntitle: é'), Buffer.from([0xff]), Buffer.from('\n')]))),
    ).toEqual(['2:9 [file-unreadable] is not valid UTF-8 text; save it as UTF-8']);
  });

  it('says when a path is a folder', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'x.yaml'));
    expect(readYamlFile(join(dir, 'x.yaml'), 'x.yaml').problems[0]?.message).toBe(
      'is a folder, not a file; a runbook is one .yaml file',
    );
  });

  it('never lets __proto__ reach an object prototype', () => {
    const r = read('__proto__:\n  polluted: yes\nid: x\n');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(r.data)).toBe(Object.prototype);
  });

  // yaml's own warning about such a key went through process.emitWarning: Node printed it on stderr
  // as "(node:PID) Warning: ...", with the key's text unsanitized and a line about --trace-warnings.
  it("reads a key that is a list without a warning of Node's own: the key is data, left to the checks", () => {
    const warn = vi.spyOn(process, 'emitWarning').mockImplementation(() => {});
    try {
      const r = read('id: x\n? [a, b]\n: a key that is a list\n');
      expect(r.problems).toEqual([]);
      expect(r.data).toEqual({ id: 'x', '[ a, b ]': 'a key that is a list' });
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });

  it('refuses very deep nesting with a message, not a stack overflow', () => {
    const r = read(`id: x\ntitle: ${'['.repeat(20000)}${']'.repeat(20000)}\n`);
    expect(r.problems).toHaveLength(1);
    // Where the nesting starts, not where the stack ran out (that moves with the stack size).
    expect(r.problems[0]).toMatchObject({
      code: 'yaml-syntax',
      message: 'is nested too deeply to be a library file (more than 64 levels)',
      line: 2,
      col: 8,
    });
  });

  it('draws the nesting limit at 64 levels, the same on every machine, flow or block', () => {
    const flow = (levels: number) => read(`id: x\ntitle: ${'['.repeat(levels - 1)}${']'.repeat(levels - 1)}\n`);
    expect(flow(MAX_NESTING).problems).toEqual([]);
    expect(flow(MAX_NESTING + 1).problems).toMatchObject([
      { message: 'is nested too deeply to be a library file (more than 64 levels)', line: 2, col: 8 },
    ]);
    const block = `id: x\nsteps:\n${Array.from({ length: MAX_NESTING }, (_, i) => `${'  '.repeat(i + 1)}-`).join('\n')} deep\n`;
    expect(read(block).problems).toMatchObject([
      { message: 'is nested too deeply to be a library file (more than 64 levels)', line: 3, col: 3 },
    ]);
  });
});

// From a coordinator's probe: one wrong indentation gave four errors, three of them yaml's misreading of
// the lines after it (a blank line's "bad indentation", a raw "Implicit keys need to be on a single line").
describe('one mistake of layout, one problem at the line to fix', () => {
  const shipped = readFileSync(join(SHIPPED_RUNBOOKS, 'power-loss.yaml'), 'utf8');
  const withLine34 = (change: (line: string) => string) =>
    shipped
      .split('\n')
      .map((line, i) => (i === 33 ? change(line) : line))
      .join('\n');

  it('a tab that indents a key', () => {
    expect(messages(read(withLine34((l) => l.replace('    phase:', '\tphase:'))))).toEqual([
      '34:1 [yaml-syntax] a tab is used for indentation; YAML indents with spaces only',
    ]);
  });

  it('a key indented under the value before it: the message names the line', () => {
    expect(messages(read(withLine34((l) => `  ${l}`)))).toEqual([
      '33:9 [yaml-syntax] the value here runs on to line 34, where "phase:" starts a new key: if line 34 is a key, fix its indentation; if not, put the whole value in quotes',
    ]);
  });

  it('a duplicate key is still said beside a syntax error: it is no misreading', () => {
    const text = 'id: drill\ntitle: A\ntitle: B\nsteps:\n  - do: Go.\n\tnext: end\n';
    expect(messages(read(text)).map((m) => m.split(' ')[1])).toEqual(['[duplicate-key]', '[yaml-syntax]']);
  });
});

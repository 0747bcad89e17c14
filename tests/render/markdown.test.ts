// The Markdown export: the same content as the binder, and no runbook text
// can add a heading, a list item, a table cell, HTML or a code fence of its own.
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/library/load.js';
import { stepText } from '../../src/format/model.js';
import { renderLibraryMarkdown, renderRunbookMarkdown } from '../../src/render/markdown.js';
import { runbookView } from '../../src/library/view.js';
import { SHIPPED_RUNBOOKS } from '../helpers/paths.js';
import { HOSTILE_FIELDS, hostileLibrary, libraryOf } from './library-fixture.js';

const NOW = new Date(2026, 10, 23, 9, 15);

/** The document with its fenced code blocks taken out, and the blocks. */
function splitFences(markdown: string): { prose: string[]; blocks: Array<{ info: string; body: string[] }> } {
  const prose: string[] = [];
  const blocks: Array<{ info: string; body: string[] }> = [];
  let open: { fence: string; info: string; body: string[] } | undefined;
  for (const line of markdown.split('\n')) {
    const fence = line.trim().match(/^(`{3,})(.*)$/);
    if (open) {
      if (fence && fence[1] === open.fence && fence[2] === '') {
        blocks.push({ info: open.info, body: open.body });
        open = undefined;
      } else open.body.push(line);
    } else if (fence) open = { fence: fence[1]!, info: fence[2]!, body: [] };
    else prose.push(line);
  }
  expect(open, 'a code fence is left open').toBeUndefined();
  return { prose, blocks };
}

/** Splits a table row on the pipes that are not escaped. */
const cells = (row: string) => row.replace(/\\\\/g, '').split(/(?<!\\)\|/).length - 2;

describe('the Markdown of a library with hostile text in every field', () => {
  const markdown = renderLibraryMarkdown(hostileLibrary(), NOW);
  const { prose, blocks } = splitFences(markdown);

  it('has only the headings coop writes', () => {
    const headings = prose.filter((l) => /^#{1,6} /.test(l)).map((l) => l.replace(/ .*/, ''));
    expect(headings).toEqual(['#', '##', '##', '##', '##', '###', '###']);
    expect(prose.filter((l) => /^#{1,6} /.test(l)).slice(1, 4)).toEqual([
      '## Plan status',
      '## Contents',
      '## Contacts',
    ]);
  });

  it('keeps every runbook line inside the list item it belongs to', () => {
    const start = prose.indexOf('### Steps');
    const end = prose.indexOf('End of runbook.');
    expect(start).toBeGreaterThan(0);
    for (const line of prose.slice(start + 1, end)) expect(line).toMatch(/^(|\d+\. .*| {2,}.*)$/);
  });

  it('keeps the contact table to its columns', () => {
    const rows = prose.filter((l) => l.startsWith('|'));
    expect(rows.length).toBe(4);
    for (const row of rows) expect(cells(row), row).toBe(5);
  });

  it('lets no HTML, link or raw control character through', () => {
    for (const line of prose) {
      // coop's own: a task box, and code spans around ids and paths (which hold no backslash).
      const runbookText = line
        .replace(/\\\\/g, '')
        .replace(/^(\d+\. )\[ \] /, '$1')
        .replace(/(?<!\\)`[^`\\]+`/g, '');
      expect(runbookText).not.toMatch(/(^|[^\\])[<[`]/);
      expect(line).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    }
  });

  it('still shows every field, escaped', () => {
    for (const field of HOSTILE_FIELDS.filter((f) => f !== 'RUN'))
      expect(markdown, field).toContain(`${field}\\<script\\>alert("${field}")\\</script\\>`);
  });

  it('fences the command with more backticks than it holds, exactly as written', () => {
    const command = blocks.find((b) => b.info === 'sh')!;
    expect(command.body.join('\n')).toContain('   RUN<script>alert("RUN")</script>');
    expect(command.body.join('\n')).toContain('\\e[31mred');
  });

  it('writes Mermaid labels with nothing that ends them early', () => {
    const mermaid = blocks.filter((b) => b.info === 'mermaid');
    expect(mermaid).toHaveLength(1);
    for (const line of mermaid[0]!.body.slice(1)) {
      expect(line).toMatch(
        /^ {2}(\w+(\(\["[^"]*"\]\)|\["[^"]*"\]|\{"[^"]*"\}|\{\{"[^"]*"\}\}|\[\/"[^"]*"\/\])|\w+ -\.?->(\|"[^"|]*"\|)? \w+)$/,
      );
    }
  });
});

describe('the Markdown of the shipped library', () => {
  const library = loadLibrary(SHIPPED_RUNBOOKS);
  const markdown = renderLibraryMarkdown(library, NOW);

  it('holds every contact number and every step of every runbook', () => {
    for (const { value } of library.contacts) if (value.phone) expect(markdown).toContain(value.phone);
    for (const { value } of library.runbooks)
      for (const step of value.steps) expect(markdown).toContain(`**${stepText(step)}**`);
  });

  it('says the plan needs attention, and why', () => {
    expect(markdown).toContain('**This plan needs attention.**');
    expect(markdown).toContain('- Reviews overdue: 6 of 6 runbooks');
    expect(markdown).toContain('  - Staff computers: no RTO, no RPO');
  });

  it('draws a Mermaid flowchart for each runbook', () => {
    expect(markdown.match(/^```mermaid$/gm)).toHaveLength(library.runbooks.length);
  });

  it('writes the tornado-warning branch as ways on', () => {
    expect(markdown).toContain(
      '1. **Is a tornado warning in effect?** _(activate)_\n   - If **Yes**, go to step 2.\n   - If **No**, go to step 4.',
    );
  });
});

describe('one runbook as Markdown', () => {
  it('starts with its title as the first heading and marks an overdue review', () => {
    const library = loadLibrary(SHIPPED_RUNBOOKS);
    const view = runbookView(library, library.runbooks.find((r) => r.value.id === 'servers-offline')!);
    const markdown = renderRunbookMarkdown(view, { now: NOW });
    expect(markdown.startsWith('# Servers offline\n')).toBe(true);
    expect(markdown).toContain('next review due 2017-06-12 (**overdue**)');
    expect(markdown).toContain('Call **CHOOSE Networks Support Desk**: (316) 928-8828');
  });

  it('leaves out the flowchart of a plain list of actions', () => {
    const library = libraryOf({
      'contacts.yaml': { contacts: [] },
      'plain.yaml': { id: 'plain', title: 'Plain', steps: [{ do: 'One.' }, { do: 'Two.' }] },
    });
    expect(renderRunbookMarkdown(runbookView(library, library.runbooks[0]!), { now: NOW })).not.toContain('```mermaid');
  });
});

describe('the Markdown of a library with a broken file', () => {
  it('says which file is missing and to run coop lint', () => {
    const library = libraryOf({ 'contacts.yaml': { contacts: [] }, 'broken.yaml': 'id: broken\ntitle: [\n' });
    const markdown = renderLibraryMarkdown(library, NOW);
    expect(markdown).toContain('- Files with problems: 1; run `coop lint` to see them');
    expect(markdown).toContain('  - `broken.yaml`: 1 problem; this runbook is NOT in this export');
  });
});

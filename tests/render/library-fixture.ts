// Libraries for the renderer tests, written as real YAML files into a temp
// folder and read back by the real loader, so the renderers see exactly what
// they would see from a file on a shared drive.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { Library } from '../../src/library/library.js';
import { loadLibrary } from '../../src/library/load.js';

/** Writes each value as YAML (a string as it is) under its file name; returns the folder. */
export function writeLibrary(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'coop-render-'));
  for (const [name, content] of Object.entries(files))
    writeFileSync(join(dir, name), typeof content === 'string' ? content : stringify(content));
  return dir;
}

export function libraryOf(files: Record<string, unknown>): Library {
  const dir = writeLibrary(files);
  return loadLibrary(dir, { cwd: dir });
}

/**
 * Text that tries everything at once: markup, script, an attribute break-out
 * with both quotes, entities, terminal escapes (CSI colour, OSC retitle, bell),
 * a bidi override, a line that would start a Markdown heading and a list item,
 * a link, a table cell break, a code fence and Mermaid syntax. `marker` names
 * the field, so a test can find where each one landed.
 */
export function hostile(marker: string): string {
  return (
    `${marker}<script>alert("${marker}")</script><img src=x onerror='alert(1)'> "quoted" 'single' ` +
    `&amp; &lt;b&gt; \u001b[31mred\u001b[0m \u001b]0;retitled\u0007 \u202eevil\u202c ` +
    `*em* _em_ [link](https://evil.example) | cell | \`code\` \`\`\` ~~~ $x$ {{hex}} -->|edge| end;\n` +
    `# ${marker} heading\n- ${marker} item\n1. ${marker} ordered\n> quote`
  );
}

/** Every field a renderer shows, each with its own hostile text. */
export function hostileLibrary(): Library {
  return libraryOf({
    'contacts.yaml': {
      organization: hostile('ORG'),
      contacts: [
        {
          id: 'boss',
          name: hostile('CNAME'),
          role: hostile('CROLE'),
          phone: hostile('CPHONE'),
          email: hostile('CEMAIL'),
          reach: hostile('CREACH'),
          hours: hostile('CHOURS'),
          notes: hostile('CNOTES'),
          alternates: ['alt'],
        },
        { id: 'alt', name: hostile('ANAME'), phone: hostile('APHONE') },
      ],
    },
    'systems.yaml': { systems: [{ id: 'sys', name: hostile('SNAME') }] },
    'evil.yaml': {
      id: 'evil',
      title: hostile('TITLE'),
      summary: hostile('SUMMARY'),
      source: hostile('SOURCE'),
      owner: 'boss',
      reviewed: '2016-06-12',
      systems: ['sys'],
      notify: ['boss'],
      warnings: [hostile('WARN')],
      steps: [
        { id: 'act', do: hostile('DO'), why: hostile('WHY'), warning: hostile('STEPWARN'), contacts: ['boss'] },
        {
          id: 'ask',
          ask: hostile('ASK'),
          why: hostile('ASKWHY'),
          choices: [
            { answer: hostile('YES'), next: 'act' },
            { answer: hostile('NO'), next: 'end' },
          ],
        },
        {
          id: 'check',
          run: hostile('RUN'),
          title: hostile('CTITLE'),
          timeout: '30s',
          on_success: 'end',
          on_failure: 'ask',
        },
      ],
    },
  });
}

/** The markers of hostileLibrary: every field that must appear in a full export. */
export const HOSTILE_FIELDS = [
  'ORG',
  'CNAME',
  'CROLE',
  'CPHONE',
  'CEMAIL',
  'CREACH',
  'CHOURS',
  'CNOTES',
  'ANAME',
  'APHONE',
  'SNAME',
  'TITLE',
  'SUMMARY',
  'SOURCE',
  'WARN',
  'DO',
  'WHY',
  'STEPWARN',
  'ASK',
  'ASKWHY',
  'YES',
  'NO',
  'RUN',
  'CTITLE',
];

// coop init: a new office's first library from the templates, scripted; lint
// finds no errors in it, a runbook walks, the plan exports, every file points
// at a schema that is there; and nothing is ever written over.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/commands/init.js';
import { fakeTerminal } from '../helpers/fake-terminal.js';
import { parse } from 'yaml';
import { tempDir } from '../helpers/paths.js';
import { coopIn } from '../edit/library-copy.js';

const TEMPLATES_SYSTEMS = resolve(import.meta.dirname, '../../templates/systems.yaml');
const SCRIPTED = ['--org', 'Our Office', '--owner', 'Pat Lee', '--it-phone', '(316) 555-0100', '--yes'];

async function started(...extra: string[]) {
  const cwd = tempDir();
  const run = await coopIn(cwd, 'init', 'office', ...SCRIPTED, ...extra);
  return { cwd, run, dir: join(cwd, 'office') };
}

const yamlFiles = (dir: string) =>
  readdirSync(dir)
    .filter((n) => n.endsWith('.yaml'))
    .sort();

describe('coop init DIR, scripted', () => {
  it('writes contacts, systems, settings and a runbook for every scenario, and says what to do next', async () => {
    const { run, dir } = await started();
    expect(run.code).toBe(0);
    expect(yamlFiles(dir)).toEqual([
      'building-inaccessible.yaml',
      'contacts.yaml',
      'coop.yaml',
      'cyber-incident.yaml',
      'database-down.yaml',
      'email-down.yaml',
      'fire.yaml',
      'internet-down.yaml',
      'key-person-unavailable.yaml',
      'power-loss.yaml',
      'servers-offline.yaml',
      'severe-weather.yaml',
      'systems.yaml',
    ]);
    expect(run.out).toContain('A starter library in office: 10 runbooks, each a template to adapt to the\noffice.\n');
    // At 80 columns each command is on a line of its own, whole, and what it does under it.
    expect(run.out).toContain('  coop review --due --runbooks office\n      go through each runbook and sign it off\n');
  });

  it('gives a library in which coop lint finds no errors', async () => {
    const { cwd } = await started();
    const lint = await coopIn(cwd, 'lint', 'office', '--format', 'json');
    expect(lint.code).toBe(0);
    expect(JSON.parse(lint.out).summary.errors).toBe(0);
  });

  it('gives runbooks that walk and a plan that exports', async () => {
    const { cwd } = await started();
    writeFileSync(join(cwd, 'answers.yaml'), 'owner-in-office: "No"\npower-back: "Yes"\n');
    const walk = await coopIn(
      cwd,
      'incident',
      'power-loss',
      '--runbooks',
      'office',
      '--yes',
      '--answers',
      'answers.yaml',
    );
    expect(walk.code).toBe(0);
    const exported = await coopIn(cwd, 'export', '--runbooks', 'office', '--format', 'markdown');
    expect(exported.code).toBe(0);
    expect(exported.out).toContain('Our Office');
    expect(exported.out).toContain('Cyber incident');
  });

  it('starts every file with a schema line that names a schema there, which the file passes', async () => {
    const { dir } = await started();
    const ajv = new Ajv({ strict: false });
    const compiled = new Map<string, ReturnType<Ajv['compile']>>();
    for (const name of yamlFiles(dir)) {
      const text = readFileSync(join(dir, name), 'utf8');
      const schema = /^# yaml-language-server: \$schema=(.+)\n/.exec(text)?.[1];
      expect(schema, name).toMatch(/^schema\/(runbook|contacts|systems|config)\.schema\.json$/);
      const path = resolve(dirname(join(dir, name)), schema!);
      if (!compiled.has(path)) compiled.set(path, ajv.compile(JSON.parse(readFileSync(path, 'utf8'))));
      const validate = compiled.get(path)!;
      expect(validate(parse(text)) ? [] : validate.errors, name).toEqual([]);
    }
  });

  it('marks every runbook as a template to adapt', async () => {
    const { dir } = await started();
    for (const name of yamlFiles(dir).filter((n) => !['contacts.yaml', 'systems.yaml', 'coop.yaml'].includes(n))) {
      const text = readFileSync(join(dir, name), 'utf8');
      expect(text.split('\n')[1], name).toMatch(/^# A template to adapt: coop init wrote it/);
      expect(text, name).toContain('\nsource: coop starter template (adapt it to the office)\n');
    }
  });

  it('keeps only the systems and scenarios asked for', async () => {
    const { dir } = await started('--systems', 'computers,email', '--scenarios', 'fire,email-down');
    expect(yamlFiles(dir)).toEqual(['contacts.yaml', 'coop.yaml', 'email-down.yaml', 'fire.yaml', 'systems.yaml']);
    expect(parse(readFileSync(join(dir, 'systems.yaml'), 'utf8')).systems.map((s: { id: string }) => s.id)).toEqual([
      'computers',
      'email',
    ]);
    expect(readFileSync(join(dir, 'fire.yaml'), 'utf8')).toContain('\nsystems: [computers]\n');
  });

  it("keeps the template's lines of the systems kept, with no blank line left where the first one went", async () => {
    const { dir } = await started('--systems', 'email,phones', '--scenarios', 'fire');
    const template = readFileSync(TEMPLATES_SYSTEMS, 'utf8');
    const kept = template.slice(template.indexOf('  - id: email'), template.indexOf('  - id: internet'));
    const phones = template.slice(template.indexOf('  - id: phones'), template.indexOf('\n\n  - id: database'));
    expect(readFileSync(join(dir, 'systems.yaml'), 'utf8')).toBe(
      `# yaml-language-server: $schema=schema/systems.schema.json\n${template.slice(0, template.indexOf('  - id:'))}${kept}${phones}\n`,
    );
  });

  it('never writes over a file that is there', async () => {
    const { cwd, dir } = await started();
    const before = readFileSync(join(dir, 'contacts.yaml'), 'utf8');
    const again = await coopIn(cwd, 'init', 'office', ...SCRIPTED);
    expect(again).toEqual({
      code: 2,
      out: '',
      err: 'coop: office/contacts.yaml is already there, and coop init only makes new files; give a folder without a library, like coop init my-office\n',
    });
    expect(readFileSync(join(dir, 'contacts.yaml'), 'utf8')).toBe(before);
  });

  it('at a terminal, says a library is there before the first question, not after the last', async () => {
    const { cwd, dir } = await started();
    const t = fakeTerminal();
    await expect(run({ dir }, { ...t.io, cwd })).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringMatching(/^office\/contacts\.yaml is already there, and coop init only makes new files/),
    });
    expect(t.screen()).toBe('');
  });

  it.each([
    [
      ['init', 'office', '--yes'],
      "give the office's name and who owns the plan: coop init office --org 'Our Office' --owner 'Pat Lee' --yes (or run coop init at a terminal to be asked)",
    ],
    [
      [...['init', 'office'], ...SCRIPTED, '--scenarios', 'fires'],
      '--scenarios: there is no template "fires"; did you mean "fire"?',
    ],
    [
      [...['init', 'office'], ...SCRIPTED, '--owner-phone', '555-0100'],
      '--owner-phone "555-0100" has 7 digits; a North American number has 10 (area code, exchange, line), like (316) 928-8828',
    ],
  ])('coop %j: one line, exit 2', async (argv, message) => {
    const run = await coopIn(tempDir(), ...argv);
    expect(run.err).toBe(`coop: ${message}\n`);
    expect(run.code).toBe(2);
  });
});

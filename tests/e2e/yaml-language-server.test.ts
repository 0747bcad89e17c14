// The editor's view of a library: the real yaml-language-server (what VS
// Code's YAML extension and other LSP editors run), started over stdio, opens
// files of a library kept in a folder of its own, whose schemas came from
// `coop schema --write` and whose files start with the line coop prints. It
// must find each file's schema through that line alone (no settings), show
// the schema's words on hover, and say what lint says about a bad value.
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as rpc from 'vscode-jsonrpc/node.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schemaKindOfFile, schemaLine, withSchemaLine } from '../../src/format/schema-line.js';
import { coop } from '../helpers/coop.js';
import { SHIPPED_RUNBOOKS, tempDir } from '../helpers/paths.js';

interface Diagnostic {
  message: string;
  range: { start: { line: number; character: number } };
  source?: string;
}
type Hover = { contents: { value: string } } | null;

const SERVER = join(
  dirname(createRequire(import.meta.url).resolve('yaml-language-server/package.json')),
  'bin',
  'yaml-language-server',
);
const plan = tempDir('coop-editor-');
const library = join(plan, 'runbooks');
let server: ChildProcess;
let connection: rpc.MessageConnection;
const published = new Map<string, (diagnostics: Diagnostic[]) => void>();
let printedLine = '';

const uriOf = (name: string) => pathToFileURL(join(library, name)).href;
/** Opens a file of the library as an editor does and waits for the server's first judgement of it. */
function open(name: string): Promise<Diagnostic[]> {
  const uri = uriOf(name);
  const judged = new Promise<Diagnostic[]>((resolve) => published.set(uri, resolve));
  const text = readFileSync(join(library, name), 'utf8');
  connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
  return judged;
}
const hover = (name: string, line: number, character: number) =>
  connection.sendRequest<Hover>('textDocument/hover', {
    textDocument: { uri: uriOf(name) },
    position: { line, character },
  });
/** 0-based, as LSP counts: the line of `key:` in a library file. */
const lineOf = (name: string, key: string) =>
  readFileSync(join(library, name), 'utf8')
    .split('\n')
    .findIndex((l) => l.startsWith(`${key}:`));

beforeAll(async () => {
  cpSync(SHIPPED_RUNBOOKS, library, { recursive: true });
  const wrote = await coop(['schema', '--write'], { cwd: plan });
  expect(wrote.code, wrote.stderr).toBe(0);
  printedLine = /like: (.*)$/.exec(wrote.stderr.trim())?.[1] ?? '';
  // Each file starts with its kind's line, the way coop init writes it (the shipped ones point at coop's own schema/).
  for (const name of readdirSync(library).filter((n) => n.endsWith('.yaml'))) {
    const path = join(library, name);
    writeFileSync(path, withSchemaLine(readFileSync(path, 'utf8'), schemaLine(schemaKindOfFile(path))));
  }
  const runbook = join(library, 'power-loss.yaml');
  writeFileSync(runbook, readFileSync(runbook, 'utf8').replace(/^owner: .*$/m, '$&\nupdate_every: 5 minutes'));

  server = spawn(process.execPath, [SERVER, '--stdio'], { cwd: plan, stdio: ['pipe', 'pipe', 'ignore'] });
  connection = rpc.createMessageConnection(
    new rpc.StreamMessageReader(server.stdout!),
    new rpc.StreamMessageWriter(server.stdin!),
  );
  connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: Diagnostic[] }) => {
    published.get(p.uri)?.(p.diagnostics);
    published.delete(p.uri);
  });
  // No schema store: the network is not there, and the file's own line must be enough.
  const settings = { validate: true, hover: true, completion: true, schemaStore: { enable: false } };
  connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => settings));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(plan).href,
    workspaceFolders: null,
    capabilities: {
      workspace: { configuration: true },
      textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] } },
    },
  });
  connection.sendNotification('initialized', {});
  connection.sendNotification('workspace/didChangeConfiguration', { settings: { yaml: settings } });
}, 60_000);

afterAll(async () => {
  await connection?.sendRequest('shutdown').catch(() => undefined);
  connection?.sendNotification('exit');
  connection?.dispose();
  server?.kill();
});

describe('yaml-language-server on a library kept elsewhere', () => {
  it('reads the schema line coop prints, shows descriptions on hover, and says what lint says of a bad duration', async () => {
    expect(printedLine).toBe('# yaml-language-server: $schema=schema/runbook.schema.json');
    expect(readFileSync(join(library, 'power-loss.yaml'), 'utf8').split('\n')[0]).toBe(printedLine);
    const schema = JSON.parse(readFileSync(join(library, 'schema', 'runbook.schema.json'), 'utf8'));

    const diagnostics = await open('power-loss.yaml');
    const onHover = await hover('power-loss.yaml', lineOf('power-loss.yaml', 'owner'), 2);
    expect(onHover?.contents.value).toContain(schema.properties.owner.description);
    expect(onHover?.contents.value).toContain('runbook.schema.json');

    const line = lineOf('power-loss.yaml', 'update_every');
    expect(diagnostics.map((d) => [d.range.start.line, d.message])).toEqual([
      [line, 'Must be a number and a unit (s, m, h or d), like 30m, 4h or 2d.'],
    ]);
    // The same words as lint's, which names the key and the value too.
    const lint = await coop(['lint', '--format', 'compact'], { cwd: plan });
    expect(lint.stdout).toContain(
      `runbooks/power-loss.yaml:${line + 1}:15: error: update_every: "5 minutes" must be a number and a unit (s, m, h or d), like 30m, 4h or 2d [invalid-value]`,
    );
  }, 60_000);

  it('judges contacts.yaml by the contacts schema, not the runbook one', async () => {
    // The runbook schema would find no id, title or steps here.
    expect(await open('contacts.yaml')).toEqual([]);
    const onHover = await hover('contacts.yaml', lineOf('contacts.yaml', 'contacts'), 2);
    const contacts = JSON.parse(readFileSync(join(library, 'schema', 'contacts.schema.json'), 'utf8'));
    expect(onHover?.contents.value).toContain(contacts.properties.contacts.description);
    expect(onHover?.contents.value).toContain('contacts.schema.json');
  }, 60_000);
});

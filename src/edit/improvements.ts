// Adds corrective actions to the library's improvements.yaml through yaml's
// document API and the same edit as every other change to a library file
// (yaml-file.ts), so the comments, key order and layout of what is there stay
// as they were; a new file starts with the schema line the library's other
// files use, if they use one. The edit is worked out first and written only
// when the person has seen what it adds and agreed (commands decide that),
// and never over an edit someone made meanwhile (write-changes.ts).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Document, YAMLMap } from 'yaml';
import { isSeq, parseDocument, YAMLSeq } from '../vendor/yaml.js';
import type { Library } from '../library/library.js';
import { CONTACTS_FILE, displayPathOf, IMPROVEMENTS_FILE } from '../library/paths.js';
import type { FileChange } from './change.js';
import { writeChanges } from './write-changes.js';
import { editedText, openYamlFile, topMapping } from './yaml-file.js';

export interface NewImprovement {
  id: string;
  exercise: string;
  area?: string;
  action: string;
  owner: string;
  due: string;
  runbook: string;
}

export interface ImprovementsEdit {
  path: string;
  /** The path as shown to people. */
  shown: string;
  created: boolean;
  /** What the file holds now (none for a new one) and after the edit. */
  change: FileChange;
  /** Only what is added, as YAML, to show before writing (or to paste by hand). */
  added: string;
}

const SCHEMA_LINE = /^# yaml-language-server: \$schema=(.*)contacts\.schema\.json\s*$/;

/** The edit that adds `actions` to improvements.yaml. Throws UserError when the file there cannot be edited safely. */
export function addImprovements(library: Library, actions: NewImprovement[], cwd: string): ImprovementsEdit {
  const path = join(library.root, IMPROVEMENTS_FILE);
  const shown = displayPathOf(path, cwd);
  const added = itemsYaml(actions);
  if (!existsSync(path)) {
    const doc = parseDocument(newFileText(library));
    addTo(doc, doc.contents as YAMLMap, actions);
    return {
      path,
      shown,
      created: true,
      change: { path, display: shown, after: doc.toString({ lineWidth: 0 }) },
      added,
    };
  }
  const file = openYamlFile(path, shown);
  addTo(file.doc, topMapping(file), actions);
  return {
    path,
    shown,
    created: false,
    change: { path, display: shown, before: file.original, after: editedText(file) },
    added,
  };
}

function addTo(doc: Document, top: YAMLMap, actions: NewImprovement[]): void {
  const found: unknown = top.get('improvements', true);
  const seq = isSeq(found) ? found : new YAMLSeq();
  if (seq !== found) top.set('improvements', seq);
  seq.flow = false;
  for (const action of actions) {
    const node = doc.createNode(plainItem(action));
    // A blank line between items, as the library's other lists have.
    if (seq.items.length > 0) node.spaceBefore = true;
    seq.items.push(node);
  }
}

export function writeImprovements(edit: ImprovementsEdit): void {
  writeChanges([edit.change]);
}

/** The new items as they would be written under `improvements:`. */
function itemsYaml(actions: NewImprovement[]): string {
  const doc = parseDocument('improvements: []\n');
  doc.set('improvements', doc.createNode(actions.map(plainItem)));
  return doc.toString({ lineWidth: 0 }).replace(/^improvements:\n/, '');
}

function plainItem(action: NewImprovement): Record<string, string> {
  const { id, exercise, area, action: what, owner, due, runbook } = action;
  return { id, exercise, ...(area !== undefined ? { area } : {}), action: what, owner, due, runbook };
}

/** A new improvements.yaml: the schema line, when contacts.yaml has one, and what the file is for. */
function newFileText(library: Library): string {
  let schemaLine = '';
  try {
    const first = readFileSync(join(library.root, CONTACTS_FILE), 'utf8').split('\n', 1)[0] ?? '';
    const match = SCHEMA_LINE.exec(first);
    if (match) schemaLine = `# yaml-language-server: $schema=${match[1]}improvements.schema.json\n`;
  } catch {
    // No contacts.yaml to copy the schema line from: the file goes without one.
  }
  return `${schemaLine}# The improvement plan: corrective actions from exercises, followed up by coop status.\n# Close one by adding closed: { on: YYYY-MM-DD, change: the change that did it }.\nimprovements: []\n`;
}

// A new office's first library, as the files to make: contacts.yaml with the
// plan's owner and the IT provider, systems.yaml with the systems the office
// has, coop.yaml, a runbook for each scenario chosen, and the library's own
// copy of the JSON Schemas, which every file's first line points to.
import { join } from 'node:path';
import { Document, isMap, isSeq, isScalar } from '../../vendor/yaml.js';
import { DEFAULT_EXERCISE_MONTHS } from '../../format/review.js';
import {
  LIBRARY_SCHEMA_FOLDER,
  schemaFileName,
  schemaKindOfFile,
  schemaLine,
  withSchemaLine,
  type SchemaFileKind,
} from '../../format/schema-line.js';
import { displayPathOf } from '../../library/paths.js';
import type { FileChange } from '../change.js';
import { editedText, openYamlFile, topMapping, type YamlFile } from '../yaml-file.js';
import { scenarioTemplates, SYSTEMS_TEMPLATE, templatesFolder } from './templates.js';

/** The ids the templates name the two contacts by. */
export const PLAN_OWNER = 'plan-owner';
export const IT_PROVIDER = 'it-provider';

export interface StarterAnswers {
  organization: string;
  owner: { name: string; phone?: string; email?: string };
  itProvider: { name: string; phone?: string };
  /** System ids from templates/systems.yaml. */
  systems: string[];
  /** Scenario (template) ids. */
  scenarios: string[];
}

const WRITE = { lineWidth: 0, flowCollectionPadding: false } as const;

function contactsText(answers: StarterAnswers): string {
  const owner = answers.owner;
  const reachOwner = owner.phone || owner.email ? {} : { reach: 'In person at the office (add a phone number)' };
  const doc = new Document({
    organization: answers.organization,
    contacts: [
      {
        id: PLAN_OWNER,
        name: owner.name,
        role: 'Owns the continuity plan and directs the response',
        ...(owner.phone ? { phone: owner.phone } : {}),
        ...(owner.email ? { email: owner.email } : {}),
        ...reachOwner,
      },
      {
        id: IT_PROVIDER,
        name: answers.itProvider.name,
        role: 'IT service provider',
        ...(answers.itProvider.phone
          ? { phone: answers.itProvider.phone }
          : { reach: "The IT provider's support line (add its number)" }),
      },
    ],
  });
  doc.commentBefore =
    ' The people, vendors and roles the runbooks name (docs/runbook-format.md).\n coop init wrote it: add everyone the runbooks should reach, with alternates\n who stand in for them (alternates: [id, ...]).';
  return doc.toString(WRITE);
}

function configText(): string {
  const doc = new Document({ exercise_every_months: DEFAULT_EXERCISE_MONTHS });
  doc.commentBefore =
    ' Settings for coop (docs/runbook-format.md): how often each runbook is\n exercised (coop drill), and lint severities under lint: rules:.';
  return doc.toString(WRITE);
}

/** Keeps only the items of the list at `key` that `keep` accepts; a list left empty goes with its key. */
function keepInList(file: YamlFile, key: string, keep: (item: unknown) => boolean): void {
  const top = topMapping(file);
  const list = top.get(key, true);
  if (!isSeq(list)) return;
  list.items = list.items.filter(keep);
  if (list.items.length === 0) top.delete(key);
}

function runbookText(path: string, systems: ReadonlySet<string>): string {
  const file = openYamlFile(path, path);
  keepInList(file, 'systems', (item) => isScalar(item) && systems.has(String(item.value)));
  return editedText(file);
}

function systemsText(systems: ReadonlySet<string>): string {
  const file = openYamlFile(join(templatesFolder(), SYSTEMS_TEMPLATE), SYSTEMS_TEMPLATE);
  keepInList(file, 'systems', (item) => isMap(item) && systems.has(String(item.get('id'))));
  return editedText(file);
}

/** The files of the starter library in `dir`, each with the schema line that works from there. */
export function starterFiles(
  dir: string,
  cwd: string,
  answers: StarterAnswers,
  schemas: Record<SchemaFileKind, string>,
): FileChange[] {
  const systems = new Set(answers.systems);
  const files: Array<[string, string]> = [
    ['contacts.yaml', contactsText(answers)],
    ['systems.yaml', systemsText(systems)],
    ['coop.yaml', configText()],
    ...scenarioTemplates()
      .filter((t) => answers.scenarios.includes(t.id))
      .map((t): [string, string] => [`${t.id}.yaml`, runbookText(t.path, systems)]),
  ];
  const changes = files.map(([name, text]): FileChange => {
    const path = join(dir, name);
    return {
      path,
      display: displayPathOf(path, cwd),
      after: withSchemaLine(text, schemaLine(schemaKindOfFile(name))),
    };
  });
  for (const [kind, text] of Object.entries(schemas) as Array<[SchemaFileKind, string]>) {
    const path = join(dir, LIBRARY_SCHEMA_FOLDER, schemaFileName(kind));
    changes.push({ path, display: displayPathOf(path, cwd), after: text });
  }
  return changes;
}

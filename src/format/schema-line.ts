// The first line of every library file coop writes, which points an editor
// (yaml-language-server, as VS Code's YAML extension uses) at the JSON Schema
// of the file's kind, by a path relative to the file. One place for the
// line's form and for which schema a file name takes, for every command
// that writes library files (coop init; coop schema --write may use it too).
import { basename, dirname } from 'node:path';

export type SchemaFileKind = 'runbook' | 'contacts' | 'systems' | 'config' | 'exercise' | 'improvements';

/** Where a library keeps its own copy of the schemas, beside its files. */
export const LIBRARY_SCHEMA_FOLDER = 'schema';

export function schemaFileName(kind: SchemaFileKind): string {
  return `${kind}.schema.json`;
}

/** The kind of a library file by its name: contacts.yaml, systems.yaml, coop.yaml, improvements.yaml, a file of exercises/, else a runbook. */
export function schemaKindOfFile(path: string): SchemaFileKind {
  if (basename(dirname(path)) === 'exercises') return 'exercise';
  const stem = basename(path)
    .toLowerCase()
    .replace(/\.ya?ml$/, '');
  if (stem === 'contacts' || stem === 'systems' || stem === 'improvements') return stem;
  if (stem === 'coop') return 'config';
  return 'runbook';
}

const PREFIX = '# yaml-language-server: $schema=';

/** `# yaml-language-server: $schema=<folder>/<kind>.schema.json`, `folder` relative to the file (forward slashes). */
export function schemaLine(kind: SchemaFileKind, folder = LIBRARY_SCHEMA_FOLDER): string {
  return `${PREFIX}${folder.replace(/\\/g, '/').replace(/\/$/, '')}/${schemaFileName(kind)}`;
}

/** `text` with its schema line first: an existing one replaced, else one added. */
export function withSchemaLine(text: string, line: string): string {
  if (!text.startsWith(PREFIX)) return `${line}\n${text}`;
  const end = text.indexOf('\n');
  return end === -1 ? `${line}\n` : `${line}${text.slice(end)}`;
}

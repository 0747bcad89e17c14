// `coop schema`: the JSON Schema of a library file, generated from the zod
// schemas that the loader checks with, so the two can never disagree. The
// files in schema/ are this output (scripts/gen-schema.mjs writes them; a test
// proves they match), and the shipped YAML points yaml-language-server at them.
import * as z from 'zod';
import type { GlobalOptions } from './options.js';
import type { IO } from '../system/io.js';
import { Config, ContactsFile, Runbook, SystemsFile } from '../format/schema.js';
import { Exercise, ImprovementsFile } from '../format/exercise-schema.js';
import type { SCHEMA_FILE_KINDS } from './schema-kinds.js';

/** The file kinds `--file` names; each schema carries its own $id, title and description. */
export const SCHEMA_KINDS = {
  runbook: Runbook,
  contacts: ContactsFile,
  systems: SystemsFile,
  config: Config,
  exercise: Exercise,
  improvements: ImprovementsFile,
} as const satisfies Record<(typeof SCHEMA_FILE_KINDS)[number], z.ZodType>;
export type SchemaKind = keyof typeof SCHEMA_KINDS;

/**
 * The schema as text, with $schema, $id, title and description first, as a
 * reader looks for them. Draft-07 rather than zod's default 2020-12: it is the
 * draft yaml-language-server and a plain `ajv` validate without extra set-up.
 */
export function schemaText(kind: SchemaKind): string {
  const generated = z.toJSONSchema(SCHEMA_KINDS[kind], { target: 'draft-7' }) as Record<string, unknown>;
  const { $schema, $id, title, description, ...rest } = generated;
  return `${JSON.stringify({ $schema, $id, title, description, ...rest }, null, 2)}\n`;
}

export interface SchemaOptions extends GlobalOptions {
  file: SchemaKind;
}

export async function run(options: SchemaOptions, io: IO): Promise<number> {
  io.stdout.write(schemaText(options.file));
  return 0;
}

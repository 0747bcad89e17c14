// `coop schema`: the JSON Schema of a library file, generated from the zod
// schemas that the loader checks with, so the two can never disagree. The
// files in schema/ are this output (scripts/gen-schema.mjs writes them; a test
// proves they match), and the shipped YAML points yaml-language-server at them.
import * as z from 'zod';
import type { GlobalOptions } from './options.js';
import type { IO } from '../system/io.js';
import { Config, ContactsFile, Runbook, SystemsFile } from '../format/schema.js';
import type { SCHEMA_FILE_KINDS } from './schema-kinds.js';

export const SCHEMA_KINDS = {
  runbook: {
    schema: Runbook,
    title: 'coop runbook',
    description: 'One runbook of a coop library: a file named after its id (RUNBOOK-FORMAT.md).',
  },
  contacts: {
    schema: ContactsFile,
    title: 'coop contacts',
    description: 'contacts.yaml of a coop library: the people, vendors and roles runbooks name.',
  },
  systems: {
    schema: SystemsFile,
    title: 'coop systems',
    description: 'systems.yaml of a coop library: the systems the office depends on, with RTO and RPO.',
  },
  config: {
    schema: Config,
    title: 'coop settings',
    description: 'coop.yaml at the root of a coop library: settings for its tools, such as lint rule severities.',
  },
} as const satisfies Record<
  (typeof SCHEMA_FILE_KINDS)[number],
  { schema: z.ZodType; title: string; description: string }
>;
export type SchemaKind = keyof typeof SCHEMA_KINDS;

/**
 * The schema as text. Draft-07 rather than zod's default 2020-12: it is the
 * draft yaml-language-server and a plain `ajv` validate without extra set-up.
 */
export function schemaText(kind: SchemaKind): string {
  const { schema, title, description } = SCHEMA_KINDS[kind];
  const generated = z.toJSONSchema(schema, { target: 'draft-7' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return `${JSON.stringify({ $schema, title, description, ...rest }, null, 2)}\n`;
}

export interface SchemaOptions extends GlobalOptions {
  file: SchemaKind;
}

export async function run(options: SchemaOptions, io: IO): Promise<number> {
  io.stdout.write(schemaText(options.file));
  return 0;
}

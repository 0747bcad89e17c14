// `coop schema`: the JSON Schema of a library file, generated from the zod
// schemas that the loader checks with, so the two can never disagree. The
// files in schema/ are this output (scripts/gen-schema.mjs writes them; a test
// proves they match), and the shipped YAML points yaml-language-server at them.
import { join } from 'node:path';
import * as z from 'zod';
import type { GlobalOptions } from './options.js';
import type { IO } from '../system/io.js';
import { UserError } from '../system/errors.js';
import { writeFileAtomically } from '../system/write-atomically.js';
import { makeFolderFor } from '../system/make-folder.js';
import { refuseShippedLibrary } from '../edit/own-library.js';
import { displayPathOf } from '../library/paths.js';
import { LIBRARY_SCHEMA_FOLDER, schemaFileName, schemaLine } from '../format/schema-line.js';
import { safeLine } from '../text/sanitize.js';
import { locateLibraryFor, NO_LIBRARY_HERE } from './open-library.js';
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
  write?: boolean;
}

export async function run(options: SchemaOptions, io: IO): Promise<number> {
  if (!options.write) {
    io.stdout.write(schemaText(options.file));
    return 0;
  }
  const located = locateLibraryFor(options, io);
  // The sample lives inside coop's install and ships its schemas already.
  if (located.source === 'shipped')
    throw new UserError(
      `${NO_LIBRARY_HERE}, so no library to write the schemas into; run it in your plan's folder or give the library (--runbooks DIR or COOP_RUNBOOKS=DIR)`,
    );
  refuseShippedLibrary(located.dir, io);
  const folder = join(located.dir, LIBRARY_SCHEMA_FOLDER);
  makeFolderFor(folder, displayPathOf(folder, io.cwd));
  for (const kind of Object.keys(SCHEMA_KINDS) as SchemaKind[]) {
    const path = join(folder, schemaFileName(kind));
    writeFileAtomically(path, schemaText(kind), displayPathOf(path, io.cwd));
  }
  io.stderr.write(
    `coop: wrote the schemas of runbook, contacts, systems, coop.yaml, exercise and improvements files to ${safeLine(displayPathOf(folder, io.cwd))}; start each file with its line, like: ${schemaLine('runbook')}\n`,
  );
  return 0;
}

// Whether a library's own copy of the schemas (coop schema --write) is still
// this coop's: lint warns of one that is not. Generating the schemas to
// compare takes zod, so the build bundles this module apart
// (scripts/build.mjs) and lint loads it only for a library with a copy.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LIBRARY_SCHEMA_FOLDER, schemaFileName } from '../format/schema-line.js';
import { SCHEMA_KINDS, type SchemaKind, schemaText } from './schema.js';

/** The schema files of a library's own copy that are not this coop's: an editor reading them would judge by old rules. */
export function staleSchemas(libraryDir: string): string[] {
  const folder = join(libraryDir, LIBRARY_SCHEMA_FOLDER);
  return (Object.keys(SCHEMA_KINDS) as SchemaKind[]).flatMap((kind) => {
    const path = join(folder, schemaFileName(kind));
    try {
      return readFileSync(path, 'utf8') === schemaText(kind) ? [] : [path];
    } catch (error) {
      // No copy at all is not stale: the library has not asked for one.
      return (error as NodeJS.ErrnoException).code === 'ENOENT' ? [] : [path];
    }
  });
}

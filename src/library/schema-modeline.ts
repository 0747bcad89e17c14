// Where a library keeps its own copy of coop's JSON Schemas, and the first
// line of a library file that points an editor (yaml-language-server, as in
// VS Code's YAML extension) at the right one. A copy inside the library,
// named by a path relative to the file, works wherever the library lives and
// whatever coop is installed. `coop schema --write` writes the copy, `coop
// lint` says when it is stale, and `coop init` starts each file it makes with
// schemaModeline.

/** The library's folder of schemas, beside its files. */
export const LIBRARY_SCHEMA_FOLDER = 'schema';

/** The file of a kind's schema inside that folder, as coop's own schema/ names it. */
export function schemaFileName(kind: string): string {
  return `${kind}.schema.json`;
}

/** The first line of a file of this kind in the library's top folder, naming its schema. */
export function schemaModeline(kind: string): string {
  return `# yaml-language-server: $schema=./${LIBRARY_SCHEMA_FOLDER}/${schemaFileName(kind)}`;
}

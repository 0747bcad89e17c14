// What a file's data holds at a path (["steps", 2, "next"]): the loader's
// messages, its salvage of a partly wrong file and the journal reader's words
// for a line that is no event all look up the value a problem is about.

/** The value at `path` in `data`, or undefined where nothing is (own keys only: a file's key is never a prototype's). */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

import { extname, isAbsolute, relative } from 'node:path';

/** Shows `path` relative to `cwd` when it lies inside it, absolute otherwise. */
export function displayPathOf(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

export function isYamlFileName(name: string): boolean {
  const ext = extname(name).toLowerCase();
  return ext === '.yaml' || ext === '.yml';
}

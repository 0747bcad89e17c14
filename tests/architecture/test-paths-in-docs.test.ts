// The docs point readers at the tests that show a behaviour: every test file
// they name must exist, so a test moved or renamed takes its mention along.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/paths.js';

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? markdownFiles(join(dir, d.name)) : d.name.endsWith('.md') ? [join(dir, d.name)] : [],
  );
}

const DOCS = [
  join(REPO_ROOT, 'README.md'),
  ...markdownFiles(join(REPO_ROOT, 'docs')),
  ...markdownFiles(join(REPO_ROOT, 'tests')),
];

describe('the tests the docs name', () => {
  it.each(DOCS.map((file) => relative(REPO_ROOT, file)))('%s names only test files that exist', (doc) => {
    const named = [
      ...readFileSync(join(REPO_ROOT, doc), 'utf8').matchAll(/\btests\/[\w./-]+\.(?:ts|cjs|json|yaml|md)\b/g),
    ];
    const missing = named.map((m) => m[0]).filter((path) => !existsSync(join(REPO_ROOT, path)));
    expect(missing).toEqual([]);
  });
});

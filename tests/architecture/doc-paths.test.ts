// The docs, the README and the comments in src/ name files of the repository
// (src/lint/run/parallel.ts, docs/lint.md, tests/e2e/lint.test.ts): every one
// must exist, so that moving a file without its mentions fails here instead of
// sending a reader to nothing. Names with a placeholder (<rule-id>) or a
// wildcard are patterns, not files, and are left alone.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/paths.js';

const TOP_FOLDERS = ['src', 'docs', 'tests', 'scripts', 'bench', 'bin', 'schema', 'runbooks'];
const PATH = new RegExp(`(?<![\\w./-])(?:${TOP_FOLDERS.join('|')})/[\\w./<>*-]*[\\w/>*]`, 'g');

function filesUnder(folder: string, ending: string): string[] {
  return readdirSync(join(REPO_ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(ending))
    .map((f) => join(folder, f));
}

/** The repository paths a text names, patterns left out. */
function namedPaths(text: string): string[] {
  return [...text.matchAll(PATH)].map((m) => m[0]).filter((p) => !/[<>*]/.test(p));
}

/** The comments of a source file: whole comment lines, and what follows ` // ` on a line of code. */
function commentsOf(file: string): string {
  return readFileSync(join(REPO_ROOT, file), 'utf8')
    .split('\n')
    .map((line) => (/^\s*(?:\/\/|\/\*|\*)/.test(line) ? line : (line.split(' // ')[1] ?? '')))
    .join('\n');
}

/** A mention of `x.js` stands for the source `x.ts`, as imports write it. */
function exists(path: string): boolean {
  return existsSync(join(REPO_ROOT, path)) || existsSync(join(REPO_ROOT, path.replace(/\.js$/, '.ts')));
}

describe('paths the repository names', () => {
  const texts = [
    'README.md',
    ...filesUnder('docs', '.md'),
    // Their comments: the compiler checks the paths of imports.
    ...filesUnder('src', '.ts'),
  ];

  it('exist', () => {
    const missing = texts.flatMap((file) => {
      const text = file.endsWith('.ts') ? commentsOf(file) : readFileSync(join(REPO_ROOT, file), 'utf8');
      return namedPaths(text)
        .filter((p) => !exists(p))
        .map((p) => `${file}: ${p}`);
    });
    expect(missing).toEqual([]);
  });

  it('no doc or comment sends a reader outside the repository, to the folders it was written beside', () => {
    const outside = texts.flatMap((file) => {
      const text = file.endsWith('.ts') ? commentsOf(file) : readFileSync(join(REPO_ROOT, file), 'utf8');
      return [...text.matchAll(/(?:\/work\/|\.\.\/shared\/)[\w./-]*/g)].map((m) => `${file}: ${m[0]}`);
    });
    expect(outside).toEqual([]);
  });

  it('a doc that a comment in src/ names by its file name alone is in docs/ or at the top', () => {
    const docs = new Set(['README.md', ...readdirSync(join(REPO_ROOT, 'docs'))]);
    const missing = filesUnder('src', '.ts').flatMap((file) =>
      [...commentsOf(file).matchAll(/(?<![\w/.-])[\w-]+\.md\b/g)]
        .map((m) => m[0])
        .filter((name) => !docs.has(name))
        .map((name) => `${file}: ${name}`),
    );
    expect(missing).toEqual([]);
  });

  it('docs/DEVELOPING.md describes every layer of src/', () => {
    const developing = readFileSync(join(REPO_ROOT, 'docs', 'DEVELOPING.md'), 'utf8');
    const layers = readdirSync(join(REPO_ROOT, 'src'), { withFileTypes: true }).filter((e) => e.isDirectory());
    for (const layer of layers) expect(developing, layer.name).toContain(`\`src/${layer.name}/\``);
  });
});

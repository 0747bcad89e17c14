// The order test files start in. Three workers share two cores, and the run
// ends when the last file does: the longest files must start first, or one of
// them starts late and runs on alone at the end.
//
// vitest orders files by how long each took last time on this machine
// (node_modules/.vite/vitest), and that is the best order there is. A fresh
// clone (CI, a new contributor) has no such record, and vitest falls back to
// the larger files first, which here says little: the short kill test runs
// for 15 s, long tables of cases run in a second. What does say how long a
// file runs is what it starts: a real process, terminal or browser
// (tests/e2e/), or hundreds of generated cases (tests/property/, and the
// fuzz and the corpus below).
import { statSync } from 'node:fs';
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** What runs longest, longest first: folders of tests/ and files in it. */
const SLOWEST = [
  // The browser tests: a small file that imports four.
  'tests/e2e/in-chromium.test.ts',
  'tests/e2e/',
  'tests/property/',
  'tests/library/read-events.test.ts',
  'tests/commands/hostile-corpus.test.ts',
];

export default class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const known = files.every((file) => this.ctx.cache.getFileTestResults(keyOf(this.ctx.config.root, file)));
    if (known) return super.sort(files);
    const rank = (file: TestSpecification) => {
      const path = relative(this.ctx.config.root, file.moduleId).replaceAll('\\', '/');
      const index = SLOWEST.findIndex((start) => path.startsWith(start));
      return index === -1 ? SLOWEST.length : index;
    };
    const size = (file: TestSpecification) => statSync(file.moduleId).size;
    return [...files].sort((a, b) => rank(a) - rank(b) || size(b) - size(a));
  }
}

/** The key vitest keeps a file's last result under. */
function keyOf(root: string, file: TestSpecification): string {
  return `${file.project.name}:${relative(root, file.moduleId)}`;
}

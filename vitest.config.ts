import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import SlowestFirst from './tests/helpers/sequencer.js';

// The version the build writes into the bundle (scripts/build.mjs), read the
// same way: from package.json, so `npx vitest` and `npm test` see one version
// and the report snapshots do not depend on how the tests were started.
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  define: { __COOP_VERSION__: JSON.stringify(version) },
  // The grapheme splitter the build gives sms-segments-calculator (scripts/build.mjs), here too. The
  // package's CommonJS build loads it with Node's own require(), which no alias reaches, so the tests
  // take the TypeScript sources the package ships beside it, whose `import` vite resolves.
  // tests/vendor/sms.test.ts fails if the calculator splits with anything else.
  resolve: {
    alias: {
      'grapheme-splitter': fileURLToPath(new URL('./src/text/grapheme-splitter.ts', import.meta.url)),
      'sms-segments-calculator': fileURLToPath(
        new URL('./node_modules/sms-segments-calculator/src/index.ts', import.meta.url),
      ),
    },
  },
  test: {
    // vite's transform of each source and test file, kept in node_modules between runs: 9 s less of a
    // run's transform time (measured: 12.1 s against 2.9 s) and 6 s less CPU. Keyed by each file's content
    // and this configuration; the default from vitest 5 on. npx vitest --clearCache empties it.
    experimental: { fsModuleCache: true },
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/helpers/run-folder.ts'],
    // A hang fails its test here; under load nothing legitimate comes near it.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Each worker process runs many test files, loading src/ and the
    // packages once instead of once a file: measured on this 2-core machine,
    // the unit and in-process tests took a third of the CPU time (23 s of
    // user time against 66). src/ keeps no state between calls, so files do
    // not see each other; a test that changes process-wide state (an
    // environment variable, a spy) puts it back.
    pool: 'forks',
    isolate: false,
    // vitest's default is a core less than the machine has: one worker on two
    // cores, with the second idle whenever that worker waits for a process.
    // A worker waits often (the built binary, a terminal, a browser, the
    // disk), and leaves its core idle meanwhile: one worker more than the
    // cores keeps them busy (2 cores, idle: 70 s against 76-81 s with one a
    // core). The main process only collects results.
    maxWorkers: availableParallelism() + 1,
    sequence: { sequencer: SlowestFirst },
    // Local times in reports and snapshots are read in one zone on every machine.
    env: { TZ: 'UTC' },
  },
});

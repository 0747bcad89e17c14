import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

// The version the build writes into the bundle (scripts/build.mjs), read the
// same way: from package.json, so `npx vitest` and `npm test` see one version
// and the report snapshots do not depend on how the tests were started.
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  define: { __COOP_VERSION__: JSON.stringify(version) },
  test: {
    include: ['tests/**/*.test.ts'],
    // The e2e tests spawn the built binary; give slow CI machines room.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});

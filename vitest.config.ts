import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: { __COOP_VERSION__: JSON.stringify(process.env.npm_package_version ?? '0.0.0-test') },
  test: {
    include: ['tests/**/*.test.ts'],
    // The e2e tests spawn the built binary; give slow CI machines room.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});

// `npm install` in a clone and `npm pack` run this (package.json "prepare"): it builds dist/.
//
// `npm install -g <git url>` cannot build: its nested install in the clone
// inherits --global and installs none of the build tools (npm/cli#8440, open),
// and what it leaves in the prefix is a broken copy of the clone. So where
// esbuild is missing, say what works instead of failing with a stack trace:
// the release branch holds the built files and needs no build
// (scripts/release-branch.mjs makes it).
import { readFileSync } from 'node:fs';

const hasEsbuild = await import('esbuild').then(
  () => true,
  () => false,
);
if (!hasEsbuild) {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  const repository = pkg.repository.url.replace(/^git\+/, '');
  process.stderr.write(
    process.env.npm_config_global === 'true'
      ? `coop: a global install from git cannot build coop (npm/cli#8440); install the built files of the release branch: npm install -g git+${repository}#release\n`
      : 'coop: esbuild is not installed, so coop cannot be built; run "npm install" in the coop folder first\n',
  );
  process.exit(1);
}
await import('./build.mjs');

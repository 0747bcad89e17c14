// Writes schema/<kind>.schema.json from `coop schema --file <kind>`, so the
// shipped JSON Schemas are exactly what the zod schemas generate. Run it after
// changing src/format/schema.ts; tests/lint/schema.test.ts fails until you do.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], {
  stdio: 'inherit',
  env: { ...process.env, COOP_BUILD_QUIET: '1' },
});
mkdirSync(join(root, 'schema'), { recursive: true });
for (const kind of ['runbook', 'contacts', 'systems', 'config', 'exercise', 'improvements']) {
  const text = execFileSync(process.execPath, [join(root, 'bin', 'coop.js'), 'schema', '--file', kind], {
    encoding: 'utf8',
  });
  writeFileSync(join(root, 'schema', `${kind}.schema.json`), text);
  console.error(`gen-schema: wrote schema/${kind}.schema.json`);
}

// docs/lint.md names every rule, so the documentation cannot fall behind the code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { allRules } from '../../src/lint/engine.js';
import { REPO_ROOT } from '../helpers/paths.js';

const docs = readFileSync(join(REPO_ROOT, 'docs', 'lint.md'), 'utf8');

it('docs/lint.md lists every rule id', () => {
  for (const rule of allRules()) expect(docs, rule.id).toContain(`\`${rule.id}\``);
});

it('docs/lint.md has a section for every rule, the anchor SARIF help links to, opening with its description', () => {
  for (const rule of allRules())
    expect(docs, rule.id).toContain(`### \`${rule.id}\`\n\n${rule.description} Default: ${rule.severity}`);
});

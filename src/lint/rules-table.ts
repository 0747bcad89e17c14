// `coop lint --rules`: every rule with its default severity and what it checks.
import type { RuleMeta } from './rule.js';

export function rulesTable(rules: readonly RuleMeta[]): string {
  const idWidth = Math.max(...rules.map((r) => r.id.length));
  const categoryWidth = Math.max(...rules.map((r) => r.category.length));
  const lines = rules.map(
    (r) => `${r.id.padEnd(idWidth)}  ${r.severity.padEnd(7)}  ${r.category.padEnd(categoryWidth)}  ${r.description}`,
  );
  const note =
    'Change a severity in coop.yaml at the library root: lint: { rules: { review-overdue: error, contact-verified-stale: off } }';
  return `${lines.join('\n')}\n\n${note}\n`;
}

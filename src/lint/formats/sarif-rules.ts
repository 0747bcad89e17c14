// How SARIF describes each rule to a code-scanning tool. GitHub's rule set
// (the Multitool's "Gh" kind) wants a full description and help for every
// rule; the help links to the rule's own section of docs/lint.md, where the
// details and examples are kept, rather than repeating them here.
import type { Category, RuleMeta } from '../rule.js';

export const HOMEPAGE = 'https://github.com/coop-runbooks/coop';
const LINT_DOCS = `${HOMEPAGE}/blob/main/docs/lint.md`;

/** What each family of rules guards, the second sentence of every rule's full description. */
const FAMILY: Record<Category, string> = {
  loader:
    "One of the loader's rules: the file could not be read as the runbook format says, so the checks that need its content could not judge the part that failed.",
  structure:
    'One of the structure rules: a part of a runbook, contact or system that is missing, repeated or names something that does not exist would stop a walk through it during an outage, or send it the wrong way.',
  flow: "One of the flow rules, which follow every path through a runbook's steps: a step nobody reaches, a loop with no way out, a branch that runs on into another.",
  people:
    'One of the people rules: in an outage every contact must be reachable at a number that can be dialled, and every runbook must say who keeps it up to date.',
  policy:
    "One of the policy rules, after the state's policy ITEC 5300 and NIST SP 800-34: reviews and verifications that are due, recovery objectives that are missing, inconsistent or not met.",
  exercises:
    'One of the exercise rules: exercises and their corrective actions must name runbooks, steps, objectives and contacts that exist, keep their injects in order, and be closed when due.',
  hygiene:
    'One of the hygiene rules, for text a stressed person reads or runs during an outage: no control or invisible characters, no command too long to read through.',
  config: "One of the config rules: coop.yaml, the library's own settings, must name only rules that exist.",
};

/** The driver's `rules` entry of one rule: no `name`, which SARIF wants omitted when it would only repeat the id. */
export function sarifRule(rule: RuleMeta) {
  const full = `${rule.description} ${FAMILY[rule.category]}`;
  const helpUri = `${LINT_DOCS}#${rule.id}`;
  const severity = `Reported as ${rule.severity === 'error' ? 'an error' : 'a warning'} unless coop.yaml says otherwise under \`lint.rules\` (error, warning or off).`;
  return {
    id: rule.id,
    shortDescription: { text: rule.description },
    fullDescription: { text: full },
    helpUri,
    help: {
      text: `${full} ${severity.replaceAll('`', '')} More: ${helpUri}`,
      markdown: `${full}\n\n${severity}\n\nSee [\`${rule.id}\` in docs/lint.md](${helpUri}).`,
    },
    defaultConfiguration: { level: rule.severity },
    properties: { category: rule.category },
  };
}

import { didYouMean } from '../../text/suggest.js';
import type { Rule } from '../rule.js';

export const rule: Rule = {
  meta: {
    id: 'unknown-rule',
    severity: 'error',
    category: 'config',
    description: 'coop.yaml sets the severity of a rule that does not exist (often a misspelt id).',
  },
  library({ library, ruleIds, report }) {
    const rules = library.config.lint?.rules;
    const file = library.configFile;
    if (!rules || !file) return;
    for (const id of Object.keys(rules)) {
      if (ruleIds.has(id)) continue;
      const hint = didYouMean(id, ruleIds) || '; coop lint --rules lists the rules there are';
      report({ file, path: ['lint', 'rules', id], key: true, message: `unknown rule "${id}"${hint}` });
    }
  },
};

import type { Rule } from '../rule.js';

export const rule: Rule = {
  meta: {
    id: 'system-not-covered',
    severity: 'warning',
    category: 'policy',
    description: 'No runbook lists a system of systems.yaml, so nothing says what to do when it fails.',
    wholeLibrary: true,
  },
  library({ library, report }) {
    // A runbook of which nothing could be read cannot say what it covers: its
    // own error comes first, and this warning goes once it can be read.
    const covered = new Set<string>();
    for (const entry of library.runbooks) for (const id of entry.value.systems ?? []) covered.add(id);
    for (const system of library.systems) {
      if (covered.has(system.value.id)) continue;
      report({
        file: system.file,
        path: system.path,
        message: `no runbook covers system "${system.value.id}"; list it under systems: of the runbook that restores it`,
      });
    }
  },
};

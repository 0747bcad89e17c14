import { basename, extname } from 'node:path';
import type { Loaded } from '../../library/library.js';
import type { Runbook } from '../../format/model.js';
import type { Rule } from '../rule.js';

const fileStem = (entry: Loaded<Runbook>) => basename(entry.file.absolutePath, extname(entry.file.absolutePath));

export const rule: Rule = {
  meta: {
    id: 'duplicate-runbook-id',
    severity: 'error',
    category: 'structure',
    description: 'Two runbook files declare the same id, so `coop incident <id>` cannot tell which one is meant.',
    wholeLibrary: true,
  },
  library({ library, report }) {
    const byId = new Map<string, Array<Loaded<Runbook>>>();
    for (const entry of library.runbooks) {
      const group = byId.get(entry.value.id);
      if (group) group.push(entry);
      else byId.set(entry.value.id, [entry]);
    }
    for (const [id, group] of byId) {
      if (group.length < 2) continue;
      // The file named after the id keeps it; the others are the copies.
      const keeper = group.find((entry) => fileStem(entry) === id) ?? group[0]!;
      for (const entry of group) {
        if (entry === keeper) continue;
        report({
          file: entry.file,
          path: [...entry.path, 'id'],
          message: `runbook id "${id}" is already used by ${keeper.file.displayPath}; each runbook needs its own id`,
        });
      }
    }
  },
};

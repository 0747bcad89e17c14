import { basename, extname } from 'node:path';
import { ID_PATTERN } from '../../format/model.js';
import type { Rule } from '../rule.js';

export const rule: Rule = {
  meta: {
    id: 'runbook-id-mismatch',
    severity: 'error',
    category: 'structure',
    description: 'A runbook id differs from its file name (the file name is the id people type).',
  },
  runbook({ entry, runbook, at }) {
    const name = basename(entry.file.absolutePath);
    const stem = basename(name, extname(name));
    if (runbook.id === stem) return;
    const fix = ID_PATTERN.test(stem)
      ? `rename the file to ${runbook.id}${extname(name)} or write id: ${stem}`
      : `rename the file to ${runbook.id}${extname(name)}`;
    at(
      ['id'],
      `runbook id "${runbook.id}" differs from its file name ${name}; the file name is the id people type, so ${fix}`,
    );
  },
};

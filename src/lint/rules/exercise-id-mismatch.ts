import { basename, extname } from 'node:path';
import { ID_PATTERN } from '../../format/model.js';
import type { Rule } from '../rule.js';

export const rule: Rule = {
  meta: {
    id: 'exercise-id-mismatch',
    severity: 'error',
    category: 'exercises',
    description: 'An exercise id differs from its file name (the file name is the id coop exercise run takes).',
  },
  exercise({ entry, exercise, at }) {
    const name = basename(entry.file.absolutePath);
    const stem = basename(name, extname(name));
    if (exercise.id === stem) return;
    const fix = ID_PATTERN.test(stem)
      ? `rename the file to ${exercise.id}${extname(name)} or write id: ${stem}`
      : `rename the file to ${exercise.id}${extname(name)}`;
    at(['id'], `exercise id "${exercise.id}" differs from its file name ${name}; ${fix}`);
  },
};

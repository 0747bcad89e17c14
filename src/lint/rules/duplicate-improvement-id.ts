import type { Rule } from '../rule.js';

export const rule: Rule = {
  meta: {
    id: 'duplicate-improvement-id',
    severity: 'error',
    category: 'exercises',
    description: 'Two corrective actions in improvements.yaml have the same id.',
  },
  library({ library, report }) {
    const first = new Map<string, number>();
    library.improvements.forEach((item, index) => {
      const earlier = first.get(item.value.id);
      if (earlier === undefined) first.set(item.value.id, index);
      else
        report({
          file: item.file,
          path: [...item.path, 'id'],
          message: `corrective action id "${item.value.id}" is used twice (improvements[${earlier + 1}] and improvements[${index + 1}]); give each its own id`,
        });
    });
  },
};

import { phoneProblem } from '../phone.js';
import type { Rule } from '../rule.js';

export const rule: Rule = {
  meta: {
    id: 'phone-invalid',
    severity: 'error',
    category: 'people',
    description:
      'A contact phone is not a valid North American number (wrong digit count, letters, area code or exchange starting with 0 or 1).',
  },
  library({ library, report }) {
    for (const contact of library.contacts) {
      const phone = contact.value.phone;
      if (phone === undefined) continue;
      const problem = phoneProblem(phone);
      if (problem)
        report({
          file: contact.file,
          path: [...contact.path, 'phone'],
          message: `phone "${phone}" of contact "${contact.value.id}" ${problem}`,
        });
    }
  },
};

import { isLost } from '../../library/library.js';
import type { Rule } from '../rule.js';

export const rule: Rule = {
  meta: {
    id: 'contact-no-reach',
    severity: 'error',
    category: 'people',
    description: 'A contact has no phone, email or reach, so nobody could get hold of them in an outage.',
  },
  library({ library, report }) {
    for (const contact of library.contacts) {
      const { phone, email, reach, id } = contact.value;
      const written = ['phone', 'email', 'reach'].some((key) => isLost(contact, [key]));
      if (phone === undefined && email === undefined && reach === undefined && !written) {
        report({
          file: contact.file,
          path: contact.path,
          message: `contact "${id}" has no phone, email or reach; add at least one way to get hold of them (reach: is free text, like "In person")`,
        });
      }
    }
  },
};

import { reportRepeatedIds } from '../repeats.js';
import type { Rule } from '../rule.js';

export const rule: Rule = {
  meta: {
    id: 'duplicate-contact-id',
    severity: 'error',
    category: 'structure',
    description: 'Two contacts in contacts.yaml share an id, so every reference to it is ambiguous.',
  },
  library({ library, report }) {
    reportRepeatedIds(library.contacts, 'contact', report);
  },
};

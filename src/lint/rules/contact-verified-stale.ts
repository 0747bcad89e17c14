import { addMonths, VERIFIED_MONTHS } from '../../format/review.js';
import type { Rule } from '../rule.js';

export const rule: Rule = {
  meta: {
    id: 'contact-verified-stale',
    severity: 'warning',
    category: 'policy',
    description: `A contact's details were last verified over ${VERIFIED_MONTHS} months ago; numbers change and people move on.`,
  },
  library({ library, today, report }) {
    for (const contact of library.contacts) {
      const verified = contact.value.verified;
      if (verified === undefined) continue;
      const due = addMonths(verified, VERIFIED_MONTHS);
      if (due < today) {
        report({
          file: contact.file,
          path: [...contact.path, 'verified'],
          message: `contact "${contact.value.id}" was last verified ${verified}, over ${VERIFIED_MONTHS} months ago; check their details and update verified:`,
        });
      }
    }
  },
};

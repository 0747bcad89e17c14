import { CONTACTS_FILE } from '../../library/paths.js';
import { unknownReference } from '../references.js';
import type { Rule } from '../rule.js';

export const rule: Rule = {
  meta: {
    id: 'exercise-unknown-contact',
    severity: 'error',
    category: 'exercises',
    description: 'A participant of an exercise names a contact not in contacts.yaml.',
  },
  exercise({ exercise, directory, at }) {
    exercise.participants.forEach((participant, i) => {
      if (participant.contact === undefined) return;
      const message = unknownReference(participant.contact, directory.contacts, 'contact', CONTACTS_FILE);
      if (message) at(['participants', i, 'contact'], message);
    });
  },
};

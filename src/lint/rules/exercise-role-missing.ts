import type { ParticipantRole } from '../../format/exercise-schema.js';
import type { Rule } from '../rule.js';

/** Who an HSEEP exercise needs, and why, in the words of the finding. */
const NEEDED: Array<[ParticipantRole, string]> = [
  ['facilitator', 'someone runs the exercise and releases the injects'],
  ['evaluator', 'someone who does not play rates what the players did'],
];

export const rule: Rule = {
  meta: {
    id: 'exercise-role-missing',
    severity: 'warning',
    category: 'exercises',
    description: 'An exercise has no facilitator, or no evaluator, among its participants (HSEEP asks for both).',
  },
  exercise({ exercise, at }) {
    for (const [role, why] of NEEDED) {
      if (!exercise.participants.some((p) => p.role === role))
        at(['participants'], `the exercise has no ${role}: ${why}; add a participant with role: ${role}`, {
          key: true,
        });
    }
  },
};

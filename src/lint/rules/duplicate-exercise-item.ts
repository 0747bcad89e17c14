import type { Rule } from '../rule.js';

export const rule: Rule = {
  meta: {
    id: 'duplicate-exercise-item',
    severity: 'error',
    category: 'exercises',
    description: 'Two objectives, or two injects, of one exercise have the same id.',
  },
  exercise({ exercise, at }) {
    for (const [list, noun] of [
      ['objectives', 'objective'],
      ['injects', 'inject'],
    ] as const) {
      const first = new Map<string, number>();
      exercise[list].forEach((item, index) => {
        const earlier = first.get(item.id);
        if (earlier === undefined) first.set(item.id, index);
        else
          at(
            [list, index, 'id'],
            `${noun} id "${item.id}" is used twice (${list}[${earlier + 1}] and ${list}[${index + 1}]); give each ${noun} its own id`,
          );
      });
    }
  },
};

// The rating scale of FEMA's Homeland Security Exercise and Evaluation
// Program (HSEEP), as its after-action report template uses it: one letter
// for each of four levels, from performed without challenges to unable to be
// performed. The definitions are HSEEP's in short.
export const RATINGS = {
  P: {
    label: 'Performed without challenges',
    definition: 'Done in a way that met the objective, with no harm to other activities and in line with the plan.',
  },
  S: {
    label: 'Performed with some challenges',
    definition: 'Met the objective with no harm to other activities, but it could have been done better or faster.',
  },
  M: {
    label: 'Performed with major challenges',
    definition:
      'Met the objective, but harmed other activities, added risk, or was not done as the plan or the rules say.',
  },
  U: {
    label: 'Unable to be performed',
    definition: 'Not done in a way that met the objective.',
  },
} as const;

export type Rating = keyof typeof RATINGS;
export const RATING_CODES = Object.keys(RATINGS) as Rating[];

/** "S - Performed with some challenges". */
export function ratingText(rating: Rating): string {
  return `${rating} - ${RATINGS[rating].label}`;
}

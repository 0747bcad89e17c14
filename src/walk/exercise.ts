// What every screen and every report of a drill says, word for word: one
// string, so the walkthrough and the after-action report cannot drift apart.
export const EXERCISE_BANNER = 'EXERCISE - not a real incident';

// How many random cases a property test draws each run. fast-check draws new
// ones every run and prints the seed of any failure (give it back as
// { seed } to run that case again), so what the suite covers adds up run
// after run. COOP_PROPERTY_RUNS=N draws N instead, for a deeper run, such
// as before a release: `COOP_PROPERTY_RUNS=3000 npx vitest run tests/property tests/library`.

/** The runs of a property: `usual`, or COOP_PROPERTY_RUNS. */
export function propertyRuns(usual: number): number {
  const asked = process.env.COOP_PROPERTY_RUNS;
  if (asked === undefined || asked === '') return usual;
  if (!/^[1-9]\d*$/.test(asked))
    throw new Error(`COOP_PROPERTY_RUNS must be a whole number of runs, like 3000; it is "${asked}"`);
  return Number(asked);
}

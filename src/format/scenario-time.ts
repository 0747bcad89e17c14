// Scenario time: the HH:MM of an inject, and how long after the one before
// it an inject is due. No zod here, so the console and the report can use it
// without loading the schemas.
export const SCENARIO_TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes since midnight of an HH:MM that has passed the schema. */
export function scenarioMinutes(time: string): number {
  const m = SCENARIO_TIME_PATTERN.exec(time);
  if (!m) throw new Error(`not a scenario time: ${time}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/**
 * How long after the inject before it (or the start, for the first) an inject
 * is due, in milliseconds of real time: scenario time runs at the pace of the
 * clock. Never negative: lint reports injects out of order, and the console
 * releases such an inject at once.
 */
export function gapBeforeMs(times: readonly string[], index: number): number {
  if (index <= 0) return 0;
  return Math.max(0, scenarioMinutes(times[index]!) - scenarioMinutes(times[index - 1]!)) * 60_000;
}

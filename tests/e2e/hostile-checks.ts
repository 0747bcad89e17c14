// What every run of coop on hostile input must look like, whatever the case:
// no stack trace, no "internal error", no raw control character a terminal
// would act on, and quick. Shared by the hostile-input end-to-end tests.
import { expect } from 'vitest';
import { runCoop, type CoopResult, type RunOptions } from '../helpers/run-coop.js';

/**
 * C0 controls but tab and line feed, DEL, C1 controls (U+009B is CSI on some
 * terminals), bidirectional overrides and the other invisible format
 * characters (U+200B, U+200F, U+061C...): none may reach stdout or stderr raw.
 */
// eslint-disable-next-line no-control-regex
export const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\p{Cf}]/u;

/** A line of a Node.js stack trace. */
export const STACK_LINE = /^\s+at .+\(.+:\d+:\d+\)$/m;

/**
 * Each run must finish within a second; the margin over a typical 100-300 ms
 * covers a loaded 2-core machine. Override with COOP_HOSTILE_MAX_MS.
 */
export const MAX_MS = Number(process.env.COOP_HOSTILE_MAX_MS ?? 1000);

export interface TimedResult extends CoopResult {
  ms: number;
  args: string[];
}

// Another engineer's build can replace dist/ while a test spawns the binary:
// a missing bundle is that race, never the behaviour under test, so run again.
const BUILD_RACE = /Cannot find module '.*[\\/]dist[\\/]|the program is not built yet/;

/** Runs coop and measures the wall time of the whole process. */
export function timedCoop(args: string[], options: RunOptions = {}): TimedResult {
  for (let attempt = 0; ; attempt++) {
    const started = performance.now();
    const result = runCoop(args, options);
    const ms = performance.now() - started;
    if (attempt < 3 && BUILD_RACE.test(result.stderr)) continue;
    return { ...result, ms, args };
  }
}

/** What a run shows, for a failing assertion's message. */
export function describeRun(r: TimedResult): string {
  return `coop ${r.args.join(' ')}\nexit ${r.code} in ${Math.round(r.ms)} ms\n--- stdout\n${r.stdout.slice(0, 2000)}\n--- stderr\n${r.stderr.slice(0, 2000)}`;
}

/** The raw control characters of `text`, as code points, for a readable failure. */
export function rawControls(text: string): string[] {
  return [...text.matchAll(new RegExp(RAW_CONTROL.source, 'gu'))].map(
    (m) => `U+${m[0].charCodeAt(0).toString(16).padStart(4, '0')} at ${m.index}`,
  );
}

/** No stack trace, no internal error, no raw control character, within the time limit. */
export function expectCleanRun(r: TimedResult, maxMs = MAX_MS): void {
  const why = describeRun(r);
  expect(r.code, why).not.toBe(70);
  for (const [name, text] of [
    ['stdout', r.stdout],
    ['stderr', r.stderr],
  ] as const) {
    expect(text, `${name} has a stack trace\n${why}`).not.toMatch(STACK_LINE);
    expect(text, `${name} reports an internal error\n${why}`).not.toMatch(/internal error/i);
    expect(rawControls(text), `${name} has raw control characters\n${why}`).toEqual([]);
  }
  expect(r.ms, `took too long\n${why}`).toBeLessThan(maxMs);
}

/** Exactly one line on stderr, `coop: ...`, holding `expected`. */
export function expectOneLineError(r: TimedResult, expected: string | RegExp): void {
  const why = describeRun(r);
  const lines = r.stderr.split('\n').filter((l) => l !== '');
  expect(lines, `stderr is not one line\n${why}`).toHaveLength(1);
  expect(lines[0], why).toMatch(/^coop: /);
  if (typeof expected === 'string') expect(lines[0], why).toContain(expected);
  else expect(lines[0], why).toMatch(expected);
}

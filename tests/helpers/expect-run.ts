// What a run of coop shows, and what every run must look like: no stack
// trace, no "internal error", no raw control character a terminal would act
// on. The same for a run of the built binary (run-coop.ts) and an in-process
// run (coop.ts).
import { expect } from 'vitest';

export interface CoopResult {
  args: string[];
  /** The exit code; null when the process was killed (run-coop.ts's time limit, a signal). */
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * C0 controls but tab and line feed, DEL, C1 controls (U+009B is CSI on some
 * terminals), bidirectional overrides and the other invisible format
 * characters (U+200B, U+200F, U+061C...): none may reach stdout or stderr raw.
 */
export const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\p{Cf}]/u;

/** A line of a Node.js stack trace. */
export const STACK_LINE = /^\s+at .+\(.+:\d+:\d+\)$/m;

/** What a run shows, for a failing assertion's message. */
export function describeRun(r: CoopResult): string {
  return `coop ${r.args.join(' ')}\nexit ${r.code}\n--- stdout\n${r.stdout.slice(0, 2000)}\n--- stderr\n${r.stderr.slice(0, 2000)}`;
}

/** The raw control characters of `text`, as code points, for a readable failure. */
export function rawControls(text: string): string[] {
  return [...text.matchAll(new RegExp(RAW_CONTROL.source, 'gu'))].map(
    (m) => `U+${m[0].charCodeAt(0).toString(16).padStart(4, '0')} at ${m.index}`,
  );
}

/** It ended by itself, with no stack trace, no internal error and no raw control character. */
export function expectCleanRun(r: CoopResult): void {
  const why = describeRun(r);
  expect(r.code, `did not end by itself\n${why}`).not.toBeNull();
  expect(r.code, why).not.toBe(70);
  for (const [name, text] of [
    ['stdout', r.stdout],
    ['stderr', r.stderr],
  ] as const) {
    expect(text, `${name} has a stack trace\n${why}`).not.toMatch(STACK_LINE);
    expect(text, `${name} reports an internal error\n${why}`).not.toMatch(/internal error/i);
    expect(rawControls(text), `${name} has raw control characters\n${why}`).toEqual([]);
  }
}

/** Exactly one line on stderr, `coop: ...`, holding `expected`. */
export function expectOneLineError(r: CoopResult, expected: string | RegExp): void {
  const why = describeRun(r);
  const lines = r.stderr.split('\n').filter((l) => l !== '');
  expect(lines, `stderr is not one line\n${why}`).toHaveLength(1);
  expect(lines[0], why).toMatch(/^coop: /);
  if (typeof expected === 'string') expect(lines[0], why).toContain(expected);
  else expect(lines[0], why).toMatch(expected);
}

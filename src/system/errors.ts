/**
 * An error the person can fix: shown as one line, `coop: <message>`, and the
 * process exits with `exitCode` (2 for usage and input errors, as README.md's
 * table of exit codes says). Anything else that reaches the top is a bug in coop.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = 2,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

/**
 * A UserError whose words hold nothing to type (no command, no path): at a
 * terminal it is broken at spaces, the rest under the text, where the
 * terminal would break it inside a word. One that names a command stays one
 * line, so that the command pastes whole.
 */
export class ProseError extends UserError {
  constructor(message: string, exitCode = 2) {
    super(message, exitCode);
    this.name = 'ProseError';
  }
}

/**
 * Several mistakes a person can fix at once (in a file coop was given): each
 * shown as a line of its own, `coop: <file:line:col: mistake>`, then the
 * message; exit as UserError.
 */
export class UserErrors extends UserError {
  constructor(
    readonly each: readonly string[],
    message: string,
    exitCode = 2,
  ) {
    super(message, exitCode);
    this.name = 'UserErrors';
  }
}

/** Ctrl-C or a pause: the incident is saved and the process ends with 130. */
export class Interrupted extends Error {
  readonly exitCode = 130;
  constructor(message = 'interrupted') {
    super(message);
    this.name = 'Interrupted';
  }
}

export const EXIT = { ok: 0, problems: 1, usage: 2, interrupted: 130 } as const;

/**
 * The last case of a switch over a union (a step's kind, an event's type): a
 * member the switch does not handle makes `value` not `never`, so the switch
 * fails to compile until it does. Reached at run time only through a bug.
 */
export function assertNever(value: never, what: string): never {
  throw new Error(`unexpected ${what}: ${JSON.stringify(value)}`);
}

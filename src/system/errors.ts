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

/** Ctrl-C or a pause: the incident is saved and the process ends with 130. */
export class Interrupted extends Error {
  readonly exitCode = 130;
  constructor(message = 'interrupted') {
    super(message);
    this.name = 'Interrupted';
  }
}

export const EXIT = { ok: 0, problems: 1, usage: 2, interrupted: 130 } as const;

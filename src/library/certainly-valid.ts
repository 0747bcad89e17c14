// A quick yes to "is this whole file valid?", without zod: the checks zod
// compiles from the schemas, written out by scripts/gen-checks.mjs. A file
// they pass has no problem for the schemas to find, and is read as it is; a
// file they do not pass is checked by the schemas (checked-read.ts), which
// find and word every problem. tests/library/schema-checks.test.ts holds the
// two to the same answers.
import {
  config,
  contactsFile,
  exercise,
  improvementsFile,
  INVALID,
  runbook,
  systemsFile,
} from '../format/schema-checks.generated.js';

const CHECKS = { runbook, contactsFile, systemsFile, config, exercise, improvementsFile };

/** The kinds of library file with a check of their own. */
export type CheckedFile = keyof typeof CHECKS;

/** True when `data` is certainly what the schema of `kind` accepts; false when it may not be. */
export function certainlyValid(kind: CheckedFile, data: unknown): boolean {
  return CHECKS[kind](data) !== INVALID;
}

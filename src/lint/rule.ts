// What a lint rule is: metadata that `coop lint --rules`, the SARIF driver and
// coop.yaml overrides read, and hooks the engine calls once per runbook and
// once per library, so every rule costs one pass over what it looks at.
import type { Library, Loaded } from '../library/library.js';
import type { Runbook } from '../format/model.js';
import type { SeveritySetting } from '../format/schema.js';
import type { Exercise } from '../format/exercise-schema.js';
import type { Path, SourceFile } from '../library/source-file.js';
import type { FlowFacts } from './flow-facts.js';
import type { RecoveryRecord } from '../journal/recovery-records.js';

/** How a finding counts: an error fails the lint; a warning only past --max-warnings, or with --strict. */
export type Severity = Exclude<SeveritySetting, 'off'>;

/** The families docs/lint.md groups rules in: the loader's own problems first, coop.yaml's last. */
export type Category = 'loader' | 'structure' | 'flow' | 'people' | 'policy' | 'exercises' | 'hygiene' | 'config';

export interface RuleMeta {
  /** Stable kebab-case id: what coop.yaml, SARIF and the reports name. */
  id: string;
  /** Severity unless coop.yaml says otherwise. */
  severity: Severity;
  category: Category;
  /** One line, for `coop lint --rules` and code-scanning. */
  description: string;
  /**
   * Judges the library as a whole (which runbooks exist, which systems they
   * cover): meaningless when only some runbook files are linted.
   */
  wholeLibrary?: boolean;
}

/** Where to point: a value (or, with `key`, its key) in a loaded file. */
export interface Report {
  file: SourceFile;
  path: Path;
  message: string;
  key?: boolean;
}

export interface LibraryContext {
  library: Library;
  /** The day reviews and verifications are judged against, YYYY-MM-DD. */
  today: string;
  directory: Directory;
  /** Every rule id coop knows, loader codes included (for checking coop.yaml). */
  ruleIds: ReadonlySet<string>;
  /** The incidents and drills on record that ended (lint reads the journal folder); none without journals. */
  records: readonly RecoveryRecord[];
  report(report: Report): void;
}

/** What a rule that judges a runbook on its own sees: the runbook, where its steps lead, and where to report. */
export interface RunbookAloneContext {
  runbook: Runbook;
  /** Where each step leads, worked out once per runbook and shared by the flow rules. */
  flow(): FlowFacts;
  /** Reports at a path inside the runbook. */
  at(path: Path, message: string, options?: { key?: boolean }): void;
  /**
   * True when the loader could not read (all of) the key at `path` inside the
   * runbook: its problem is reported already, so a rule that looks for the
   * key must not also say it is missing (library.ts, isLost).
   */
  lost(path: Path): boolean;
}

export interface RunbookContext extends LibraryContext, RunbookAloneContext {
  entry: Loaded<Runbook>;
}

export interface ExerciseContext extends LibraryContext {
  entry: Loaded<Exercise>;
  exercise: Exercise;
  /** Reports at a path inside the exercise file. */
  at(path: Path, message: string, options?: { key?: boolean }): void;
}

/**
 * The ids a reference may name. `known` is false when the file that defines
 * them could not be read, so references cannot be judged and are not reported.
 */
export interface IdSet {
  ids: Set<string>;
  /** Ids of entries that failed to load: not "unknown", their own error says what is wrong. */
  broken: Set<string>;
  state: 'loaded' | 'absent' | 'broken';
}

export interface Directory {
  contacts: IdSet;
  systems: IdSet;
  /** The runbooks, by id; a runbook file that failed to load is broken, not unknown. */
  runbooks: IdSet;
  exercises: IdSet;
}

export interface Rule {
  meta: RuleMeta;
  library?(context: LibraryContext): void;
  runbook?(context: RunbookContext): void;
  /** Once per exercise file, after the runbooks: it may judge what the exercise names in them. */
  exercise?(context: ExerciseContext): void;
}

/**
 * A rule that needs nothing but the runbook: no library, no date. The walk
 * runs some of these itself before step 1 (src/walk/walkable.ts).
 */
export interface RunbookAloneRule extends Rule {
  runbook(context: RunbookAloneContext): void;
}

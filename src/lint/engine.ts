// Runs the rules over a loaded library: each runbook once through every rule
// that looks at runbooks, then the library once through every rule that looks
// at the whole. Loader problems become findings under their own codes.
import { isLost, type Library, type Loaded } from '../library/library.js';
import { isSharedFileName } from '../library/paths.js';
import { LOADER_CODES, type Problem } from '../library/problem.js';
import type { Runbook } from '../format/model.js';
import type { SeveritySetting } from '../format/schema.js';
import type { Exercise } from '../format/exercise-schema.js';
import type { Path } from '../library/source-file.js';
import { directoryOf } from './directory.js';
import type { Finding } from './finding.js';
import { flowFacts, type FlowFacts } from './flow-facts.js';
import type { ExerciseContext, LibraryContext, Report, Rule, RuleMeta, RunbookContext, Severity } from './rule.js';
import { RULES } from './rules/index.js';
import type { RecoveryRecord } from '../journal/recovery-records.js';

export interface LintOptions {
  today: string;
  /**
   * Only these files (as shown to people) are being linted: findings elsewhere
   * are dropped, and rules about the whole library are not run.
   */
  onlyFiles?: ReadonlySet<string>;
  /**
   * False when the runbooks were already linted one by one elsewhere (by the
   * workers of a large library, src/lint/run/parallel.ts): run only the rules
   * that look at the library as a whole.
   */
  runbookHooks?: boolean;
  /** The incidents and drills on record, for the rules that judge the plan against them. */
  records?: readonly RecoveryRecord[];
}

/** The loader's problems, described as rules so --rules, SARIF and coop.yaml know them. */
export const LOADER_RULES: RuleMeta[] = Object.entries(LOADER_CODES).map(([id, description]) => ({
  id,
  severity: 'error',
  category: 'loader',
  description,
}));

export function allRules(): RuleMeta[] {
  return [...LOADER_RULES, ...RULES.map((r) => r.meta)];
}

/** A shared file that could not be read at all leaves a linted runbook judged against nothing: keep saying so. */
const UNREADABLE = new Set(['file-unreadable', 'yaml-syntax']);

export function lintLibrary(library: Library, options: LintOptions): Finding[] {
  const overrides = library.config.lint?.rules ?? {};
  // hasOwn: a rule id is data from a file, and must not find Object.prototype's keys.
  const severityOf = (meta: RuleMeta): SeveritySetting =>
    Object.hasOwn(overrides, meta.id) ? overrides[meta.id]! : meta.severity;
  const findings: Finding[] = [];

  for (const problem of library.problems) {
    const meta = LOADER_RULES.find((r) => r.id === problem.code);
    const severity = meta ? severityOf(meta) : 'error';
    if (severity === 'off') continue;
    if (options.onlyFiles && !options.onlyFiles.has(problem.file) && !stopsSharedFile(problem)) continue;
    findings.push(findingOf(problem, severity));
  }

  const active = RULES.filter(
    (rule) => severityOf(rule.meta) !== 'off' && !(options.onlyFiles && rule.meta.wholeLibrary),
  );
  // The rule whose hook is running: report() stamps its id and severity.
  let current: Rule | undefined;
  const report = ({ file, path, message, key }: Report): void => {
    if (options.onlyFiles && !options.onlyFiles.has(file.displayPath)) return;
    const { meta } = current!;
    // Positions are located only for findings: a clean library never walks its YAML trees.
    const position = file.locate(path, { key });
    findings.push({
      rule: meta.id,
      severity: severityOf(meta) as Severity,
      category: meta.category,
      file: file.displayPath,
      ...position,
      message,
    });
  };
  const ruleIds = new Set(allRules().map((r) => r.id));
  const base: LibraryContext = {
    library,
    today: options.today,
    directory: directoryOf(library),
    ruleIds,
    records: options.records ?? [],
    report,
  };

  const perRunbook = options.runbookHooks === false ? [] : active.filter((rule) => rule.runbook);
  // Where a walk goes cannot be judged when where a step leads could not be read: the flow rules wait for it.
  const stepsUnread = new Set(library.problems.filter((p) => p.touchesFlow ?? p.touchesSteps).map((p) => p.file));
  for (const entry of library.runbooks) {
    const context = runbookContext(base, entry);
    const flowKnown = !stepsUnread.has(entry.file.displayPath);
    for (const rule of perRunbook) {
      if (rule.meta.category === 'flow' && !flowKnown) continue;
      current = rule;
      rule.runbook!(context);
    }
  }
  // Exercises name runbooks and their steps: they are judged with the library
  // as a whole, never in a share of its runbooks (src/lint/run/share.ts).
  const perExercise = active.filter((rule) => rule.exercise);
  for (const entry of library.exercises) {
    if (options.onlyFiles && !options.onlyFiles.has(entry.file.displayPath)) continue;
    const context = exerciseContext(base, entry);
    for (const rule of perExercise) {
      current = rule;
      rule.exercise!(context);
    }
  }
  for (const rule of active) {
    if (!rule.library) continue;
    current = rule;
    rule.library(base);
  }
  return findings;
}

function runbookContext(base: LibraryContext, entry: Loaded<Runbook>): RunbookContext {
  let facts: FlowFacts | undefined;
  // Written out, not spread from base: one is made for every runbook of a library, and a literal of
  // known keys is several times cheaper to build than a copy of another object's.
  return {
    library: base.library,
    today: base.today,
    directory: base.directory,
    ruleIds: base.ruleIds,
    records: base.records,
    report: base.report,
    entry,
    runbook: entry.value,
    flow: () => (facts ??= flowFacts(entry.value)),
    at: (path: Path, message: string, options: { key?: boolean } = {}) =>
      base.report({ file: entry.file, path: [...entry.path, ...path], message, key: options.key }),
    lost: (path: Path) => isLost(entry, path),
  };
}

function exerciseContext(base: LibraryContext, entry: Loaded<Exercise>): ExerciseContext {
  return {
    ...base,
    entry,
    exercise: entry.value,
    at: (path: Path, message: string, options: { key?: boolean } = {}) =>
      base.report({ file: entry.file, path: [...entry.path, ...path], message, key: options.key }),
  };
}

function stopsSharedFile(problem: Problem): boolean {
  return UNREADABLE.has(problem.code) && isSharedFileName(problem.file);
}

function findingOf(problem: Problem, severity: Severity): Finding {
  const { code, file, line, col, endLine, endCol, message } = problem;
  return {
    rule: code,
    severity,
    category: 'loader',
    file,
    line,
    col,
    ...(endLine !== undefined ? { endLine, endCol } : {}),
    message,
  };
}

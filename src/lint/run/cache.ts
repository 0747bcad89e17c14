// The findings of a lint, kept for the next lint of the very same files on the
// same day by the same build: a coordinator who runs `coop lint` again after
// looking at the output, or a pre-commit hook over an unchanged library, gets
// the answer without parsing again (measured: parsing and rule loading are
// most of a lint's 150 ms on the shipped library; bare node is about 80 ms).
// It is used only for the same bytes in every YAML file (src/library/
// fingerprint.ts), the same day the reviews are judged against, the same
// files asked for and the same working folder the paths are shown from.
import { join } from 'node:path';
import { CachedSourceFile, cacheDir, readCacheFile, writeCacheFile } from '../../library/cache.js';
import { sameSnapshot, shortHash, snapshotFolder, type Snapshot } from '../../library/fingerprint.js';
import type { SourceFile } from '../../library/source-file.js';
import type { Finding } from '../finding.js';
import type { Target } from '../targets.js';

export interface TargetResult {
  findings: Finding[];
  sources: Map<string, SourceFile>;
  filesChecked: number;
}

interface Entry {
  snapshot: Snapshot;
  findings: Finding[];
  /** The source lines the findings point at, by file, for excerpts. */
  lines: Record<string, Record<number, string>>;
  filesChecked: number;
}

function snapshotOf(target: Target, options: CacheOptions): Snapshot | undefined {
  const { today, cwd, journals = '' } = options;
  return snapshotFolder(target.dir, ['lint', today, cwd, journals, ...(target.files ?? ['<whole library>'])]);
}

function pathOf(dir: string, target: Target, cwd: string): string {
  return join(dir, `lint-${shortHash(`${target.dir}\0${cwd}\0${(target.files ?? []).join('\0')}`)}.json`);
}

interface CacheOptions {
  today: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** What the journal folder holds (src/journal/recovery-records.ts): findings depend on it too. */
  journals?: string;
}

/**
 * What the target's folder holds now, for this lint; undefined when no cache is kept.
 * Taken once, before linting, and passed to both the read and the write, so
 * an edit made during the lint is never cached under the new bytes.
 */
export function lintSnapshot(target: Target, options: CacheOptions): Snapshot | undefined {
  return cacheDir(options.env) ? snapshotOf(target, options) : undefined;
}

export function readLintCache(
  target: Target,
  options: CacheOptions,
  snapshot = lintSnapshot(target, options),
): TargetResult | undefined {
  const dir = cacheDir(options.env);
  if (!dir) return undefined;
  const entry = readCacheFile<Entry>(pathOf(dir, target, options.cwd));
  if (!entry || !sameSnapshot(entry.snapshot, snapshot)) return undefined;
  const sources = new Map<string, SourceFile>();
  for (const [file, lines] of Object.entries(entry.lines))
    sources.set(file, new CachedSourceFile(file, join(target.dir, file), lines));
  return { findings: entry.findings, sources, filesChecked: entry.filesChecked };
}

export function writeLintCache(
  target: Target,
  result: TargetResult,
  options: CacheOptions,
  snapshot = lintSnapshot(target, options),
): void {
  const dir = cacheDir(options.env);
  if (!dir || !snapshot) return;
  const lines: Entry['lines'] = {};
  for (const f of result.findings) {
    const source = result.sources.get(f.file);
    if (!source) continue;
    const fileLines = lines[f.file] ?? {};
    fileLines[f.line] = source.lineText(f.line);
    lines[f.file] = fileLines;
  }
  writeCacheFile(dir, pathOf(dir, target, options.cwd), {
    snapshot,
    findings: result.findings,
    lines,
    filesChecked: result.filesChecked,
  } satisfies Entry);
}

// SARIF 2.1.0, the format code-scanning tools read (GitHub uploads it with
// github/codeql-action/upload-sarif). Every rule is described in the tool
// driver so a finding links to its description; regions are 1-based; paths
// are relative to the repository's root, as code scanning resolves them.
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding } from '../finding.js';
import { terminalSafeJson } from '../../text/sanitize.js';
import { nodeCrypto } from '../../system/crypto.js';
import type { LintReport, Formatter } from '../report.js';
import { HOMEPAGE, sarifRule } from './sarif-rules.js';
import { sourceRootOf } from './sarif-source-root.js';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SOURCE_ROOT = '%SRCROOT%';
/** Versioned: a change to what the hash covers must not match results hashed the old way. */
const FINGERPRINT = 'coopFinding/v1';

export const render: Formatter = (report, options) => {
  const ruleIndex = new Map(report.rules.map((r, i) => [r.id, i]));
  const root = sourceRootOf(options.cwd);
  const artifacts = report.findings.map((f) => artifactOf(resolve(options.cwd, f.file), root));
  const fingerprints = fingerprintsOf(report, artifacts);
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'coop',
            version: options.version,
            semanticVersion: options.version,
            informationUri: HOMEPAGE,
            rules: report.rules.map(sarifRule),
          },
        },
        originalUriBaseIds: { [SOURCE_ROOT]: { uri: folderUri(root) } },
        // yaml counts columns in UTF-16 code units, as JavaScript strings do.
        columnKind: 'utf16CodeUnits',
        results: report.findings.map((f, i) => ({
          ruleId: f.rule,
          ...(ruleIndex.has(f.rule) ? { ruleIndex: ruleIndex.get(f.rule) } : {}),
          level: f.severity,
          message: { text: f.message },
          locations: [{ physicalLocation: { artifactLocation: artifacts[i], region: regionOf(f) } }],
          partialFingerprints: { [FINGERPRINT]: fingerprints[i] },
        })),
      },
    ],
  };
  // A message may quote a file's text (a duplicate key): escape what a terminal would act on.
  return `${terminalSafeJson(log, 2)}\n`;
};

/** Inside the repository, a path relative to %SRCROOT%; elsewhere a file: URI. */
function artifactOf(file: string, root: string): { uri: string; uriBaseId?: string } {
  const inRoot = relative(root, file);
  if (inRoot.startsWith('..') || isAbsolute(inRoot)) return { uri: pathToFileURL(file).href };
  return { uri: inRoot.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SOURCE_ROOT };
}

function folderUri(folder: string): string {
  const href = pathToFileURL(folder).href;
  return href.endsWith('/') ? href : `${href}/`;
}

/**
 * The same problem keeps its fingerprint when lines are added above it, so
 * code scanning does not close it and open a "new" one: the hash covers the
 * rule, the file as the repository names it (whichever folder lint ran in),
 * the message with its line numbers taken out ("on line 12") and the text of
 * the line pointed at, never the position; equal ones are told apart by
 * their order in the file.
 */
function fingerprintsOf(report: LintReport, artifacts: ReadonlyArray<{ uri: string }>): string[] {
  const seen = new Map<string, number>();
  return report.findings.map((f, i) => {
    const line = report.sources.get(f.file)?.lineText(f.line).trim() ?? '';
    const message = f.message.replace(/\bline \d+/g, 'line');
    const hash = nodeCrypto()
      .createHash('sha256')
      .update(JSON.stringify([f.rule, artifacts[i]!.uri, message, line]))
      .digest('hex')
      .slice(0, 32);
    const ordinal = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, ordinal);
    return `${hash}:${ordinal}`;
  });
}

/** SARIF rejects a 0 line or column (code scanning refuses the upload), so never send one. */
function regionOf(f: Finding): { startLine: number; startColumn: number; endLine: number; endColumn: number } {
  const startLine = Math.max(1, f.line);
  const startColumn = Math.max(1, f.col);
  let endLine = Math.max(startLine, f.endLine ?? startLine);
  let endColumn = Math.max(1, f.endCol ?? startColumn + 1);
  if (endLine === startLine && endColumn <= startColumn) endColumn = startColumn + 1;
  if (endLine < startLine) [endLine, endColumn] = [startLine, startColumn + 1];
  return { startLine, startColumn, endLine, endColumn };
}

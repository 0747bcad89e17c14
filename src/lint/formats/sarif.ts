// SARIF 2.1.0, the format code-scanning tools read (GitHub uploads it with
// github/codeql-action/upload-sarif). Every rule is described in the tool
// driver so a finding links to its description; regions are 1-based.
import { isAbsolute, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding } from '../finding.js';
import { terminalSafeJson } from '../../text/sanitize.js';
import type { Formatter } from '../report.js';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SOURCE_ROOT = '%SRCROOT%';

export const render: Formatter = (report, options) => {
  const ruleIndex = new Map(report.rules.map((r, i) => [r.id, i]));
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
            rules: report.rules.map((r) => ({
              id: r.id,
              name: r.id,
              shortDescription: { text: r.description },
              defaultConfiguration: { level: r.severity },
              properties: { category: r.category },
            })),
          },
        },
        originalUriBaseIds: { [SOURCE_ROOT]: { uri: folderUri(options.cwd) } },
        // yaml counts columns in UTF-16 code units, as JavaScript strings do.
        columnKind: 'utf16CodeUnits',
        results: report.findings.map((f) => ({
          ruleId: f.rule,
          ...(ruleIndex.has(f.rule) ? { ruleIndex: ruleIndex.get(f.rule) } : {}),
          level: f.severity,
          message: { text: f.message },
          locations: [{ physicalLocation: { artifactLocation: artifactOf(f.file), region: regionOf(f) } }],
        })),
      },
    ],
  };
  // A message may quote a file's text (a duplicate key): escape what a terminal would act on.
  return `${terminalSafeJson(log, 2)}\n`;
};

/** Relative paths resolve against %SRCROOT% (the working folder); others are file: URIs. */
function artifactOf(file: string): { uri: string; uriBaseId?: string } {
  if (isAbsolute(file)) return { uri: pathToFileURL(file).href };
  return { uri: file.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SOURCE_ROOT };
}

function folderUri(folder: string): string {
  const href = pathToFileURL(folder).href;
  return href.endsWith('/') ? href : `${href}/`;
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

// The formats of `coop rollup`: each renderer imported only when chosen. The
// command offers exactly these keys as --format choices.
import type { Rollup } from './rollup.js';

export interface RollupFormat {
  /** What the file holds, for "coop: wrote ... to FILE". */
  what: string;
  suggestedFile: string;
  render: () => Promise<(report: Rollup, options: { cwd: string }) => string>;
}

export const ROLLUP_FORMATS = {
  html: {
    what: 'the statewide page',
    suggestedFile: 'rollup.html',
    render: async () => (await import('./html.js')).renderRollupHtml,
  },
  csv: {
    what: 'the statewide table',
    suggestedFile: 'rollup.csv',
    render: async () => (await import('./csv.js')).renderRollupCsv,
  },
  json: {
    what: 'the statewide view as JSON',
    suggestedFile: 'rollup.json',
    render: async () => (await import('./json.js')).renderRollupJson,
  },
} satisfies Record<string, RollupFormat>;
export type RollupFormatName = keyof typeof ROLLUP_FORMATS;

// The statewide view: a row per agency library, read one library at a time,
// and how many agencies meet each ITEC 5300 point. Every format renders this.
import { localDay } from '../../text/local-time.js';
import { addMonths } from '../../format/review.js';
import { WINDOW_MONTHS } from '../status/model.js';
import { POINT_IDS, type PointId } from './points.js';
import type { AgencyRow, RowOptions } from './row.js';
import { agencyRows } from './rows.js';
import type { AgencySource } from './sources.js';

export interface PointSummary {
  met: number;
  notMet: number;
  notRecorded: number;
}

export interface Rollup {
  /** The day everything was judged on, YYYY-MM-DD. */
  today: string;
  /** The first day of "the last 12 months". */
  windowStart: string;
  agencies: number;
  /** Agencies whose folder could not be read at all. */
  unreadable: number;
  /** Agencies whose library has files that could not be loaded. */
  broken: number;
  runbooks: number;
  points: Record<PointId, PointSummary>;
  rows: AgencyRow[];
}

export async function rollup(
  sources: readonly AgencySource[],
  options: RowOptions,
  env: NodeJS.ProcessEnv = {},
): Promise<Rollup> {
  const today = localDay(options.now);
  const points = Object.fromEntries(POINT_IDS.map((id) => [id, { met: 0, notMet: 0, notRecorded: 0 }])) as Record<
    PointId,
    PointSummary
  >;
  // One library alive at a time on each thread: each is loaded, judged into its row and dropped.
  const rows: AgencyRow[] = await agencyRows(sources, options, env);
  for (const row of rows) {
    for (const id of POINT_IDS) {
      const status = row.points[id];
      if (status === 'met') points[id].met++;
      else if (status === 'not-met') points[id].notMet++;
      else points[id].notRecorded++;
    }
  }
  return {
    today,
    windowStart: addMonths(today, -WINDOW_MONTHS),
    agencies: rows.length,
    unreadable: rows.filter((r) => !r.readable).length,
    broken: rows.filter((r) => r.readable && r.brokenFiles > 0).length,
    runbooks: rows.reduce((sum, r) => sum + r.runbooks, 0),
    points,
    rows,
  };
}

// The filters of `coop incidents`, checked before any journal is read: a date
// that is not a date is the person's mistake and gets one line and exit 2,
// never an empty list that looks like "no incidents".
import { isRealDate } from '../../format/model.js';
import { localDay } from '../../text/local-time.js';
import { safeLine } from '../../text/sanitize.js';
import { UserError } from '../../system/errors.js';
import type { IncidentStatus, IncidentSummary } from '../../journal/summary.js';

export interface FilterOptions {
  runbook?: string;
  status?: IncidentStatus;
  since?: string;
  until?: string;
  drills?: boolean;
  real?: boolean;
}

export interface IncidentFilter {
  runbook?: string;
  status?: IncidentStatus;
  /** Local days, YYYY-MM-DD, both included. */
  since?: string;
  until?: string;
  kind?: 'drill' | 'real';
}

function day(option: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!isRealDate(value))
    throw new UserError(
      `${option} ${JSON.stringify(safeLine(value))} is not a date; write it YYYY-MM-DD, like 2026-01-31`,
    );
  return value;
}

export function incidentFilter(options: FilterOptions): IncidentFilter {
  if (options.drills && options.real)
    throw new UserError('--drills and --real together leave nothing to list; give one of them, or neither for both');
  const filter: IncidentFilter = {};
  if (options.runbook !== undefined) filter.runbook = options.runbook;
  if (options.status !== undefined) filter.status = options.status;
  const since = day('--since', options.since);
  const until = day('--until', options.until);
  if (since && until && since > until)
    throw new UserError(`--since ${since} is after --until ${until}; nothing can be in between`);
  if (since) filter.since = since;
  if (until) filter.until = until;
  if (options.drills) filter.kind = 'drill';
  if (options.real) filter.kind = 'real';
  return filter;
}

export function isFiltered(filter: IncidentFilter): boolean {
  return Object.keys(filter).length > 0;
}

/** Dates are the local day each incident started on, as the table shows it. */
export function matches(filter: IncidentFilter, incident: IncidentSummary): boolean {
  const started = localDay(new Date(incident.startedAt));
  return (
    (filter.runbook === undefined || incident.runbook === filter.runbook) &&
    (filter.status === undefined || incident.status === filter.status) &&
    (filter.since === undefined || started >= filter.since) &&
    (filter.until === undefined || started <= filter.until) &&
    (filter.kind === undefined || incident.drill === (filter.kind === 'drill'))
  );
}

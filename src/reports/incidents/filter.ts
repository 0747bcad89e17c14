// The filters of `coop incidents`, checked before any journal is read: filters
// that leave nothing to list are the person's mistake and get one line and
// exit 2, never an empty list that looks like "no incidents". (A date that is
// not a day is refused as it is typed: src/main/commands/incidents.ts.)
import { localDay } from '../../text/local-time.js';
import { UserError } from '../../system/errors.js';
import type { IncidentStatus, IncidentSummary } from '../../journal/summary.js';

export interface FilterOptions {
  runbook?: string;
  status?: IncidentStatus;
  /** Local days, YYYY-MM-DD. */
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

export function incidentFilter(options: FilterOptions): IncidentFilter {
  if (options.drills && options.real)
    throw new UserError('--drills and --real together leave nothing to list; give one of them, or neither for both');
  const filter: IncidentFilter = {};
  if (options.runbook !== undefined) filter.runbook = options.runbook;
  if (options.status !== undefined) filter.status = options.status;
  const { since, until } = options;
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
    // One started by mistake is neither a real incident nor a drill.
    (filter.kind === undefined || (!incident.startedByMistake && incident.drill === (filter.kind === 'drill')))
  );
}

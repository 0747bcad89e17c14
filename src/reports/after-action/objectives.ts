// Time to resolution against each system's recovery time objective (RTO):
// what ITEC 5300 and NIST SP 800-34 ask an after-action review to look at.
// A system without an RTO says so, rather than passing by default.
import { durationMs } from '../../format/model.js';
import type { RunbookView } from '../../library/view.js';
import { formatDuration } from '../../text/duration.js';
import type { IncidentSummary } from '../../journal/summary.js';

export type ObjectiveVerdict = 'met' | 'exceeded' | 'running' | 'ran-out' | 'no-rto' | 'cannot-judge';

export interface Objective {
  system: string;
  name: string;
  rto?: string;
  rpo?: string;
  verdict: ObjectiveVerdict;
  /** The verdict in a sentence. */
  text: string;
}

/** `timeTrouble`: why the journal's times cannot be trusted (clocks that disagree); then no verdict is given. */
export function objectivesOf(
  view: RunbookView,
  incident: IncidentSummary,
  now: Date,
  timeTrouble?: string,
): Objective[] {
  const ended = incident.status === 'ended';
  // An incident not ended is measured to the time of the report: the outage may still be going on.
  const elapsed = ended ? incident.durationMs : Math.max(0, now.getTime() - Date.parse(incident.startedAt));
  const took = ended
    ? `${incident.outcome === 'failed' ? 'Ended at a failed check' : 'Completed'} in ${formatDuration(elapsed)}`
    : `Not finished: ${formatDuration(elapsed)} since the start, at the time of this report`;
  return view.systems.map((system) => {
    const base = {
      system: system.id,
      name: system.name,
      ...(system.rto ? { rto: system.rto } : {}),
      ...(system.rpo ? { rpo: system.rpo } : {}),
    };
    if (timeTrouble !== undefined)
      return {
        ...base,
        verdict: 'cannot-judge' as const,
        text: `Cannot be judged: ${timeTrouble}, so the time to resolution is not known.`,
      };
    // Closed before its end: whatever became of the system, the walk does not say it was back.
    if (incident.outcome === 'closed')
      return {
        ...base,
        verdict: 'cannot-judge' as const,
        text: `Cannot be judged: the incident was closed before the end of the runbook, after ${formatDuration(elapsed)}, so the record does not tell how long the outage of ${system.name} lasted${system.rto ? ` (its RTO is ${system.rto})` : ''}.`,
      };
    if (!system.rto)
      return {
        ...base,
        verdict: 'no-rto' as const,
        text: `No RTO defined: the plan does not say how long ${system.name} may be down. ${took}.`,
      };
    const left = durationMs(system.rto) - elapsed;
    if (ended) {
      return left >= 0
        ? {
            ...base,
            verdict: 'met' as const,
            text: `${took}: within its RTO of ${system.rto} (${formatDuration(left)} to spare).`,
          }
        : {
            ...base,
            verdict: 'exceeded' as const,
            text: `${took}: its RTO of ${system.rto} was EXCEEDED by ${formatDuration(-left)}.`,
          };
    }
    return left >= 0
      ? {
          ...base,
          verdict: 'running' as const,
          text: `${took}: ${formatDuration(left)} left of its RTO of ${system.rto}.`,
        }
      : {
          ...base,
          verdict: 'ran-out' as const,
          text: `${took}: its RTO of ${system.rto} ran out ${formatDuration(-left)} ago.`,
        };
  });
}

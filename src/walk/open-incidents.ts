// Which incident `coop resume` carries on when none is named: the one worked
// on most recently among those not ended, or, for a person at a terminal with
// several open, the one they choose.
import { localDayAndTime, localTimeOrDay } from '../text/local-time.js';
import { stepIndexById } from '../format/flow.js';
import { stepText, type Runbook } from '../format/model.js';
import { safeLine } from '../text/sanitize.js';
import { formatDuration } from '../text/duration.js';
import type { Prompter } from './drivers/prompter.js';
import { UserError } from '../system/errors.js';
import { coopCommand } from '../system/invocation.js';
import type { JournalFolder } from '../journal/folder.js';
import { summarizeIncident, type IncidentSummary } from '../journal/summary.js';

/** Incidents not ended, the most recently active first. */
export function openIncidents(folder: JournalFolder): IncidentSummary[] {
  return folder.journals
    .map((j) => summarizeIncident(j.read.events))
    .filter((s) => s.status !== 'ended')
    .sort((a, b) => b.lastEventAt.localeCompare(a.lastEventAt) || b.startedAt.localeCompare(a.startedAt));
}

/** Where an open incident stands: by step number and words when the library still has its runbook, else by step id. */
function whereItStands(s: IncidentSummary, runbook: Runbook | undefined): string {
  const index = (runbook && s.at !== undefined ? stepIndexById(runbook).get(s.at) : undefined) ?? -1;
  const at = index >= 0 ? `step ${index + 1}: ${stepText(runbook!.steps[index]!)}` : (s.at ?? 'the end');
  return `${s.status === 'paused' ? 'paused' : 'stopped'} at ${safeLine(at)}`;
}

/** What a person tells incidents apart by: the runbook, where it stands and who worked on it. */
export function describeOpen(s: IncidentSummary, runbook?: Runbook): { name: string; description: string } {
  return {
    name: `${safeLine(s.title)}${s.drill ? ' (drill)' : ''}: ${whereItStands(s, runbook)} · ${s.people.map(safeLine).join(', ')}`,
    description: `${s.id} · started ${localDayAndTime(new Date(s.startedAt))} · last step ${localDayAndTime(new Date(s.lastEventAt))}, ${formatDuration(s.durationMs)} in`,
  };
}

/** An open incident as `coop incident` offers it before the runbooks: carry on rather than start again. */
export interface CarryOn {
  incident: string;
  runbook: string;
  /** "Carry on: Losing power during office hours, started 09:12 by Alice" */
  name: string;
  description: string;
}

/** `runbook`, when the library still has it, names the step where the walk stands by its number. */
export function carryOnChoice(s: IncidentSummary, now: Date, runbook?: Runbook): CarryOn {
  return {
    incident: s.id,
    runbook: s.runbook,
    name: `Carry on: ${safeLine(s.title)}${s.drill ? ' (drill)' : ''}, started ${localTimeOrDay(new Date(s.startedAt), now)} by ${safeLine(s.startedBy)}`,
    description: `${s.id} · ${whereItStands(s, runbook)}`,
  };
}

export interface Chosen {
  id: string;
  /** Said on stderr when coop chose for the person among several. */
  note?: string;
}

export interface OpenChoice {
  prompter: Prompter | undefined;
  env: NodeJS.ProcessEnv;
  /** The library's runbook of that id, if it has one: to say where each incident stands in its words. */
  runbookOf: (id: string) => Runbook | undefined;
  /** Only the incidents of this runbook (`coop resume power-loss`). */
  runbook?: string;
}

export async function chooseOpenIncident(folder: JournalFolder, choice: OpenChoice): Promise<Chosen> {
  const coop = coopCommand(choice.env);
  const all = openIncidents(folder);
  const open = choice.runbook === undefined ? all : all.filter((s) => s.runbook === choice.runbook);
  const where = safeLine(folder.display);
  if (open.length === 0) {
    if (choice.runbook !== undefined)
      throw new UserError(
        `no open incident of the runbook ${safeLine(choice.runbook)} in ${where}${all.length ? ` (${all.length} of other runbooks: ${coop} resume alone offers them)` : ''}; ${coop} incident ${safeLine(choice.runbook)} starts one, ${coop} incidents lists those recorded`,
      );
    if (!folder.exists)
      throw new UserError(
        `no incident has been recorded in ${where} (the folder does not exist); give --journal-dir if the journals are kept elsewhere`,
      );
    const ended = folder.journals.length;
    throw new UserError(
      `no open incident in ${where}${ended ? `: ${ended === 1 ? 'the one recorded has' : `all ${ended} recorded have`} ended` : ''}; ${coop} incidents lists them, ${coop} report <incident-id> tells what happened`,
    );
  }
  const newest = open[0]!;
  if (open.length === 1) return { id: newest.id };
  if (!choice.prompter) {
    return {
      id: newest.id,
      note: `resuming ${newest.id}, the most recently active of ${open.length} open incidents${choice.runbook === undefined ? '' : ` of ${safeLine(choice.runbook)}`}; to carry on another, name it: ${coop} resume <incident-id> (${coop} incidents lists them, with their status)`,
    };
  }
  const id = await choice.prompter.select(
    'Which incident do you carry on?',
    open.map((s) => ({ ...describeOpen(s, choice.runbookOf(s.runbook)), value: s.id })),
  );
  return { id };
}

// What an update step and `coop update` share: who an update goes to, and the
// draft with its text-message count (the counter is loaded only here).
import { edgesOf, stepIndexById } from '../format/flow.js';
import { isUpdateStep, updateEveryMs } from '../format/updates.js';
import type { Runbook } from '../format/model.js';
import type { JournalEvent } from '../journal/events.js';
import type { RunbookView } from '../library/view.js';
import type { WalkState } from './engine.js';
import { draftUpdate, type UpdateDraft } from './update-draft.js';

/** The contacts of the step the update is for (else of the runbook's first update step), else the runbook's notify list. */
export function updateRecipients(runbook: Runbook, view: RunbookView, at?: number): string[] {
  const atStep = at === undefined ? undefined : runbook.steps[at];
  const index = atStep && isUpdateStep(atStep) ? at! : runbook.steps.findIndex(isUpdateStep);
  const contacts = index >= 0 ? view.steps[index]!.contacts : [];
  return (contacts.length ? contacts : view.notify).map((c) => c.name);
}

export interface DraftRequest {
  runbook: Runbook;
  events: readonly JournalEvent[];
  now: Date;
  person: string;
  /** The step the walk stands at, whose cadence counts when it is an update step. */
  at?: number;
  /** --update-every, over the runbook's. */
  everyMs?: number;
}

export async function draftFor(request: DraftRequest): Promise<UpdateDraft> {
  const { measureSms } = await import('../vendor/sms.js');
  const { runbook, at } = request;
  const everyMs = request.everyMs ?? updateEveryMs(runbook, at === undefined ? undefined : runbook.steps[at]);
  return draftUpdate({ ...request, everyMs, measure: measureSms });
}

/** "1 text message (142 characters)", "2 text messages (230 characters, UCS-2)": what the person is told. */
export function smsWords(draft: UpdateDraft): string {
  const { segments, characters, encoding } = draft.sms;
  const size = `${characters} characters${encoding === 'UCS-2' ? ', UCS-2' : ''}`;
  return segments === 1 ? `fits one text message (${size})` : `${segments} text messages (${size}): longer than one`;
}

/**
 * A question that leads back to an update step ("Services back? No"): the
 * walk waits on it between updates. A question that leads on to the first
 * update ("Is the Director in? No") has no update to wait after.
 */
export function waitsForUpdate(runbook: Runbook, index: number): boolean {
  const step = runbook.steps[index];
  if (step?.kind !== 'decision') return false;
  return edgesOf(runbook, index).some(
    (e) =>
      e.target.kind === 'step' &&
      isUpdateStep(runbook.steps[e.target.index]!) &&
      leadsTo(runbook, e.target.index, index),
  );
}

/** Whether a walk from step `from` can arrive at step `to`. */
function leadsTo(runbook: Runbook, from: number, to: number): boolean {
  const ids = stepIndexById(runbook);
  const seen = new Set<number>([from]);
  const backlog = [from];
  while (backlog.length > 0) {
    for (const edge of edgesOf(runbook, backlog.pop()!, ids)) {
      if (edge.target.kind !== 'step' || seen.has(edge.target.index)) continue;
      if (edge.target.index === to) return true;
      seen.add(edge.target.index);
      backlog.push(edge.target.index);
    }
  }
  return false;
}

/** When the next update is due: the last one's promise, else a cadence after the start. */
export function nextUpdateDue(runbook: Runbook, state: WalkState, everyMs?: number): Date {
  if (state.lastUpdate) return new Date(state.lastUpdate.nextDueAt);
  return new Date(Date.parse(state.startedAt) + (everyMs ?? updateEveryMs(runbook)));
}

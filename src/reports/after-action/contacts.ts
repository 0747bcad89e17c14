// The people the runbook called for during this incident, with how to reach
// them: its notify list, and every contact of a step the walk reached.
import type { JournalEvent } from '../../journal/events.js';
import { notifyWhen, type ContactView, type RunbookView } from '../../library/view.js';

export interface CalledContact {
  contact: ContactView;
  /** Why: "notify before step 1", "step 4: Keep the Executive Director updated". */
  calledFor: string[];
}

export function contactsCalledFor(view: RunbookView, events: readonly JournalEvent[]): CalledContact[] {
  const called = new Map<string, CalledContact>();
  const add = (contact: ContactView, why: string) => {
    const entry = called.get(contact.id) ?? { contact, calledFor: [] };
    if (!entry.calledFor.includes(why)) entry.calledFor.push(why);
    called.set(contact.id, entry);
  };
  for (const c of view.notify) add(c, `to be told ${notifyWhen(view)}`);
  // A step the walk arrived at was on screen, contacts and all, even if nothing was recorded at it yet.
  const reached = new Set<string | null>();
  for (const e of events) {
    reached.add(e.step);
    if ('next' in e) reached.add(e.next);
  }
  for (const step of view.steps) {
    if (!reached.has(step.id)) continue;
    for (const c of step.contacts) add(c, `step ${step.number}: ${step.text}`);
  }
  return [...called.values()];
}

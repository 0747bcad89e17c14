// What coop says of an incident walked in two places at once: a phone walking
// it in the go-kit while it was carried on at a computer. Said before it
// happens (coop resume and coop update of an incident that came from a phone
// and has not been carried on at a computer yet: the phone may still be
// walking it), and after (the phone's later record, which coop import keeps
// apart: where the two part, and where the one kept apart stands). Text from
// the journals is made safe here; the caller prints it as it is.
import { stepIndexById } from '../format/flow.js';
import type { Runbook } from '../format/model.js';
import type { JournalEvent, StartedEvent } from '../journal/events.js';
import { relationOf } from '../journal/kept-apart.js';
import { summarizeIncident } from '../journal/summary.js';
import { localDayAndTime } from '../text/local-time.js';
import { safeLine } from '../text/sanitize.js';
import { assertNever } from '../system/errors.js';

/** "step 3": the step an event concerns, numbered as coop show and the binder number it; its id when the runbook lacks it. */
export function stepNamed(runbook: Runbook, step: string | null): string {
  const index = step === null ? undefined : stepIndexById(runbook).get(step);
  return index === undefined ? `step ${safeLine(step ?? '?')}` : `step ${index + 1}`;
}

/** Whose record the one kept apart is: the phone's, when the incident began in the go-kit. */
export function keptRecordName(started: StartedEvent): string {
  return started.kit ? "the phone's record" : 'the record imported';
}

/** Where a record stands at its last event: "it ended 2026-12-01 10:42, the runbook completed", "it was last at step 5, 2026-12-01 10:12". */
export function whereRecordStands(runbook: Runbook, events: readonly JournalEvent[]): string {
  const summary = summarizeIncident(events);
  const last = localDayAndTime(new Date(summary.lastEventAt));
  if (summary.status !== 'ended') return `it was last at ${stepNamed(runbook, summary.at ?? null)}, ${last}`;
  const how =
    summary.outcome === 'closed'
      ? 'closed'
      : summary.outcome === 'failed'
        ? 'at a check that failed'
        : 'the runbook completed';
  return `it ended ${last}, ${how}`;
}

/** Why carrying an incident on here may leave two records of it, or has. */
export type WalkedElsewhere =
  /** It came from a phone and no computer has carried it on yet: the phone may well still be walking it. */
  | { kind: 'phone'; person: string; lastAt: string }
  /** The phone's record parted from this one already (coop import kept it apart). */
  | { kind: 'parted'; whose: string; step: string; person: string; stands: string };

/** `kept`: the events of the record kept apart from this journal, when there is one. */
export function walkedElsewhere(
  runbook: Runbook,
  journal: readonly JournalEvent[],
  kept: readonly JournalEvent[] | undefined,
): WalkedElsewhere | undefined {
  const started = journal[0] as StartedEvent;
  const relation = kept && relationOf(journal, kept);
  if (kept && relation?.kind === 'parted') {
    const first = kept[relation.at]!;
    return {
      kind: 'parted',
      whose: keptRecordName(started),
      step: stepNamed(runbook, first.step),
      person: safeLine(first.person),
      stands: whereRecordStands(runbook, kept),
    };
  }
  // Only coop resume writes `resumed` into a walk that came from a phone: the go-kit never pauses.
  if (!started.kit || journal.some((e) => e.type === 'resumed') || summarizeIncident(journal).status === 'ended')
    return undefined;
  return { kind: 'phone', person: safeLine(started.person), lastAt: localDayAndTime(new Date(journal.at(-1)!.ts)) };
}

/** What the resume card says of it; a command to type, when there is one, goes on a line of its own. */
export function beforeResuming(elsewhere: WalkedElsewhere, report: string): { text: string; command?: string } {
  switch (elsewhere.kind) {
    case 'phone':
      return {
        text: `This incident was walked on a phone with the go-kit by ${elsewhere.person}; what is recorded here ends at the last download from the phone (the last event here: ${elsewhere.lastAt}). If that phone is still walking it, go on in one place only: pause here and let the phone go on, or have them stop on the phone. What the phone records after this can no longer be added to this record (coop import keeps it apart).`,
      };
    case 'parted':
      return {
        text: `${capitalized(elsewhere.whose)} of this incident went on apart from this record at ${elsewhere.step} (${elsewhere.person}; ${elsewhere.stands}): what it did is not in this record. Read it before you carry the incident on here; both records:`,
        command: report,
      };
    default:
      return assertNever(elsewhere, 'walk elsewhere');
  }
}

/** What coop update says of it, in one line, before the update is recorded. */
export function beforeUpdating(elsewhere: WalkedElsewhere, report: string): string {
  switch (elsewhere.kind) {
    case 'phone':
      return `this incident was walked on a phone with the go-kit by ${elsewhere.person}, and what is recorded here ends at the last download from the phone (the last event here: ${elsewhere.lastAt}); if that phone is still walking it, an update recorded here means that what the phone records afterwards can no longer be added to this record (coop import keeps it apart): record the update on the phone, at its update step, or send it without recording it here`;
    case 'parted':
      return `${elsewhere.whose} of this incident went on apart from this record at ${elsewhere.step} (${elsewhere.person}; ${elsewhere.stands}), so an update drafted from this record knows nothing of what it did since; both records: ${report}`;
    default:
      return assertNever(elsewhere, 'walk elsewhere');
  }
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

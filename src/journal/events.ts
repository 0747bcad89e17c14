// The incident journal's event schema (docs/journal.md): one JSON object a
// line. The zod schemas are the one source of the types and of what the
// reader accepts; the walk engine produces these events and replays them.
import * as z from 'zod';
import { JOURNAL_VERSION, OLDEST_JOURNAL_VERSION } from './format.js';
import { RATING_CODES, type Rating } from '../format/hseep.js';

/** Where a step led: a step id, or `end`. */
const Next = z.string().min(1);

const envelope = {
  v: z.number().int().min(OLDEST_JOURNAL_VERSION).max(JOURNAL_VERSION),
  /** 1, 2, 3... in the order written: a resumed incident carries on the count. */
  seq: z.number().int().positive(),
  /** ISO 8601, UTC. */
  ts: z.string().min(1),
  incident: z.string().min(1),
  runbook: z.string().min(1),
  /** The step the event concerns: the step id as the journal names it. */
  step: z.string().min(1).nullable(),
  /** Who was at the keyboard: --as, else the login name. */
  person: z.string(),
};

export const StartedEvent = z.object({
  ...envelope,
  type: z.literal('started'),
  title: z.string(),
  drill: z.boolean(),
  /** `sha256:<hex>` of the runbook file's text, to tell later whether it changed. */
  runbookHash: z.string(),
  coopVersion: z.string(),
  /** The runbook file as shown to people, for the record. */
  runbookFile: z.string().optional(),
  /** Walked in the go-kit, in a browser (docs/kit.md): when that kit was exported, and its library's content hash. */
  kit: z.object({ exported: z.string(), library: z.string() }).optional(),
  /** `coop drill --exercise`: the exercise the drill was a player's part of, and its record when one was open. */
  exercise: z.string().optional(),
  exerciseRecord: z.string().optional(),
});

/** The step's words as they were shown (its instruction, question or check title): the runbook may change later. */
const shown = { wording: z.string().optional() };

export const StepDoneEvent = z.object({ ...envelope, type: z.literal('step-done'), ...shown, next: Next });
export const StepSkippedEvent = z.object({
  ...envelope,
  type: z.literal('step-skipped'),
  ...shown,
  reason: z.string(),
  next: Next,
});
export const AnsweredEvent = z.object({
  ...envelope,
  type: z.literal('answered'),
  ...shown,
  /** The answers that were offered, as the runbook wrote them. */
  choices: z.array(z.string()).optional(),
  answer: z.string(),
  next: Next,
});
export const NoteEvent = z.object({ ...envelope, type: z.literal('note'), text: z.string() });
/** A status update went out (issue 16); the walk stays where it is. */
export const UpdateEvent = z.object({
  ...envelope,
  type: z.literal('update'),
  /** The text as sent, after the person's edits. */
  text: z.string().min(1),
  /** Who it went to: contact names, or what --to said. */
  to: z.array(z.string().min(1)),
  /** ISO 8601, UTC: when the next update is due. */
  nextDueAt: z.string().min(1),
});

export const CheckStartedEvent = z.object({
  ...envelope,
  type: z.literal('check-started'),
  command: z.string(),
  timeoutMs: z.number().int().nonnegative(),
});

export const CheckOutcome = z.enum(['succeeded', 'failed']);
/** Who decided a check's outcome: its command, the person who checked by hand, or an answers file. */
export const CheckDecidedBy = z.enum(['command', 'person', 'answers']);

export const CheckResultEvent = z.object({
  ...envelope,
  type: z.literal('check-result'),
  ...shown,
  outcome: CheckOutcome,
  decidedBy: CheckDecidedBy,
  command: z.string(),
  exitCode: z.number().int().nullable().optional(),
  signal: z.string().nullable().optional(),
  timedOut: z.boolean().optional(),
  durationMs: z.number().nonnegative().optional(),
  /** stdout and stderr together, capped (see outputTruncated). */
  output: z.string().optional(),
  outputTruncated: z.boolean().optional(),
  /** Why the command could not be started at all. */
  error: z.string().optional(),
  next: Next,
});

export const PauseReason = z.enum([
  /** The person chose Pause. */
  'person',
  /** Ctrl-C, or the terminal went away. */
  'interrupted',
  /** Scripted use reached a decision the answers file does not answer. */
  'needs-answer',
  /** Scripted use reached a check step it was not allowed to run. */
  'needs-permission',
  /** Scripted answers would go round a loop for ever. */
  'loop',
]);

export const PausedEvent = z.object({
  ...envelope,
  type: z.literal('paused'),
  reason: PauseReason,
  detail: z.string().optional(),
});

/** Written by `coop resume`; a different person than before is a hand-over. */
export const ResumedEvent = z.object({
  ...envelope,
  type: z.literal('resumed'),
  previousPerson: z.string().optional(),
  /** As the `started` event says: kept again so that a flipped flag shows. */
  drill: z.boolean().optional(),
});

/**
 * Go back: the result of the step before the current one is taken back, and
 * the walk stands at that step again. Nothing is deleted: the answer taken
 * back stays in the journal, before this event.
 */
export const WentBackEvent = z.object({
  ...envelope,
  type: z.literal('went-back'),
  /** The step whose result is taken back, where the walk now stands. */
  to: z.string().min(1),
});

export const EndOutcome = z.enum(['completed', 'failed', 'closed']);
export const EndedEvent = z.object({
  ...envelope,
  type: z.literal('ended'),
  /** failed: the walk reached the end through a check that failed; closed: `coop close` ended it before the end. */
  outcome: EndOutcome,
  durationMs: z.number().nonnegative(),
  /** Why it was closed (`coop close --reason`). */
  reason: z.string().optional(),
  /**
   * `coop close --mistake`: it was started by mistake. The record stays, and
   * the plan's status and the roll-up count it as no incident and no drill.
   */
  mistake: z.boolean().optional(),
  /** As the `started` event says: kept again so that a flipped flag shows. */
  drill: z.boolean().optional(),
  /** Written by `coop resume` after the end was reached but its line was cut short by a crash. */
  recovered: z.boolean().optional(),
});

/**
 * `coop resume --reopen`: an incident ended by mistake is open again, at the
 * step it ended at. An end through the walk takes that step's result back
 * (it stays in the journal); a closed one stands where it was closed.
 */
export const ReopenedEvent = z.object({ ...envelope, type: z.literal('reopened') });
// An exercise record (`coop exercise run`) is a journal of its own in the same
// folder, written, locked and read the same way. Its events carry the same
// envelope: `incident` is the record's id, `runbook` the exercise's id, and
// `step` the inject an event concerns (null when none). It begins with
// `exercise-started` instead of `started`, and shares `note`, `paused`,
// `resumed` and `ended` with incidents.

export const ExerciseStartedEvent = z.object({
  ...envelope,
  type: z.literal('exercise-started'),
  title: z.string(),
  /** An example exercise (`example: true`), never a real one. */
  example: z.boolean(),
  /** `sha256:<hex>` of the exercise file's bytes, to tell later whether it changed. */
  exerciseHash: z.string(),
  exerciseFile: z.string().optional(),
  coopVersion: z.string(),
});

export const InjectReleasedEvent = z.object({
  ...envelope,
  type: z.literal('inject-released'),
  /** schedule: its time came; facilitator: released early by a key press. */
  releasedBy: z.enum(['schedule', 'facilitator']),
  /** When it was due (ISO 8601, UTC); the first inject has no due time: the facilitator opens the scenario with it. */
  due: z.string().optional(),
  /** The inject's words as they were shown. */
  text: z.string(),
});

export const FollowedStep = z.object({ runbook: z.string().min(1), step: z.string().min(1) });

export const PlayersRespondedEvent = z.object({
  ...envelope,
  type: z.literal('players-responded'),
  /** What the players decided, in the facilitator's words. */
  decision: z.string(),
  /** The runbook steps they followed. */
  followed: z.array(FollowedStep),
});

export const ScenarioEndedEvent = z.object({
  ...envelope,
  type: z.literal('scenario-ended'),
  /** How many injects had been released, of how many. */
  released: z.number().int().nonnegative(),
  of: z.number().int().nonnegative(),
});

export const RatedEvent = z.object({
  ...envelope,
  type: z.literal('rated'),
  /** An objective, or the expected action of an inject. */
  subject: z.enum(['objective', 'inject']),
  id: z.string().min(1),
  rating: z.enum(RATING_CODES as [Rating, ...Rating[]]),
  notes: z.string(),
});

export const HotWashEvent = z.object({
  ...envelope,
  type: z.literal('hot-wash'),
  strengths: z.array(z.string()),
  improvements: z.array(z.string()),
});

export const CorrectiveActionEvent = z.object({
  ...envelope,
  type: z.literal('corrective-action'),
  action: z.object({
    id: z.string().min(1),
    area: z.string().optional(),
    action: z.string(),
    owner: z.string(),
    due: z.string(),
    runbook: z.string(),
  }),
});

export const JournalEvent = z.discriminatedUnion('type', [
  StartedEvent,
  StepDoneEvent,
  StepSkippedEvent,
  AnsweredEvent,
  NoteEvent,
  UpdateEvent,
  CheckStartedEvent,
  CheckResultEvent,
  PausedEvent,
  ResumedEvent,
  WentBackEvent,
  EndedEvent,
  ReopenedEvent,
  ExerciseStartedEvent,
  InjectReleasedEvent,
  PlayersRespondedEvent,
  ScenarioEndedEvent,
  RatedEvent,
  HotWashEvent,
  CorrectiveActionEvent,
]);

export type StartedEvent = z.infer<typeof StartedEvent>;
export type AnsweredEvent = z.infer<typeof AnsweredEvent>;
export type CheckResultEvent = z.infer<typeof CheckResultEvent>;
export type PausedEvent = z.infer<typeof PausedEvent>;
export type EndedEvent = z.infer<typeof EndedEvent>;
export type UpdateEvent = z.infer<typeof UpdateEvent>;
export type ExerciseStartedEvent = z.infer<typeof ExerciseStartedEvent>;
export type CorrectiveActionEvent = z.infer<typeof CorrectiveActionEvent>;
export type FollowedStep = z.infer<typeof FollowedStep>;
export type JournalEvent = z.infer<typeof JournalEvent>;
export type EventType = JournalEvent['type'];
export type PauseReason = z.infer<typeof PauseReason>;
export type CheckOutcome = z.infer<typeof CheckOutcome>;
export type CheckDecidedBy = z.infer<typeof CheckDecidedBy>;
export type EndOutcome = z.infer<typeof EndOutcome>;

/** The fields every event carries, which the engine fills in. */
export type Envelope = Pick<JournalEvent, 'v' | 'seq' | 'ts' | 'incident' | 'runbook' | 'step' | 'person'>;

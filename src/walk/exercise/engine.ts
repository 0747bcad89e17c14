// The exercise engine, pure like the walk engine: `start` and `advance` turn
// what the facilitator enters into journal events and the state they lead
// to; `replay` rebuilds the state from an exercise record. All three go
// through the one `apply`, so a replayed record is the state it was written
// from. No I/O, no prompts, no clock: time is passed in.
//
// An exercise runs in three stages: play (injects released in order, the
// players' responses recorded), evaluation (each objective and each released
// inject's expected action rated, then the hot wash), and the improvement
// plan (corrective actions), after which it ends.
import type { Exercise } from '../../format/exercise-schema.js';
import type { Rating } from '../../format/hseep.js';
import { gapBeforeMs } from '../../format/scenario-time.js';
import { JOURNAL_VERSION } from '../../journal/format.js';
import { assertNever } from '../../system/errors.js';
import type {
  CorrectiveActionEvent,
  Envelope,
  ExerciseStartedEvent,
  FollowedStep,
  JournalEvent,
} from '../../journal/events.js';

export type ExerciseStage = 'play' | 'evaluation' | 'improvement' | 'ended';
export type RatedSubject = 'objective' | 'inject';
export type CorrectiveAction = CorrectiveActionEvent['action'];

export type ExerciseInput =
  | { type: 'release'; by: 'schedule' | 'facilitator'; due?: Date }
  | { type: 'respond'; inject: string; decision: string; followed: FollowedStep[] }
  | { type: 'note'; text: string; inject?: string }
  | { type: 'end-scenario' }
  | { type: 'rate'; subject: RatedSubject; id: string; rating: Rating; notes: string }
  | { type: 'hot-wash'; strengths: string[]; improvements: string[] }
  | { type: 'corrective-action'; action: CorrectiveAction }
  | { type: 'finish' }
  | { type: 'pause'; reason: 'person' | 'interrupted' }
  | { type: 'resume'; person: string };

interface Entry {
  at: string;
  person: string;
}

export interface Released extends Entry {
  inject: string;
  by: 'schedule' | 'facilitator';
  due?: string;
  text: string;
}

export interface Response extends Entry {
  inject: string;
  decision: string;
  followed: FollowedStep[];
}

export interface NoteEntry extends Entry {
  inject?: string;
  text: string;
}

export interface RatingEntry extends Entry {
  subject: RatedSubject;
  id: string;
  rating: Rating;
  notes: string;
}

export interface ExerciseState {
  record: string;
  exercise: string;
  title: string;
  example: boolean;
  exerciseHash: string;
  startedAt: string;
  /** Who is at the keyboard now. */
  person: string;
  people: string[];
  status: 'open' | 'paused' | 'ended';
  stage: ExerciseStage;
  released: Released[];
  responses: Response[];
  notes: NoteEntry[];
  /** One per subject: a later rating of the same subject replaces the earlier. */
  ratings: RatingEntry[];
  hotWash?: Entry & { strengths: string[]; improvements: string[] };
  actions: Array<Entry & { action: CorrectiveAction }>;
  pause?: { reason: string };
  /** The last time the facilitator carried on after a pause: the schedule counts from it. */
  resumedAt?: string;
  scenarioEndedAt?: string;
  endedAt?: string;
  seq: number;
}

export interface ExerciseStartOptions {
  record: string;
  person: string;
  exerciseHash: string;
  exerciseFile?: string;
  coopVersion: string;
}

export interface ExerciseAdvanced {
  state: ExerciseState;
  events: JournalEvent[];
}

/** A record that does not fit the exercise (an inject it no longer has, events in the wrong stage). */
export class ExerciseRecordError extends Error {
  override name = 'ExerciseRecordError';
  constructor(
    message: string,
    readonly seq: number,
  ) {
    super(message);
  }
}

export function startExercise(exercise: Exercise, options: ExerciseStartOptions, now: Date): ExerciseAdvanced {
  const started: ExerciseStartedEvent = {
    v: JOURNAL_VERSION,
    seq: 1,
    ts: now.toISOString(),
    incident: options.record,
    runbook: exercise.id,
    step: null,
    person: options.person,
    type: 'exercise-started',
    title: exercise.title,
    example: exercise.example === true,
    exerciseHash: options.exerciseHash,
    ...(options.exerciseFile !== undefined ? { exerciseFile: options.exerciseFile } : {}),
    coopVersion: options.coopVersion,
  };
  return { state: apply(exercise, undefined, started), events: [started] };
}

/** The inject the facilitator releases next, by index; undefined when every one is out. */
export function nextInject(exercise: Exercise, state: ExerciseState): number | undefined {
  return state.released.length < exercise.injects.length ? state.released.length : undefined;
}

/**
 * When the next inject is due: its gap in scenario time after the one before
 * it was released, counted from the resume when the exercise was paused in
 * between. The first has no time on the clock: it opens the scenario when the
 * facilitator has read it out.
 */
export function dueOf(exercise: Exercise, state: ExerciseState, index: number): Date | undefined {
  const last = state.released[state.released.length - 1];
  if (!last) return undefined;
  const anchors = [last.at, state.resumedAt].filter((t): t is string => t !== undefined);
  const anchor = Math.max(...anchors.map((t) => Date.parse(t)));
  return new Date(
    anchor +
      gapBeforeMs(
        exercise.injects.map((i) => i.at),
        index,
      ),
  );
}

/** Released injects whose players' response has not been recorded yet, in order. */
export function unanswered(state: ExerciseState): Released[] {
  return state.released.filter((r) => !state.responses.some((x) => x.inject === r.inject));
}

/** Whether any inject that exercises an objective was played: one that none was is not exercised, nor rated. */
export function objectiveExercised(state: ExerciseState, injects: readonly string[]): boolean {
  return state.released.some((r) => injects.includes(r.inject));
}

export function ratingOf(state: ExerciseState, subject: RatedSubject, id: string): RatingEntry | undefined {
  return state.ratings.find((r) => r.subject === subject && r.id === id);
}

export function advance(exercise: Exercise, state: ExerciseState, input: ExerciseInput, now: Date): ExerciseAdvanced {
  const person = input.type === 'resume' ? input.person : state.person;
  let seq = state.seq;
  const envelope = (step: string | null = null): Envelope => ({
    v: JOURNAL_VERSION,
    seq: ++seq,
    ts: now.toISOString(),
    incident: state.record,
    runbook: state.exercise,
    step,
    person,
  });
  let event: JournalEvent;
  switch (input.type) {
    case 'release': {
      const index = nextInject(exercise, state);
      const inject = index === undefined ? undefined : exercise.injects[index];
      if (!inject) throw new ExerciseRecordError('every inject has been released', seq + 1);
      event = {
        ...envelope(inject.id),
        type: 'inject-released',
        releasedBy: input.by,
        ...(input.due ? { due: input.due.toISOString() } : {}),
        text: inject.text,
      };
      break;
    }
    case 'respond':
      event = {
        ...envelope(input.inject),
        type: 'players-responded',
        decision: input.decision,
        followed: input.followed,
      };
      break;
    case 'note':
      event = { ...envelope(input.inject ?? null), type: 'note', text: input.text };
      break;
    case 'end-scenario':
      event = {
        ...envelope(),
        type: 'scenario-ended',
        released: state.released.length,
        of: exercise.injects.length,
      };
      break;
    case 'rate':
      event = {
        ...envelope(input.subject === 'inject' ? input.id : null),
        type: 'rated',
        subject: input.subject,
        id: input.id,
        rating: input.rating,
        notes: input.notes,
      };
      break;
    case 'hot-wash':
      event = { ...envelope(), type: 'hot-wash', strengths: input.strengths, improvements: input.improvements };
      break;
    case 'corrective-action':
      event = { ...envelope(), type: 'corrective-action', action: input.action };
      break;
    case 'finish':
      event = {
        ...envelope(),
        type: 'ended',
        outcome: 'completed',
        durationMs: Math.max(0, now.getTime() - Date.parse(state.startedAt)),
      };
      break;
    case 'pause':
      event = { ...envelope(), type: 'paused', reason: input.reason };
      break;
    case 'resume':
      event = {
        ...envelope(),
        type: 'resumed',
        ...(person !== state.person ? { previousPerson: state.person } : {}),
      };
      break;
  }
  return { state: apply(exercise, state, event), events: [event] };
}

/** The state a record's events lead to. Throws ExerciseRecordError where the record does not fit the exercise. */
export function replayExercise(exercise: Exercise, events: readonly JournalEvent[]): ExerciseState {
  let state: ExerciseState | undefined;
  for (const event of events) state = apply(exercise, state, event);
  if (!state) throw new ExerciseRecordError('the record has no events', 0);
  return state;
}

/** The one place an event changes the state: used by advance and by replay. */
function apply(exercise: Exercise, state: ExerciseState | undefined, event: JournalEvent): ExerciseState {
  const fail = (message: string): never => {
    throw new ExerciseRecordError(message, event.seq);
  };
  if (event.type === 'exercise-started') {
    if (state) fail('a second "exercise-started" event');
    return {
      record: event.incident,
      exercise: event.runbook,
      title: event.title,
      example: event.example,
      exerciseHash: event.exerciseHash,
      startedAt: event.ts,
      person: event.person,
      people: [event.person],
      status: 'open',
      stage: 'play',
      released: [],
      responses: [],
      notes: [],
      ratings: [],
      actions: [],
      seq: event.seq,
    };
  }
  if (!state) return fail(`the record begins with "${event.type}", not "exercise-started"`);
  if (state.status === 'ended') fail(`"${event.type}" comes after the exercise ended`);
  if (state.status === 'paused' && event.type !== 'resumed') fail(`"${event.type}" comes while the exercise is paused`);
  const s: ExerciseState = { ...state, seq: event.seq };
  const entry = { at: event.ts, person: event.person };
  const inStage = (stage: ExerciseStage) => {
    if (s.stage !== stage) fail(`"${event.type}" belongs to the ${stage} stage, but the exercise is in ${s.stage}`);
  };
  switch (event.type) {
    case 'inject-released': {
      inStage('play');
      const index = nextInject(exercise, s);
      const expected = index === undefined ? undefined : exercise.injects[index];
      if (!exercise.injects.some((i) => i.id === event.step))
        fail(`the record releases inject ${event.step}, which the exercise no longer has`);
      if (expected?.id !== event.step)
        fail(`inject ${event.step} is released out of order; the next inject is ${expected?.id ?? 'none'}`);
      return {
        ...s,
        released: [
          ...s.released,
          { ...entry, inject: event.step!, by: event.releasedBy, due: event.due, text: event.text },
        ],
      };
    }
    case 'players-responded':
      inStage('play');
      if (!s.released.some((r) => r.inject === event.step))
        fail(`a response to inject ${event.step}, which has not been released`);
      return {
        ...s,
        responses: [
          ...s.responses,
          { ...entry, inject: event.step!, decision: event.decision, followed: event.followed },
        ],
      };
    case 'note':
      return {
        ...s,
        notes: [...s.notes, { ...entry, text: event.text, ...(event.step ? { inject: event.step } : {}) }],
      };
    case 'scenario-ended':
      inStage('play');
      return { ...s, stage: 'evaluation', scenarioEndedAt: event.ts };
    case 'rated': {
      inStage('evaluation');
      const known =
        event.subject === 'objective'
          ? exercise.objectives.some((o) => o.id === event.id)
          : exercise.injects.some((i) => i.id === event.id);
      if (!known) fail(`a rating of ${event.subject} ${event.id}, which the exercise no longer has`);
      const rating: RatingEntry = {
        ...entry,
        subject: event.subject,
        id: event.id,
        rating: event.rating,
        notes: event.notes,
      };
      return {
        ...s,
        ratings: [...s.ratings.filter((r) => r.subject !== event.subject || r.id !== event.id), rating],
      };
    }
    case 'hot-wash':
      inStage('evaluation');
      return {
        ...s,
        stage: 'improvement',
        hotWash: { ...entry, strengths: event.strengths, improvements: event.improvements },
      };
    case 'corrective-action':
      inStage('improvement');
      if (s.actions.some((a) => a.action.id === event.action.id))
        fail(`corrective action ${event.action.id} is recorded twice`);
      return { ...s, actions: [...s.actions, { ...entry, action: event.action }] };
    case 'paused':
      return { ...s, status: 'paused', pause: { reason: event.reason } };
    case 'resumed': {
      const { pause: _pause, ...rest } = s;
      return {
        ...rest,
        status: 'open',
        person: event.person,
        people: s.people.includes(event.person) ? s.people : [...s.people, event.person],
        resumedAt: event.ts,
      };
    }
    case 'ended':
      inStage('improvement');
      return { ...s, status: 'ended', stage: 'ended', endedAt: event.ts };
    case 'started':
    case 'step-done':
    case 'step-skipped':
    case 'answered':
    case 'check-started':
    case 'check-result':
    case 'went-back':
    case 'reopened':
    case 'update':
      return fail(`"${event.type}" belongs to an incident's journal, not an exercise record`);
    default:
      return assertNever(event, 'journal event');
  }
}

// The walk engine: pure. `start` and `advance` turn a person's input into
// journal events and the state those events lead to; `replay` rebuilds the
// state from a journal. Both go through the one `apply`, so a replayed
// journal is the state it was written from, by construction. No I/O, no
// prompts, no clock: time is passed in. Where a step leads is flow.ts's
// reading, the same one lint and every view use.
import { edgesOf, END, stepIdAt, stepIndexById, type EdgeKind, type EdgeTarget } from '../format/flow.js';
import { durationMs, stepText, type Step, type StepKind } from '../format/model.js';
import { assertNever } from '../system/errors.js';
import type { Runbook } from '../format/model.js';
import { JOURNAL_VERSION } from '../journal/format.js';
import type {
  CheckDecidedBy,
  CheckOutcome,
  EndOutcome,
  Envelope,
  JournalEvent,
  PauseReason,
  StartedEvent,
} from '../journal/events.js';

/** A check's time limit when the runbook gives none. */
/** A check step's time limit when it gives none, as written in a runbook and in milliseconds. */
export const DEFAULT_CHECK_TIMEOUT = '60s';
export const DEFAULT_CHECK_TIMEOUT_MS = durationMs(DEFAULT_CHECK_TIMEOUT);

/** How long a check step's command may run. */
export function checkTimeoutMs(check: { timeout?: string }): number {
  return check.timeout ? durationMs(check.timeout) : DEFAULT_CHECK_TIMEOUT_MS;
}

export type WalkInput =
  | { type: 'done' }
  | { type: 'skip'; reason: string }
  | { type: 'note'; text: string }
  /** `person`: who sent it, when not the person walking (coop update). */
  | { type: 'update'; text: string; to: string[]; nextDueAt: string; person?: string }
  | { type: 'answer'; answer: string }
  | { type: 'check-started' }
  | ({ type: 'check-result'; outcome: CheckOutcome; decidedBy: CheckDecidedBy } & CheckDetails)
  | { type: 'pause'; reason: PauseReason; detail?: string }
  | { type: 'resume'; person: string }
  /** Take back the result of the step before this one (a mistaken answer), and stand there again. */
  | { type: 'back' }
  /** `coop close`: end the incident before the end of the runbook, saying why. */
  | { type: 'close'; reason: string; mistake?: boolean }
  /** `coop resume --reopen`: an ended incident is open again (paused) at the step it ended at. */
  | { type: 'reopen' };

/** What a command run adds to a check's result. */
export interface CheckDetails {
  exitCode?: number | null;
  signal?: string | null;
  timedOut?: boolean;
  durationMs?: number;
  output?: string;
  outputTruncated?: boolean;
  error?: string;
}

export type VisitResult =
  | { type: 'done' }
  | { type: 'skipped'; reason: string }
  | { type: 'answered'; answer: string }
  | ({ type: 'check'; outcome: CheckOutcome; decidedBy: CheckDecidedBy } & CheckDetails);

export interface Note {
  ts: string;
  person: string;
  text: string;
}

/** One arrival at a step: the path so far is the list of visits. */
export interface Visit {
  step: string;
  index: number;
  kind: StepKind;
  arrivedAt: string;
  result?: VisitResult;
  /** Who gave the result. */
  by?: string;
  notes: Note[];
}

export interface WalkState {
  incident: string;
  runbook: string;
  title: string;
  drill: boolean;
  runbookHash: string;
  startedAt: string;
  /** Who is at the keyboard now. */
  person: string;
  /** Everyone who has worked on the incident, in order. */
  people: string[];
  status: 'open' | 'paused' | 'ended';
  /** Index of the step the walk is at; undefined once it has ended. */
  at?: number;
  pause?: { reason: PauseReason; detail?: string };
  outcome?: EndOutcome;
  endedAt?: string;
  /** Why `coop close` ended it. */
  closedReason?: string;
  /** A check's command was started and has no result yet. */
  checkRunning: boolean;
  /** The last status update sent, and when the next is due. */
  lastUpdate?: { at: string; nextDueAt: string };
  visits: Visit[];
  /** The seq of the last event. */
  seq: number;
}

export interface StartOptions {
  incident: string;
  person: string;
  drill: boolean;
  runbookHash: string;
  coopVersion: string;
  runbookFile?: string;
  /** The go-kit the walk is made in, when it is made in a browser. */
  kit?: StartedEvent['kit'];
  /** A drill that is a player's part of an exercise (`coop drill --exercise`), and that exercise's open record. */
  exercise?: string;
  exerciseRecord?: string;
}

export interface Advanced {
  state: WalkState;
  events: JournalEvent[];
}

/** An input the current step cannot take: a driver's mistake, never the person's. */
export class WalkError extends Error {
  override name = 'WalkError';
}

/** A journal that does not fit the runbook (a step it names is gone, events out of order). */
export class ReplayError extends Error {
  override name = 'ReplayError';
  constructor(
    message: string,
    readonly seq: number,
  ) {
    super(message);
  }
}

export function start(runbook: Runbook, options: StartOptions, now: Date): Advanced {
  const started: StartedEvent = {
    v: JOURNAL_VERSION,
    seq: 1,
    ts: now.toISOString(),
    incident: options.incident,
    runbook: runbook.id,
    step: stepIdAt(runbook, 0),
    person: options.person,
    type: 'started',
    title: runbook.title,
    drill: options.drill,
    runbookHash: options.runbookHash,
    coopVersion: options.coopVersion,
    ...(options.runbookFile !== undefined ? { runbookFile: options.runbookFile } : {}),
    ...(options.kit !== undefined ? { kit: options.kit } : {}),
    ...(options.exercise !== undefined ? { exercise: options.exercise } : {}),
    ...(options.exerciseRecord !== undefined ? { exerciseRecord: options.exerciseRecord } : {}),
  };
  return { state: begin(runbook, started), events: [started] };
}

export function advance(runbook: Runbook, state: WalkState, input: WalkInput, now: Date): Advanced {
  if (input.type === 'reopen') return reopen(runbook, state, now);
  if (state.status === 'ended') throw new WalkError('the incident has ended');
  if (input.type === 'close') return close(runbook, state, input, now);
  // An update changes nothing of the walk, so a coordinator may send one while it is paused.
  if (state.status === 'paused' && input.type !== 'resume' && input.type !== 'update')
    throw new WalkError(`the incident is paused; resume it before "${input.type}"`);
  const at = state.at;
  if (at === undefined) throw new WalkError('the walk is at no step');
  const step = runbook.steps[at]!;
  const person =
    input.type === 'resume' ? input.person : input.type === 'update' ? (input.person ?? state.person) : state.person;
  let seq = state.seq;
  const envelope = (): Envelope => ({
    v: JOURNAL_VERSION,
    seq: ++seq,
    ts: now.toISOString(),
    incident: state.incident,
    runbook: state.runbook,
    step: stepIdAt(runbook, at),
    person,
  });
  /** The step, when it is of the kind the input is for. */
  const need = <K extends StepKind>(wanted: K): Extract<Step, { kind: K }> => {
    if (step.kind !== wanted)
      throw new WalkError(
        `step ${stepIdAt(runbook, at)} is ${article(step.kind)}, not ${article(wanted)}: it cannot take "${input.type}"`,
      );
    return step as Extract<Step, { kind: K }>;
  };
  const leadsTo = (edgeKind: EdgeKind, label?: string) => nextOf(runbook, at, edgeKind, label);
  // The words on the screen, kept with the answer: the runbook may be reworded later.
  const wording = stepText(step);

  let event: JournalEvent;
  switch (input.type) {
    case 'done':
      need('action');
      event = { ...envelope(), type: 'step-done', wording, next: leadsTo('next') };
      break;
    case 'skip':
      need('action');
      event = { ...envelope(), type: 'step-skipped', wording, reason: input.reason, next: leadsTo('next') };
      break;
    case 'answer': {
      need('decision');
      const choice = matchChoice(runbook, at, input.answer);
      if (choice === undefined)
        throw new WalkError(`"${input.answer}" is not an answer of step ${stepIdAt(runbook, at)}`);
      event = {
        ...envelope(),
        type: 'answered',
        wording,
        choices: choicesOf(runbook, at),
        answer: choice,
        next: leadsTo('choice', choice),
      };
      break;
    }
    case 'check-started': {
      const check = need('check');
      event = { ...envelope(), type: 'check-started', command: check.run, timeoutMs: checkTimeoutMs(check) };
      break;
    }
    case 'check-result': {
      const check = need('check');
      const { type: _type, outcome, decidedBy, ...details } = input;
      const next = leadsTo(outcome === 'succeeded' ? 'success' : 'failure');
      event = {
        ...envelope(),
        type: 'check-result',
        wording,
        outcome,
        decidedBy,
        command: check.run,
        ...details,
        next,
      };
      break;
    }
    case 'note':
      event = { ...envelope(), type: 'note', text: input.text };
      break;
    case 'update':
      event = { ...envelope(), type: 'update', text: input.text, to: input.to, nextDueAt: input.nextDueAt };
      break;
    case 'pause':
      event = {
        ...envelope(),
        type: 'paused',
        reason: input.reason,
        ...(input.detail !== undefined ? { detail: input.detail } : {}),
      };
      break;
    case 'resume':
      event = {
        ...envelope(),
        type: 'resumed',
        ...(person !== state.person ? { previousPerson: state.person } : {}),
        drill: state.drill,
      };
      break;
    case 'back': {
      const to = state.visits.at(-2);
      if (!to || state.checkRunning) throw new WalkError(`there is no step to go back to from step ${at + 1}`);
      event = { ...envelope(), type: 'went-back', to: to.step };
      break;
    }
  }
  const events: JournalEvent[] = [event];
  const next = apply(runbook, draftOf(state), event);
  if (next.status === 'ended') {
    const ended: JournalEvent = {
      ...envelope(),
      type: 'ended',
      outcome: next.outcome ?? 'completed',
      durationMs: Math.max(0, now.getTime() - Date.parse(state.startedAt)),
      drill: state.drill,
    };
    events.push(ended);
    apply(runbook, next, ended);
  }
  return { state: next, events };
}

/** Where the walk last stood: the step of its last visit. */
function lastStep(runbook: Runbook, state: WalkState): string {
  const visit = state.visits.at(-1);
  return visit ? visit.step : stepIdAt(runbook, 0);
}

function envelopeAt(state: WalkState, step: string | null, now: Date): Envelope {
  return {
    v: JOURNAL_VERSION,
    seq: state.seq + 1,
    ts: now.toISOString(),
    incident: state.incident,
    runbook: state.runbook,
    step,
    person: state.person,
  };
}

function close(
  runbook: Runbook,
  state: WalkState,
  { reason, mistake }: { reason: string; mistake?: boolean },
  now: Date,
): Advanced {
  const at = state.at === undefined ? null : (state.visits.at(-1)?.step ?? null);
  const ended: JournalEvent = {
    ...envelopeAt(state, at, now),
    type: 'ended',
    outcome: 'closed',
    durationMs: Math.max(0, now.getTime() - Date.parse(state.startedAt)),
    drill: state.drill,
    reason,
    ...(mistake ? { mistake: true } : {}),
  };
  return { state: apply(runbook, draftOf(state), ended), events: [ended] };
}

function reopen(runbook: Runbook, state: WalkState, now: Date): Advanced {
  if (state.status !== 'ended') throw new WalkError('only an incident that has ended can be reopened');
  const event: JournalEvent = { ...envelopeAt(state, lastStep(runbook, state), now), type: 'reopened' };
  return { state: apply(runbook, draftOf(state), event), events: [event] };
}

/**
 * A copy of a state that `apply` may change without changing the original:
 * the list of visits, and the last visit (the only one an event can touch).
 * Replay needs no copies; this keeps a walk's earlier states as they were.
 */
function draftOf(state: WalkState): WalkState {
  const visits = state.visits.slice();
  const last = visits.length - 1;
  if (last >= 0) visits[last] = { ...visits[last]!, notes: visits[last]!.notes.slice() };
  return { ...state, visits };
}

/**
 * The `ended` event of a walk that reached its end but whose `ended` line was
 * cut short by a crash: at the time of the last event, marked as recovered.
 * Made from the journal alone, so it can be written when the runbook is gone.
 */
export function missingEnd(started: StartedEvent, last: JournalEvent, outcome: EndOutcome): JournalEvent {
  return {
    v: JOURNAL_VERSION,
    seq: last.seq + 1,
    ts: last.ts,
    incident: started.incident,
    runbook: started.runbook,
    step: last.step,
    person: last.person,
    type: 'ended',
    outcome,
    durationMs: Math.max(0, Date.parse(last.ts) - Date.parse(started.ts)) || 0,
    drill: started.drill,
    recovered: true,
  };
}

/** The state a journal's events lead to, in time linear in the events. Throws ReplayError where the journal does not fit the runbook. */
export function replay(runbook: Runbook, events: readonly JournalEvent[]): WalkState {
  let state: WalkState | undefined;
  for (const event of events) state = applyEvent(runbook, state, event);
  if (!state) throw new ReplayError('the journal has no events', 0);
  return state;
}

/**
 * One event onto a state the caller owns (replay changes it in place): the
 * first must be `started`. Throws ReplayError where the event does not fit.
 */
export function applyEvent(runbook: Runbook, state: WalkState | undefined, event: JournalEvent): WalkState {
  if (event.type === 'started') {
    if (state) throw new ReplayError('a second "started" event', event.seq);
    return begin(runbook, event);
  }
  if (!state) throw new ReplayError(`the journal begins with "${event.type}", not "started"`, event.seq);
  return apply(runbook, state, event);
}

/** The answers a decision step offers, as the runbook writes them. */
export function choicesOf(runbook: Runbook, index: number): string[] {
  const step = runbook.steps[index];
  return step?.kind === 'decision' ? step.choices.map((c) => c.answer) : [];
}

/** The answer as the runbook writes it, matched without regard to case or surrounding spaces. */
export function matchChoice(runbook: Runbook, index: number, answer: string): string | undefined {
  const step = runbook.steps[index];
  if (step?.kind !== 'decision') return undefined;
  const wanted = answer.trim().toLowerCase();
  return step.choices.find((c) => c.answer.trim().toLowerCase() === wanted)?.answer;
}

/** "an action", "a decision", "a check". */
export function article(kind: StepKind): string {
  switch (kind) {
    case 'action':
      return 'an action';
    case 'decision':
      return 'a decision';
    case 'check':
      return 'a check';
    default:
      return assertNever(kind, 'step kind');
  }
}

/**
 * Each runbook's id → index map, built once: the engine looks steps up on
 * every event of a walk and of a replay. A loaded runbook is never changed.
 */
const stepIndexes = new WeakMap<Runbook, Map<string, number>>();
function stepIndexOf(runbook: Runbook): Map<string, number> {
  let ids = stepIndexes.get(runbook);
  if (!ids) {
    ids = stepIndexById(runbook);
    stepIndexes.set(runbook, ids);
  }
  return ids;
}

function nextOf(runbook: Runbook, index: number, kind: EdgeKind, label?: string): string {
  const edges = edgesOf(runbook, index, stepIndexOf(runbook));
  const edge =
    kind === 'next'
      ? edges.find((e) => e.kind === 'next' || e.kind === 'fallthrough')
      : edges.find((e) => e.kind === kind && (label === undefined || e.label === label));
  if (!edge) throw new WalkError(`step ${stepIdAt(runbook, index)} has no way on for "${label ?? kind}"`);
  return targetName(runbook, edge.target, index);
}

function targetName(runbook: Runbook, target: EdgeTarget, from: number): string {
  if (target.kind === 'end') return END;
  if (target.kind === 'step') return stepIdAt(runbook, target.index);
  // walkProblems (walkable.ts) refuses such a runbook before a walk starts.
  throw new WalkError(
    `step ${stepIdAt(runbook, from)} leads to "${target.name}", which is not a step of ${runbook.id}`,
  );
}

function begin(runbook: Runbook, event: StartedEvent): WalkState {
  return arrive(
    runbook,
    {
      incident: event.incident,
      runbook: event.runbook,
      title: event.title,
      drill: event.drill,
      runbookHash: event.runbookHash,
      startedAt: event.ts,
      person: event.person,
      people: [event.person],
      status: 'open',
      checkRunning: false,
      visits: [],
      seq: event.seq,
    },
    event.step ?? stepIdAt(runbook, 0),
    event,
  );
}

/**
 * The one place an event changes the state: used by advance (on a draft) and
 * by replay. It changes `s` in place, so a replay costs the same for every
 * event however long the journal.
 */
function apply(runbook: Runbook, s: WalkState, event: JournalEvent): WalkState {
  switch (event.type) {
    case 'started':
      throw new ReplayError('a second "started" event', event.seq);
    case 'step-done':
      return move(runbook, s, event, { type: 'done' });
    case 'step-skipped':
      return move(runbook, s, event, { type: 'skipped', reason: event.reason });
    case 'answered':
      return move(runbook, s, event, { type: 'answered', answer: event.answer });
    case 'check-result': {
      const { outcome, decidedBy, exitCode, signal, timedOut, durationMs: ms, output, outputTruncated, error } = event;
      const details = Object.fromEntries(
        Object.entries({ exitCode, signal, timedOut, durationMs: ms, output, outputTruncated, error }).filter(
          ([, v]) => v !== undefined,
        ),
      ) as CheckDetails;
      const visit = lastVisit(s, event);
      s.checkRunning = false;
      return move(runbook, s, event, { type: 'check', outcome, decidedBy, ...details }, visit);
    }
    case 'check-started':
      lastVisit(s, event);
      s.seq = event.seq;
      s.checkRunning = true;
      return s;
    case 'note': {
      const visit = lastVisit(s, event);
      visit.notes.push({ ts: event.ts, person: event.person, text: event.text });
      s.seq = event.seq;
      // A note is written at a prompt: a command started before it is over (it could not run).
      s.checkRunning = false;
      return s;
    }
    case 'update':
      lastVisit(s, event);
      s.seq = event.seq;
      s.lastUpdate = { at: event.ts, nextDueAt: event.nextDueAt };
      return s;
    case 'paused':
      s.seq = event.seq;
      s.status = 'paused';
      s.checkRunning = false;
      s.pause = { reason: event.reason, ...(event.detail !== undefined ? { detail: event.detail } : {}) };
      return s;
    case 'resumed':
      s.seq = event.seq;
      delete s.pause;
      s.status = 'open';
      s.person = event.person;
      if (!s.people.includes(event.person)) s.people.push(event.person);
      return s;
    case 'ended':
      s.seq = event.seq;
      delete s.at;
      delete s.pause;
      s.status = 'ended';
      s.outcome = event.outcome;
      s.endedAt = event.ts;
      if (event.reason !== undefined) s.closedReason = event.reason;
      return s;
    case 'went-back':
      return goBack(s, event);
    case 'reopened':
      return reopened(s, event);
    case 'exercise-started':
    case 'inject-released':
    case 'players-responded':
    case 'scenario-ended':
    case 'rated':
    case 'hot-wash':
    case 'corrective-action':
      throw new ReplayError(
        `event ${event.seq} (${event.type}) belongs to an exercise record, not an incident`,
        event.seq,
      );
  }
}

/** The visit an event belongs to: the walk's last one, which must be at the event's step. */
function lastVisit(state: WalkState, event: JournalEvent): Visit {
  const visit = state.visits[state.visits.length - 1];
  if (state.status === 'ended')
    throw new ReplayError(`event ${event.seq} (${event.type}) comes after the walk reached its end`, event.seq);
  if (!visit || visit.step !== event.step)
    throw new ReplayError(
      `event ${event.seq} (${event.type}) is about step ${event.step}, but the walk is at ${visit?.step ?? 'no step'}`,
      event.seq,
    );
  return visit;
}

/** The visit before the last one is open again; the notes of the last one move to it, so none is lost. */
function goBack(state: WalkState, event: JournalEvent & { to: string }): WalkState {
  const left = lastVisit(state, event);
  const back = state.visits.at(-2);
  if (!back || back.step !== event.to)
    throw new ReplayError(`event ${event.seq} goes back to step ${event.to}, which is not the step before`, event.seq);
  const { result: _result, by: _by, ...reopened } = back;
  state.visits.splice(-2, 2, { ...reopened, notes: [...back.notes, ...left.notes] });
  state.at = back.index;
  state.seq = event.seq;
  return state;
}

/** Open again (paused, for `resume` to carry on) at the last visit; a closed walk's last visit has no result to take back. */
function reopened(state: WalkState, event: JournalEvent): WalkState {
  const last = state.visits.at(-1);
  if (state.status !== 'ended' || !last || last.step !== event.step)
    throw new ReplayError(`event ${event.seq} reopens an incident that has not ended at step ${event.step}`, event.seq);
  const { result: _result, by: _by, ...visit } = last;
  state.visits[state.visits.length - 1] = visit;
  delete state.outcome;
  delete state.endedAt;
  delete state.closedReason;
  state.status = 'paused';
  state.at = visit.index;
  state.pause = { reason: 'person' };
  state.seq = event.seq;
  return state;
}

/** True when the step's only way on with `input` is the end of the runbook: worth a second look before it ends. */
export function endsTheWalk(runbook: Runbook, index: number, input: WalkInput): boolean {
  switch (input.type) {
    case 'answer': {
      const choice = matchChoice(runbook, index, input.answer);
      return choice !== undefined && nextOf(runbook, index, 'choice', choice) === END;
    }
    case 'check-result':
      return nextOf(runbook, index, input.outcome === 'succeeded' ? 'success' : 'failure') === END;
    case 'done':
    case 'skip':
      return nextOf(runbook, index, 'next') === END;
    case 'note':
    case 'update':
    case 'check-started':
    case 'pause':
    case 'resume':
    case 'back':
    case 'close':
    case 'reopen':
      return false;
    default:
      return assertNever(input, 'walk input');
  }
}

function move(
  runbook: Runbook,
  state: WalkState,
  event: JournalEvent & { next: string },
  result: VisitResult,
  visit = lastVisit(state, event),
): WalkState {
  visit.result = result;
  visit.by = event.person;
  state.seq = event.seq;
  if (event.next === END) {
    // A check that failed on the way out is an incident that ended at a failed step.
    const failed = result.type === 'check' && result.outcome === 'failed';
    delete state.at;
    delete state.pause;
    state.status = 'ended';
    state.outcome = failed ? 'failed' : 'completed';
    state.endedAt = event.ts;
    return state;
  }
  return arrive(runbook, state, event.next, event);
}

function arrive(runbook: Runbook, state: WalkState, stepId: string, event: JournalEvent): WalkState {
  const index = stepIndexOf(runbook).get(stepId);
  if (index === undefined)
    throw new ReplayError(`the journal goes to step ${stepId}, which ${runbook.id} no longer has`, event.seq);
  state.visits.push({ step: stepId, index, kind: runbook.steps[index]!.kind, arrivedAt: event.ts, notes: [] });
  state.at = index;
  return state;
}

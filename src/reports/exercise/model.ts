// The after-action report and improvement plan (AAR/IP) of one exercise, as
// facts, after HSEEP's layout: the overview, each objective and expected
// action with its rating, the timeline of injects and decisions, strengths
// and areas for improvement, and the improvement plan. It is read from the
// exercise record (replayed against the exercise file, so a record that does
// not fit is refused, not believed), the library's improvements.yaml (where
// corrective actions live and are closed), and the drills the players
// walked as part of it. Markdown, HTML and JSON render this one model. Text
// is raw: each renderer escapes it for its format.
import { RATINGS, type Rating } from '../../format/hseep.js';
import type { JournalEvent, StartedEvent } from '../../journal/events.js';
import type { TornLine } from '../../journal/reader.js';
import type { Inconsistency } from '../../journal/consistency.js';
import { summarizeIncident, type IncidentStatus } from '../../journal/summary.js';
import type { ExerciseView, InjectView } from '../../library/exercise-view.js';
import { contactMap, findRunbook, type Library } from '../../library/library.js';
import { localDay } from '../../text/local-time.js';
import { assertNever } from '../../system/errors.js';
import {
  objectiveExercised,
  replayExercise,
  type CorrectiveAction,
  type ExerciseState,
  type RatingEntry,
} from '../../walk/exercise/engine.js';
import { expectedStepText } from '../../walk/exercise/screen.js';
import type { Exercise } from '../../format/exercise-schema.js';
import { improvementStatus, type ImprovementStatus } from '../../format/follow-up.js';
import { stepIdAt } from '../../format/flow.js';
import { stepText } from '../../format/model.js';

export interface RatingView {
  code: Rating;
  label: string;
  notes: string;
  by: string;
  at: string;
}

export interface ObjectiveReport {
  id: string;
  number: number;
  text: string;
  policy: string;
  /** The numbers of the injects that exercise it. */
  injects: number[];
  /** False when none of those injects was played (the scenario ended before them): it is not rated. */
  exercised: boolean;
  rating?: RatingView;
}

export interface ExpectedActionReport {
  inject: string;
  number: number;
  /** Scenario time. */
  at: string;
  text: string;
  expected: string;
  steps: string[];
  released: boolean;
  rating?: RatingView;
}

export interface ResponseReport {
  inject: number;
  at: string;
  person: string;
  decision: string;
  followed: string[];
}

export interface ExerciseTimelineEntry {
  at: string;
  person: string;
  /** The scenario time, for an inject. */
  scenario?: string;
  text: string;
}

export interface PlanItem {
  id: string;
  area?: string;
  action: string;
  owner: { id: string; name: string; known: boolean };
  due: string;
  runbook: { id: string; title?: string };
  status: ImprovementStatus;
  closed?: { on: string; change: string };
  /** False when it is in this record but not (yet) in improvements.yaml: coop status cannot follow it up. */
  inLibrary: boolean;
}

export interface PlayerWalk {
  incident: string;
  runbook: string;
  title: string;
  people: string[];
  startedAt: string;
  status: IncidentStatus;
  stepsDone: number;
}

export interface ExerciseReport {
  record: string;
  organization?: string;
  exercise: {
    id: string;
    title: string;
    example: boolean;
    date: string;
    scenario: string;
    file?: string;
    /** changed: the exercise file was edited since the record began; its current words are used. */
    state: 'unchanged' | 'changed';
    runbooks: Array<{ id: string; title?: string }>;
  };
  status: IncidentStatus;
  /** How it stands, in a sentence a Director reads first. */
  statusText: string;
  startedAt: string;
  endedAt?: string;
  lastEventAt: string;
  facilitators: string[];
  participants: Array<{ role: string; name: string }>;
  injectsReleased: number;
  objectives: ObjectiveReport[];
  expectedActions: ExpectedActionReport[];
  responses: ResponseReport[];
  timeline: ExerciseTimelineEntry[];
  strengths: string[];
  areasForImprovement: string[];
  improvementPlan: PlanItem[];
  playerWalks: PlayerWalk[];
  ratingScale: Array<{ code: Rating; label: string; definition: string }>;
  /** The record, and why it cannot be believed (line order, hash chain, times; empty when it can). */
  journal: { file: string; tornLine?: number; inconsistencies: Inconsistency[] };
  generatedAt: string;
  coopVersion: string;
}

export interface ExerciseReportInput {
  events: JournalEvent[];
  journalFile: string;
  torn?: TornLine;
  /** The journal's own checks (journal/consistency.ts) that the record fails. */
  inconsistencies: Inconsistency[];
  exercise: Exercise;
  view: ExerciseView;
  exerciseChanged: boolean;
  library: Library;
  /** The incident journals of the folder: the drills linked to this exercise are its players' walks. */
  incidents: JournalEvent[][];
  now: Date;
  coopVersion: string;
}

function ratingView(entry: RatingEntry | undefined): RatingView | undefined {
  if (!entry) return undefined;
  return { code: entry.rating, label: RATINGS[entry.rating].label, notes: entry.notes, by: entry.person, at: entry.at };
}

function statusText(state: ExerciseState, view: ExerciseView): string {
  if (state.status === 'ended') {
    const played = state.released.length;
    const of = view.injects.length;
    if (played >= of) return 'The exercise was held to its end: evaluated, with a hot wash and an improvement plan.';
    const unexercised = view.objectives
      .map((o, i) => (objectiveExercised(state, o.injects) ? undefined : `objective ${i + 1}`))
      .filter((o) => o !== undefined);
    const not = unexercised.length
      ? `; ${unexercised.join(', ')} ${unexercised.length === 1 ? 'was' : 'were'} not exercised`
      : '';
    return `The scenario was ended early, after ${played} of ${of} injects${not}. The exercise was then evaluated, with a hot wash and an improvement plan.`;
  }
  const where =
    state.stage === 'play'
      ? `during play, after ${state.released.length} inject(s)`
      : state.stage === 'evaluation'
        ? 'during the evaluation'
        : 'while the improvement plan was drawn up';
  return state.status === 'paused'
    ? `Not finished: the exercise is paused ${where}; coop exercise resume carries it on. What follows is the record so far.`
    : `Not finished: the exercise is going on ${where}, or coop stopped there without a pause. What follows is the record so far.`;
}

export function buildExerciseReport(input: ExerciseReportInput): ExerciseReport {
  const { exercise, view, library } = input;
  const state = replayExercise(exercise, input.events);
  const injectOf = (id: string) => view.injects.find((i) => i.id === id) as InjectView;
  const today = localDay(input.now);
  const report: ExerciseReport = {
    record: state.record,
    exercise: {
      id: view.id,
      title: view.title,
      example: view.example,
      date: view.date,
      scenario: view.scenario,
      ...(view.file !== undefined ? { file: view.file } : {}),
      state: input.exerciseChanged ? 'changed' : 'unchanged',
      runbooks: view.runbooks,
    },
    status: state.status,
    statusText: statusText(state, view),
    startedAt: state.startedAt,
    lastEventAt: input.events[input.events.length - 1]!.ts,
    facilitators: state.people,
    participants: view.participants.map((p) => ({ role: p.role, name: p.name })),
    injectsReleased: state.released.length,
    objectives: view.objectives.map((o, i) => {
      const item: ObjectiveReport = {
        id: o.id,
        number: i + 1,
        text: o.text,
        policy: o.policy,
        injects: o.injects.map((id) => injectOf(id).number),
        exercised: objectiveExercised(state, o.injects),
      };
      const rating = ratingView(state.ratings.find((r) => r.subject === 'objective' && r.id === o.id));
      if (rating) item.rating = rating;
      return item;
    }),
    expectedActions: view.injects.map((inject) => {
      const item: ExpectedActionReport = {
        inject: inject.id,
        number: inject.number,
        at: inject.at,
        text: inject.text,
        expected: inject.expected,
        steps: inject.steps.map(expectedStepText),
        released: state.released.some((r) => r.inject === inject.id),
      };
      const rating = ratingView(state.ratings.find((r) => r.subject === 'inject' && r.id === inject.id));
      if (rating) item.rating = rating;
      return item;
    }),
    responses: state.responses.map((r) => ({
      inject: injectOf(r.inject).number,
      at: r.at,
      person: r.person,
      decision: r.decision,
      followed: r.followed.map((f) => followedStepText(library, f.runbook, f.step)),
    })),
    timeline: timelineOf(input.events, view, library),
    strengths: state.hotWash?.strengths ?? [],
    areasForImprovement: state.hotWash?.improvements ?? [],
    improvementPlan: planOf(
      state.actions.map((a) => a.action),
      exercise.id,
      library,
      today,
    ),
    playerWalks: playerWalks(input.incidents, state, input.now),
    ratingScale: Object.entries(RATINGS).map(([code, r]) => ({
      code: code as Rating,
      label: r.label,
      definition: r.definition,
    })),
    journal: {
      file: input.journalFile,
      ...(input.torn ? { tornLine: input.torn.line } : {}),
      inconsistencies: input.inconsistencies,
    },
    generatedAt: input.now.toISOString(),
    coopVersion: input.coopVersion,
  };
  if (library.organization !== undefined) report.organization = library.organization;
  if (state.endedAt !== undefined) report.endedAt = state.endedAt;
  return report;
}

/** "power-loss step 3: Is the Executive Director in the office?", or the ids when the runbook no longer has it. */
function followedStepText(library: Library, runbookId: string, stepId: string): string {
  const runbook = findRunbook(library, runbookId)?.value;
  const index = runbook ? runbook.steps.findIndex((_, i) => stepIdAt(runbook, i) === stepId) : -1;
  if (!runbook || index === -1) return `${runbookId} step ${stepId}`;
  return `${runbookId} step ${index + 1}: ${stepText(runbook.steps[index]!)}`;
}

function timelineOf(events: readonly JournalEvent[], view: ExerciseView, library: Library): ExerciseTimelineEntry[] {
  const number = (id: string | null) => view.injects.find((i) => i.id === id)?.number ?? id;
  const out: ExerciseTimelineEntry[] = [];
  for (const e of events) {
    const add = (text: string, scenario?: string) =>
      out.push({ at: e.ts, person: e.person, ...(scenario !== undefined ? { scenario } : {}), text });
    switch (e.type) {
      case 'exercise-started':
        add('The exercise began.');
        break;
      case 'inject-released':
        add(
          // The first inject has no time to be early for: the facilitator opens the scenario with it (as the console says).
          `Inject ${number(e.step)} released ${e.releasedBy === 'schedule' ? 'on schedule' : number(e.step) === 1 ? 'by the facilitator, opening the scenario' : 'early, by the facilitator'}: ${e.text}`,
          view.injects.find((i) => i.id === e.step)?.at,
        );
        break;
      case 'players-responded':
        add(
          `The players, after inject ${number(e.step)}: ${e.decision}${e.followed.length ? ` (steps followed: ${e.followed.map((f) => followedStepText(library, f.runbook, f.step)).join('; ')})` : ' (no runbook step followed)'}`,
        );
        break;
      case 'note':
        add(`Note${e.step ? ` at inject ${number(e.step)}` : ''}: ${e.text}`);
        break;
      case 'scenario-ended':
        add(`The scenario ended after ${e.released} of ${e.of} injects; the evaluation began.`);
        break;
      case 'rated':
        add(
          `Rated ${e.subject === 'objective' ? `objective ${view.objectives.findIndex((o) => o.id === e.id) + 1}` : `the expected action of inject ${number(e.id)}`}: ${e.rating} - ${RATINGS[e.rating].label}.`,
        );
        break;
      case 'hot-wash':
        add(`Hot wash: ${e.strengths.length} strength(s), ${e.improvements.length} area(s) for improvement.`);
        break;
      case 'corrective-action':
        add(`Corrective action ${e.action.id}: ${e.action.action} (due ${e.action.due}).`);
        break;
      case 'paused':
        add(e.reason === 'person' ? 'Paused.' : 'Interrupted (Ctrl-C or the terminal closed); saved.');
        break;
      case 'resumed':
        add(e.previousPerson !== undefined ? `Resumed, taking over from ${e.previousPerson}.` : 'Resumed.');
        break;
      case 'ended':
        add('The exercise ended.');
        break;
      case 'started':
      case 'step-done':
      case 'step-skipped':
      case 'answered':
      case 'check-started':
      case 'check-result':
      case 'went-back':
      case 'reopened':
      case 'update':
        // An incident's events: replay has refused a record that holds them.
        break;
      default:
        assertNever(e, 'journal event');
    }
  }
  return out;
}

/**
 * The improvement plan: the record's corrective actions as improvements.yaml
 * has them now (it is where they are changed and closed), then those the file
 * gives this exercise that the record does not have (added by hand).
 */
function planOf(recorded: CorrectiveAction[], exerciseId: string, library: Library, today: string): PlanItem[] {
  const contacts = contactMap(library);
  const inLibrary = new Map(library.improvements.map((i) => [i.value.id, i.value]));
  const item = (a: CorrectiveAction & { closed?: { on: string; change: string } }, known: boolean): PlanItem => {
    const owner = contacts.get(a.owner);
    const title = findRunbook(library, a.runbook)?.value.title;
    const plan: PlanItem = {
      id: a.id,
      action: a.action,
      owner: { id: a.owner, name: owner?.name ?? a.owner, known: owner !== undefined },
      due: a.due,
      runbook: title !== undefined ? { id: a.runbook, title } : { id: a.runbook },
      status: improvementStatus(a, today),
      inLibrary: known,
    };
    if (a.area !== undefined) plan.area = a.area;
    if (a.closed) plan.closed = a.closed;
    return plan;
  };
  const fromRecord = recorded.map((a) => {
    const now = inLibrary.get(a.id);
    return now ? item(now, true) : item(a, false);
  });
  const ids = new Set(recorded.map((a) => a.id));
  const byHand = library.improvements
    .map((i) => i.value)
    .filter((i) => i.exercise === exerciseId && !ids.has(i.id))
    .map((i) => item(i, true));
  return [...fromRecord, ...byHand];
}

/** Drills run with --exercise for this exercise: named with this record, or, naming none, started while it ran. */
function playerWalks(incidents: JournalEvent[][], state: ExerciseState, now: Date): PlayerWalk[] {
  const from = Date.parse(state.startedAt);
  const until = state.endedAt !== undefined ? Date.parse(state.endedAt) : now.getTime();
  return incidents
    .filter((events) => {
      const started = events[0] as StartedEvent;
      if (started.exercise !== state.exercise) return false;
      if (started.exerciseRecord !== undefined) return started.exerciseRecord === state.record;
      const at = Date.parse(started.ts);
      return at >= from && at <= until;
    })
    .map((events) => {
      const s = summarizeIncident(events);
      return {
        incident: s.id,
        runbook: s.runbook,
        title: s.title,
        people: s.people,
        startedAt: s.startedAt,
        status: s.status,
        stepsDone: s.stepsDone,
      };
    })
    .sort((a, b) => a.startedAt.localeCompare(b.startedAt));
}

// The facilitator console: one exercise from where its record stands to its
// end. Each stage asks the facilitator what the engine needs next, and every
// event is in the record (written and synced) before the next question, as in
// a walk. Ctrl-C, a closed terminal or Pause write a "paused" event and end
// the console; the exercise carries on with coop exercise resume.
import type { Exercise } from '../../format/exercise-schema.js';
import type { JournalEvent } from '../../journal/events.js';
import type { WriteStatus } from '../../journal/writer.js';
import type { ExerciseView, InjectView } from '../../library/exercise-view.js';
import type { RunbookView } from '../../library/view.js';
import { localDay } from '../../text/local-time.js';
import { Interrupted } from '../../system/errors.js';
import { ratingText } from '../../format/hseep.js';
import {
  advance,
  dueOf,
  nextInject,
  objectiveExercised,
  ratingOf,
  unanswered,
  type ExerciseAdvanced,
  type ExerciseInput,
  type ExerciseState,
} from './engine.js';
import type { ActionChoices, Facilitator } from './facilitator.js';
import type { ExerciseScreen } from './screen.js';

export interface ConsoleParts {
  exercise: Exercise;
  view: ExerciseView;
  /** The exercised runbooks, for the steps the players followed. */
  runbooks: RunbookView[];
  screen: ExerciseScreen;
  journal: { append(events: readonly JournalEvent[]): WriteStatus };
  facilitator: Facilitator;
  /** What a corrective action is chosen from, on the day it is entered. */
  actionChoices(state: ExerciseState, today: string): ActionChoices;
  now: () => Date;
  signal: AbortSignal;
}

export type ConsoleEnd = { kind: 'ended'; state: ExerciseState } | { kind: 'paused'; state: ExerciseState };

/** Thrown inside the console to stop it with a pause; never escapes it. */
class Pause extends Error {
  constructor(readonly reason: 'person' | 'interrupted') {
    super(reason);
  }
}

export async function runConsole(parts: ConsoleParts, first: ExerciseAdvanced): Promise<ConsoleEnd> {
  const { exercise, view, screen, facilitator } = parts;
  let state = first.state;
  let journalTrouble = false;
  const record = (advanced: ExerciseAdvanced) => {
    state = advanced.state;
    const status = parts.journal.append(advanced.events);
    if (!status.ok && !journalTrouble)
      screen.say(`coop: the record cannot be written (${status.error}); what you enter is kept in memory and retried`);
    journalTrouble = !status.ok;
  };
  const take = (input: ExerciseInput) => record(advance(exercise, state, input, parts.now()));
  /** Asks, turning Ctrl-C and a pause choice into a Pause. */
  const ask = async <T>(question: () => Promise<T | 'pause'>): Promise<T> => {
    if (parts.signal.aborted) throw new Pause('interrupted');
    let answer: T | 'pause';
    try {
      answer = await question();
    } catch (error) {
      if (error instanceof Interrupted) throw new Pause('interrupted');
      throw error;
    }
    if (answer === 'pause') throw new Pause('person');
    return answer;
  };

  // The injects this console has shown: one released before a resume is shown again before its
  // response is asked for, so that whoever carries on sees what the players were given.
  const shown = new Set<string>();
  record(first);
  try {
    while (state.stage !== 'ended') {
      if (state.stage === 'play') await play();
      else if (state.stage === 'evaluation') await evaluate();
      else await improve();
    }
    return { kind: 'ended', state };
  } catch (error) {
    if (!(error instanceof Pause)) throw error;
    take({ type: 'pause', reason: error.reason });
    return { kind: 'paused', state };
  }

  /** One turn of play: a response still owed, or the wait for the next inject. */
  async function play(): Promise<void> {
    const owed = unanswered(state)[0];
    if (owed) {
      const inject = injectView(owed.inject);
      if (!shown.has(inject.id)) {
        shown.add(inject.id);
        screen.inject(inject, new Date(owed.at), owed.by, view.injects.indexOf(inject) === 0);
      }
      const response = await ask(() => facilitator.response(inject, parts.runbooks));
      take({ type: 'respond', inject: inject.id, ...response });
      return;
    }
    const index = nextInject(exercise, state);
    if (index === undefined) {
      const choice = await ask(() => facilitator.afterLastInject());
      if (choice === 'note') take({ type: 'note', text: await ask(() => facilitator.note()) });
      else take({ type: 'end-scenario' });
      return;
    }
    const inject = view.injects[index]!;
    const due = dueOf(exercise, state, index);
    const choice =
      due && parts.now() >= due ? 'due' : await ask(() => facilitator.waitForInject(inject, view.injects.length, due));
    if (choice === 'note') take({ type: 'note', text: await ask(() => facilitator.note()) });
    else if (choice === 'end-scenario') {
      // Chosen by mistake, it would cost every inject still to come: asked once more, as an incident's early end is.
      if (await ask(() => facilitator.confirmEndScenario(view.injects.length - index))) take({ type: 'end-scenario' });
    } else {
      const by = choice === 'due' ? 'schedule' : 'facilitator';
      take({ type: 'release', by, ...(due ? { due } : {}) });
      shown.add(inject.id);
      screen.inject(inject, parts.now(), by, index === 0);
    }
  }

  /** Every objective, then every released inject's expected action, rated once; then the hot wash. */
  async function evaluate(): Promise<void> {
    // An objective none of whose injects was played (the scenario ended before them) was not exercised:
    // not rated, and the report says so, rather than an evaluator's guess.
    const objective = view.objectives.find(
      (o) => !ratingOf(state, 'objective', o.id) && objectiveExercised(state, o.injects),
    );
    if (objective) {
      const number = view.objectives.indexOf(objective) + 1;
      const responses = state.responses.filter((r) => objective.injects.includes(r.inject));
      screen.toRate(`Objective ${number} of ${view.objectives.length} (${objective.policy})`, objective.text, [
        `Exercised by: ${objective.injects.map((id) => `inject ${injectView(id).number}`).join(', ') || 'no inject'}`,
        ...responses.map((r) => `Players, after inject ${injectView(r.inject).number}: ${r.decision}`),
      ]);
      const rated = await ask(() => facilitator.rate(`objective ${number}`));
      take({ type: 'rate', subject: 'objective', id: objective.id, ...rated });
      screen.line(`  Rated ${ratingText(rated.rating)}.`);
      return;
    }
    const released = state.released.map((r) => injectView(r.inject));
    const inject = released.find((i) => !ratingOf(state, 'inject', i.id));
    if (inject) {
      const responses = state.responses.filter((r) => r.inject === inject.id);
      screen.toRate(`Expected action of inject ${inject.number} (scenario ${inject.at})`, inject.expected, [
        ...responses.map((r) => `Players: ${r.decision}`),
        ...responses.map(
          (r) => `Steps followed: ${r.followed.map((f) => `${f.runbook} ${f.step}`).join(', ') || 'none'}`,
        ),
      ]);
      const rated = await ask(() => facilitator.rate(`the expected action of inject ${inject.number}`));
      take({ type: 'rate', subject: 'inject', id: inject.id, ...rated });
      screen.line(`  Rated ${ratingText(rated.rating)}.`);
      return;
    }
    screen.stage('Hot wash: what went well, and what could be better, while it is fresh.');
    take({ type: 'hot-wash', ...(await ask(() => facilitator.hotWash())) });
  }

  /** The improvement plan: corrective actions, one at a time, until the facilitator finishes. */
  async function improve(): Promise<void> {
    const choice = await ask(() => facilitator.improvementMenu(state.actions.length));
    if (choice === 'finish') {
      take({ type: 'finish' });
      return;
    }
    const action = await ask(() => facilitator.correctiveAction(parts.actionChoices(state, localDay(parts.now()))));
    take({ type: 'corrective-action', action });
  }

  function injectView(id: string): InjectView {
    const found = view.injects.find((i) => i.id === id);
    if (!found) throw new Error(`inject ${id} is not in the exercise`);
    return found;
  }
}

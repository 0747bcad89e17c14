// The facilitator's side of the console: what coop asks the person running
// the exercise, through the same prompts as a walk. The inject that is due
// takes the waiting prompt away by itself; everything else waits for them.
import { addMonths } from '../../format/review.js';
import { RATING_CODES, RATINGS, ratingText, type Rating } from '../../format/hseep.js';
import { DATE_PATTERN, ID_PATTERN, isRealDate } from '../../format/values.js';
import type { FollowedStep } from '../../journal/events.js';
import type { InjectView } from '../../library/exercise-view.js';
import type { ContactView, RunbookView } from '../../library/view.js';
import { safeLine } from '../../text/sanitize.js';
import { localDayAndTime } from '../../text/local-time.js';
import { PromptWithdrawn, SEPARATOR, type Prompter, type PromptChoice } from '../drivers/prompter.js';
import type { CorrectiveAction } from './engine.js';
import { waitUntil } from './schedule.js';

export type WaitChoice = 'release' | 'note' | 'end-scenario' | 'pause' | 'due';

const NOTE = { name: 'Add a note', value: 'note', description: 'Write down what you saw; it goes into the record.' };
const PAUSE = {
  name: 'Pause - carry on later',
  value: 'pause',
  description: 'Everything so far is saved; coop exercise resume carries on from here.',
};

const required = (what: string) => (text: string) => (text.trim() ? true : `Please write ${what}.`);

/** What a corrective action is chosen from. */
export interface ActionChoices {
  /** The hot wash's areas for improvement. */
  areas: string[];
  contacts: ContactView[];
  /** Runbook ids and titles, the exercised ones first. */
  runbooks: Array<{ id: string; title: string }>;
  /** Ids already taken, in improvements.yaml or this record. */
  takenIds: ReadonlySet<string>;
  suggestedId: string;
  today: string;
}

export class Facilitator {
  constructor(
    private readonly prompter: Prompter,
    private readonly now: () => Date,
    private readonly signal: AbortSignal,
  ) {}

  /**
   * Until the next inject is due: release it early, note, end the scenario,
   * or pause. Without a due time (the first inject) it waits for the facilitator.
   */
  async waitForInject(inject: InjectView, total: number, due: Date | undefined): Promise<WaitChoice> {
    const withdraw = new AbortController();
    const timeCame = due
      ? waitUntil(due, this.now, AbortSignal.any([this.signal, withdraw.signal])).then(() => {
          if (!this.signal.aborted) withdraw.abort();
        })
      : Promise.resolve();
    const message = due
      ? `Inject ${inject.number} of ${total} is due at ${localDayAndTime(due)} (scenario ${inject.at}); it is released then by itself.`
      : `Inject ${inject.number} of ${total} (scenario ${inject.at}) opens the scenario: release it once the players have heard the scenario.`;
    try {
      return await this.prompter.select<WaitChoice>(
        message,
        [
          {
            name: due ? 'Release it now' : 'Release it',
            value: 'release',
            description: due
              ? `Give the players inject ${inject.number} now, before its time.`
              : `Give the players inject ${inject.number}; the next ones follow on the schedule.`,
          },
          NOTE as PromptChoice<WaitChoice>,
          {
            name: 'End the scenario here',
            value: 'end-scenario',
            description: `Move on to the evaluation; the ${total - inject.number + 1} inject(s) not yet released are not played.`,
          },
          PAUSE as PromptChoice<WaitChoice>,
        ],
        { withdraw: withdraw.signal },
      );
    } catch (error) {
      if (error instanceof PromptWithdrawn) return 'due';
      throw error;
    } finally {
      withdraw.abort();
      await timeCame;
    }
  }

  async afterLastInject(): Promise<'evaluate' | 'note' | 'pause'> {
    return this.prompter.select<'evaluate' | 'note' | 'pause'>('Every inject has been released.', [
      {
        name: 'Move on to the evaluation',
        value: 'evaluate',
        description: 'The scenario ends; the evaluator rates each objective and expected action.',
      },
      NOTE as PromptChoice<'note'>,
      PAUSE as PromptChoice<'pause'>,
    ]);
  }

  /** Asked once more before play ends early: the injects not yet released are then never played. */
  async confirmEndScenario(left: number): Promise<boolean> {
    return this.prompter.select<boolean>(
      `End the scenario now? The ${left} inject(s) not yet released will not be played, and the objectives only they exercise are not rated.`,
      [
        { name: 'Yes, end the scenario and move on to the evaluation', value: true },
        { name: 'No, go back to the scenario', value: false },
      ],
    );
  }

  async note(): Promise<string> {
    return (await this.prompter.input('Note:', required('the note'))).trim();
  }

  /** What the players decided after an inject, and which runbook steps they followed. */
  async response(inject: InjectView, runbooks: RunbookView[]): Promise<{ decision: string; followed: FollowedStep[] }> {
    const decision = (
      await this.prompter.input(`Inject ${inject.number}: what did the players decide?`, required('what they decided'))
    ).trim();
    const expected = new Set(inject.steps.map((s) => `${s.runbook}\0${s.id}`));
    const choices = runbooks.flatMap((runbook, i) => [
      ...(i > 0 ? [SEPARATOR] : []),
      ...runbook.steps.map((step) => ({
        name: `${safeLine(runbook.id)} ${step.number}. ${safeLine(step.text)}${expected.has(`${runbook.id}\0${step.id}`) ? ' (expected)' : ''}`,
        value: { runbook: runbook.id, step: step.id },
      })),
    ]);
    const followed = await this.prompter.checkbox(
      'Which runbook steps did they follow? (space ticks a step, enter when done; none is an answer too)',
      choices,
    );
    return { decision, followed };
  }

  /** The evaluator's rating after HSEEP, and their notes; or a pause. */
  async rate(what: string): Promise<{ rating: Rating; notes: string } | 'pause'> {
    const rating = await this.prompter.select<Rating | 'pause'>(`Rating for ${what}:`, [
      ...RATING_CODES.map((code) => ({ name: ratingText(code), value: code, description: RATINGS[code].definition })),
      SEPARATOR,
      PAUSE as PromptChoice<'pause'>,
    ]);
    if (rating === 'pause') return 'pause';
    const notes = await this.prompter.input("Evaluator's notes (what was seen; enter alone for none):");
    return { rating, notes: notes.trim() };
  }

  /** The hot wash: strengths, then areas for improvement, one a line. */
  async hotWash(): Promise<{ strengths: string[]; improvements: string[] }> {
    const strengths = await this.lines('Strength');
    const improvements = await this.lines('Area for improvement');
    return { strengths, improvements };
  }

  private async lines(what: string): Promise<string[]> {
    const found: string[] = [];
    for (;;) {
      const text = (
        await this.prompter.input(`${what} ${found.length + 1} (enter alone when there are no more):`)
      ).trim();
      if (!text) return found;
      found.push(text);
    }
  }

  async improvementMenu(count: number): Promise<'add' | 'finish' | 'pause'> {
    return this.prompter.select<'add' | 'finish' | 'pause'>(
      `Improvement plan: ${count} corrective action${count === 1 ? '' : 's'} so far.`,
      [
        {
          name: 'Add a corrective action',
          value: 'add',
          description: 'What to change, who sees to it, by when, and in which runbook.',
        },
        {
          name: 'Finish the exercise',
          value: 'finish',
          description: 'The record is complete; the corrective actions go into improvements.yaml.',
        },
        PAUSE as PromptChoice<'pause'>,
      ],
    );
  }

  async correctiveAction(choices: ActionChoices): Promise<CorrectiveAction> {
    const area = await this.area(choices.areas);
    const action = (await this.prompter.input('What is to be done?', required('what is to be done'))).trim();
    const owner = await this.prompter.search('Who sees it done? (type to filter the contacts)', (term) =>
      choices.contacts
        .filter((c) => `${c.name} ${c.id} ${c.role ?? ''}`.toLowerCase().includes(term.toLowerCase().trim()))
        .map((c) => ({ name: safeLine(c.name), value: c.id, description: safeLine(c.role ?? c.id) })),
    );
    const due = (
      await this.prompter.input(
        'Due by (YYYY-MM-DD):',
        (text) => dueDayProblem(text.trim(), choices.today) ?? true,
        addMonths(choices.today, 3),
      )
    ).trim();
    const runbook = await this.prompter.select(
      'Which runbook does it change?',
      choices.runbooks.map((r) => ({ name: `${safeLine(r.id)} (${safeLine(r.title)})`, value: r.id })),
    );
    const id = (
      await this.prompter.input(
        'Its id, to name it in coop status and when it is closed:',
        (text) => {
          const typed = text.trim();
          if (!ID_PATTERN.test(typed)) return 'Please write lower-case letters, digits and single hyphens.';
          return choices.takenIds.has(typed) ? `${typed} is taken; choose another id.` : true;
        },
        choices.suggestedId,
      )
    ).trim();
    return { id, ...(area !== undefined ? { area } : {}), action, owner, due, runbook };
  }

  private async area(areas: string[]): Promise<string | undefined> {
    const OTHER = '\0other';
    const NONE = '\0none';
    const picked = areas.length
      ? await this.prompter.select('Which area for improvement does it answer?', [
          ...areas.map((a) => ({ name: safeLine(a), value: a })),
          SEPARATOR,
          { name: 'Another one (type it)', value: OTHER },
          { name: 'None', value: NONE },
        ])
      : OTHER;
    if (picked === NONE) return undefined;
    if (picked !== OTHER) return picked;
    const typed = (await this.prompter.input('The area for improvement it answers (enter alone for none):')).trim();
    return typed || undefined;
  }

  async confirmWrite(message: string): Promise<boolean> {
    return this.prompter.confirm(message, true);
  }
}

/**
 * What is wrong with a corrective action's due day, if anything: not a date
 * as written, no such day (2027-02-30), or a day gone by, which would be
 * overdue the moment it is recorded.
 */
export function dueDayProblem(text: string, today: string): string | undefined {
  if (!DATE_PATTERN.test(text)) return 'Please write a date as YYYY-MM-DD, like 2027-03-31.';
  if (!isRealDate(text)) return `There is no ${text} in the calendar; please write a day that is.`;
  if (text < today) return `${text} has gone by (today is ${today}): give the day it is to be done by.`;
  return undefined;
}

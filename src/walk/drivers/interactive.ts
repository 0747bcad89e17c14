// The interactive driver: asks the person at the keyboard what happened at a
// step. A step is only done when they say so; a check's command runs only
// when they choose to run it; Pause is always one of the choices.
import type { Runbook, Step } from '../../format/model.js';
import { safeLine } from '../../text/sanitize.js';
import { localDayAndTime } from '../../text/local-time.js';
import { assertNever } from '../../system/errors.js';
import type { ListEscape, Prompter, PromptChoice } from './prompter.js';
import { SEPARATOR } from './prompter.js';
import type { Move } from './scripted.js';
import type { RunbookFinder } from '../find-runbook.js';
import type { CarryOn } from '../open-incidents.js';

/** What the person chose to do: walk a runbook, or carry on an incident already open. */
export type Picked = { kind: 'runbook'; id: string } | { kind: 'carry-on'; incident: string };

type Extra = 'note' | 'pause' | 'back';
const NOTE: PromptChoice<Extra> = {
  name: 'Add a note',
  // What the prompt's line says once chosen: a note is no answer to the question asked.
  short: 'not yet - a note first',
  value: 'note',
  description: 'Write down what you saw or did; it goes into the record.',
};
const PAUSE: PromptChoice<Extra> = {
  name: 'Pause - carry on later',
  short: 'not yet - paused',
  value: 'pause',
  description: 'Everything so far is saved; coop resume carries on from here.',
};

const GO_BACK: PromptChoice<Extra> = {
  name: 'Go back to the step before',
  short: 'not yet - back to the step before',
  value: 'back',
  description: 'Takes back what was said there (a mistaken answer); the record keeps both.',
};

/** What the walk allows at this prompt, and what it knows beyond the runbook. */
export interface DecideOptions {
  /** There is a step before this one whose result can be taken back. */
  canGoBack: boolean;
  /** At an update step: the draft, and a way to copy words to the clipboard (when there is one), saying how it went. */
  update?: { text: string; copy?: (text: string) => Promise<void> };
  /** At a question waited on between updates: when the next update is due, while that is still ahead. */
  updateDue?: Date;
}

const notEmpty = (what: string) => (text: string) => (text.trim() ? true : `Please write ${what}.`);

/** Enter alone goes back (and Esc): a person who chose Skip by mistake is not held at the question. */
const SKIP_QUESTION = 'Why skip it? (Enter alone goes back to the step)';

/**
 * Esc goes back, and never by itself changes the record. Within a step (the reason for a skip, a note, an
 * update's words, "Is that right?") it goes back to the step's question, with nothing recorded. At the
 * step's question going back takes back what was said at the step before: there the first Esc only puts
 * the cursor on "Go back to the step before", and Enter or a second Esc goes.
 */
const backAtStep = (extras: ReadonlyArray<PromptChoice<Extra>>): { escape?: ListEscape<'back'> } =>
  extras.includes(GO_BACK) ? { escape: { showBack: 'back' } } : {};

export class InteractiveDriver {
  constructor(private readonly prompter: Prompter) {}

  /** What to draw again above a prompt drawn again after Ctrl-Z and `fg`: the step's card. */
  drawAgainAbove(draw: () => void): void {
    this.prompter.drawAgainAbove?.(draw);
  }

  async decide(step: Step, options: DecideOptions): Promise<Move> {
    for (;;) {
      const move = await this.ask(step, options);
      if (move) return move;
    }
  }

  /** The step's question; undefined when Esc went back to it from within (a note not written). */
  private async ask(step: Step, options: DecideOptions): Promise<Move | undefined> {
    // Go back comes last, so Pause stays where a person's hand (and every script of keys) knows it.
    const extras = options.canGoBack ? [NOTE, PAUSE, GO_BACK] : [NOTE, PAUSE];
    switch (step.kind) {
      case 'action':
        return options.update ? this.updateAction(options.update, extras) : this.action(extras);
      case 'decision':
        return this.decision(
          step.choices.map((c) => c.answer),
          extras,
          options.updateDue,
        );
      case 'check':
        return this.check(extras);
      default:
        return assertNever(step, 'step');
    }
  }

  /** Undefined: Esc went back from the note to the step's question. */
  private async extra(choice: Extra): Promise<Move | undefined> {
    if (choice === 'pause') return { kind: 'pause' };
    if (choice === 'back') return { kind: 'input', input: { type: 'back' } };
    const text = await this.prompter.text('Note:', { validate: notEmpty('the note'), back: 'no note' });
    return text === undefined ? undefined : { kind: 'input', input: { type: 'note', text: text.trim() } };
  }

  private async action(extras: Array<PromptChoice<Extra>>): Promise<Move | undefined> {
    for (;;) {
      const choice = await this.prompter.select<'done' | 'skip' | Extra>(
        'Is it done?',
        [
          { name: 'Done', value: 'done' },
          {
            name: 'Skip this step',
            value: 'skip',
            description: 'You will be asked why; the reason goes into the record.',
          },
          ...extras,
        ],
        backAtStep(extras),
      );
      if (choice === 'done') return { kind: 'input', input: { type: 'done' } };
      if (choice !== 'skip') return this.extra(choice);
      const reason = await this.skipReason();
      if (reason !== undefined) return { kind: 'input', input: { type: 'skip', reason } };
    }
  }

  /**
   * Why a step is skipped; undefined when Enter alone (or Esc) was pressed:
   * Skip chosen by mistake goes back to the step's question, with nothing recorded.
   */
  private async skipReason(): Promise<string | undefined> {
    const reason = (await this.prompter.text(SKIP_QUESTION, { back: 'not skipped' }))?.trim();
    return reason || undefined;
  }

  /**
   * At an update step: send the draft as it is or edited (recorded, and the
   * step done), copy it, or the usual. Edited words are asked about again, so
   * that they can be copied and sent before they are recorded as sent.
   */
  private async updateAction(
    update: NonNullable<DecideOptions['update']>,
    extras: Array<PromptChoice<Extra>>,
  ): Promise<Move | undefined> {
    let { text } = update;
    for (;;) {
      const choice = await this.prompter.select<'sent' | 'edit' | 'copy' | 'done' | 'skip' | Extra>(
        'Is it sent?',
        [
          {
            name: 'Sent: record this update',
            value: 'sent',
            description: 'The words above go into the record; the step is done.',
          },
          {
            name: 'Edit the update first',
            value: 'edit',
            description: 'Change the words; then send them, and record them here as sent.',
          },
          ...(update.copy ? [{ name: 'Copy it to the clipboard', value: 'copy' as const }] : []),
          { name: 'Done, another way (no update recorded)', value: 'done' },
          {
            name: 'Skip this step',
            value: 'skip',
            description: 'You will be asked why; the reason goes into the record.',
          },
          ...extras,
        ],
        backAtStep(extras),
      );
      switch (choice) {
        case 'sent':
          return { kind: 'input', input: { type: 'done' }, update: text };
        case 'edit': {
          // Esc keeps the words as they were.
          const edited = await this.prompter.text('Update (Tab puts these words in to edit; Enter alone keeps them):', {
            validate: notEmpty('the update'),
            draft: text,
            back: 'not changed',
          });
          text = edited?.trim() ?? text;
          break;
        }
        case 'copy':
          await update.copy?.(text);
          break;
        case 'done':
          return { kind: 'input', input: { type: 'done' } };
        case 'skip': {
          const reason = await this.skipReason();
          if (reason !== undefined) return { kind: 'input', input: { type: 'skip', reason } };
          break;
        }
        default:
          return this.extra(choice);
      }
    }
  }

  /** The card above shows the question; the prompt keeps to the answers. */
  private async decision(
    answers: string[],
    extras: Array<PromptChoice<Extra>>,
    updateDue?: Date,
  ): Promise<Move | undefined> {
    const wait: PromptChoice<'wait'> | undefined = updateDue && {
      name: `Not yet: wait until the next update is due (${localDayAndTime(updateDue).slice(-5)})`,
      value: 'wait',
      description: 'Counts down on the screen, then asks this question again. Enter stops waiting.',
    };
    const choice = await this.prompter.select<{ answer: string } | Extra | 'wait'>(
      'Answer:',
      [
        ...answers.map((answer) => ({ name: safeLine(answer), value: { answer } })),
        SEPARATOR,
        ...(wait ? [wait] : []),
        ...extras,
      ],
      backAtStep(extras),
    );
    if (typeof choice === 'object') return { kind: 'input', input: { type: 'answer', answer: choice.answer } };
    if (choice === 'wait') return { kind: 'wait' };
    return this.extra(choice);
  }

  private async check(extras: Array<PromptChoice<Extra>>): Promise<Move | undefined> {
    const choice = await this.prompter.select<'run' | 'worked' | 'failed' | Extra>(
      'Run the command?',
      [
        { name: 'Run it now', value: 'run', description: 'Runs the command shown above, exactly as written.' },
        { name: 'I checked by hand: it worked', value: 'worked' },
        { name: 'I checked by hand: it did not work', value: 'failed' },
        ...extras,
      ],
      backAtStep(extras),
    );
    if (choice === 'run') return { kind: 'run-check' };
    if (choice === 'worked' || choice === 'failed')
      return {
        kind: 'input',
        input: { type: 'check-result', outcome: choice === 'worked' ? 'succeeded' : 'failed', decidedBy: 'person' },
      };
    return this.extra(choice);
  }

  /**
   * "What is happening?": the open incidents to carry on first, then the
   * runbooks, matched by words as the person types (find-runbook.ts).
   */
  async chooseRunbook(question: string, finder: RunbookFinder, open: readonly CarryOn[]): Promise<Picked> {
    return this.prompter.search<Picked>(question, (term) => {
      const matched = finder.find(term);
      // Words that match nothing ("lights out") are no dead end: every runbook is offered, and says why.
      const none = term.trim() !== '' && matched.length === 0;
      const found = none ? finder.find('') : matched;
      // On a line of its own: run on into the highlighted runbook's summary, it read as part of it.
      const why = none ? `Nothing matches "${safeLine(term.trim())}", so every runbook is here.\n` : '';
      const ids = new Set(found.map((r) => r.id));
      return [
        ...open
          .filter((o) => none || !term.trim() || ids.has(o.runbook))
          .map((o) => ({
            name: o.name,
            value: { kind: 'carry-on' as const, incident: o.incident },
            description: why + o.description,
          })),
        ...found.map((r) => ({
          name: safeLine(r.title),
          value: { kind: 'runbook' as const, id: r.id },
          description: why + safeLine(r.summary ?? r.id),
        })),
      ];
    });
  }

  /** A runbook id that names none: the near ones to pick from, or every runbook (Esc too). */
  async chooseNear(typed: string, near: readonly Runbook[]): Promise<string | undefined> {
    return this.prompter.select<string | undefined>(
      `There is no runbook "${safeLine(typed)}". Did you mean:`,
      [
        ...near.map((r) => ({ name: safeLine(r.title), value: r.id, description: r.id })),
        { name: 'None of these: show every runbook', value: undefined },
      ],
      { escape: { answer: undefined } },
    );
  }

  /** Before a second incident of one runbook: most often the first should be carried on. */
  async carryOnOrStart(open: CarryOn): Promise<Picked> {
    // The description may end with a step's own full stop: one stop, not ".)."
    const about = open.description.replace(/\.$/, '');
    return this.prompter.select<Picked>(`This runbook has an open incident (${about}).`, [
      { name: open.name, value: { kind: 'carry-on', incident: open.incident } },
      { name: 'Start a new incident anyway', value: { kind: 'runbook', id: open.runbook } },
    ]);
  }

  /**
   * Before a choice that ends the runbook with steps still after this one. One
   * reflexive Enter must not end it: the first choice, where Enter lands, goes back, and so does Esc.
   */
  async confirmEnd(): Promise<boolean> {
    return this.prompter.select<boolean>(
      'That ends this runbook here, before its later steps. Is that right?',
      [
        { name: 'No, go back to the question', value: false },
        { name: 'Yes, end the runbook here', value: true },
      ],
      { escape: { answer: false } },
    );
  }

  async carryOnUnrecorded(): Promise<boolean> {
    return this.prompter.confirm(
      'Carry on without a saved record? What you confirm is kept in memory and written out if the folder becomes writable.',
      true,
    );
  }
}

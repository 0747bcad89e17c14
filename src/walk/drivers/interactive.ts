// The interactive driver: asks the person at the keyboard what happened at a
// step. A step is only done when they say so; a check's command runs only
// when they choose to run it; Pause is always one of the choices.
import type { Loaded } from '../../library/library.js';
import type { Runbook, Step } from '../../format/model.js';
import { safeLine } from '../../text/sanitize.js';
import { localDayAndTime } from '../../text/local-time.js';
import { assertNever } from '../../system/errors.js';
import type { Prompter, PromptChoice } from './prompter.js';
import { SEPARATOR } from './prompter.js';
import type { Move } from './scripted.js';

type Extra = 'note' | 'pause';
const NOTE: PromptChoice<Extra> = {
  name: 'Add a note',
  value: 'note',
  description: 'Write down what you saw or did; it goes into the record.',
};
const PAUSE: PromptChoice<Extra> = {
  name: 'Pause - carry on later',
  value: 'pause',
  description: 'Everything so far is saved; coop resume carries on from here.',
};

const notEmpty = (what: string) => (text: string) => (text.trim() ? true : `Please write ${what}.`);

/** What the walk knows about a step beyond the runbook: the update to send, the time one is due. */
export interface StepContext {
  /** At an update step: the draft, and a way to copy words to the clipboard (when there is one), saying how it went. */
  update?: { text: string; copy?: (text: string) => Promise<void> };
  /** At a question waited on between updates: when the next update is due, while that is still ahead. */
  updateDue?: Date;
}

export class InteractiveDriver {
  constructor(private readonly prompter: Prompter) {}

  async decide(step: Step, context: StepContext = {}): Promise<Move> {
    switch (step.kind) {
      case 'action':
        return context.update ? this.updateAction(context.update) : this.action();
      case 'decision':
        return this.decision(
          step.choices.map((c) => c.answer),
          context.updateDue,
        );
      case 'check':
        return this.check();
      default:
        return assertNever(step, 'step');
    }
  }

  private async extra(choice: Extra): Promise<Move> {
    if (choice === 'pause') return { kind: 'pause' };
    const text = await this.prompter.input('Note:', notEmpty('the note'));
    return { kind: 'input', input: { type: 'note', text: text.trim() } };
  }

  private async action(): Promise<Move> {
    const choice = await this.prompter.select<'done' | 'skip' | Extra>('Is it done?', [
      { name: 'Done', value: 'done' },
      { name: 'Skip this step', value: 'skip', description: 'You will be asked why; the reason goes into the record.' },
      NOTE,
      PAUSE,
    ]);
    if (choice === 'done') return { kind: 'input', input: { type: 'done' } };
    if (choice === 'skip') {
      const reason = await this.prompter.input('Why skip it?', notEmpty('a reason'));
      return { kind: 'input', input: { type: 'skip', reason: reason.trim() } };
    }
    return this.extra(choice);
  }

  /** At an update step: send the draft as it is or edited (recorded, and the step done), copy it, or the usual. */
  private async updateAction(update: NonNullable<StepContext['update']>): Promise<Move> {
    const { text } = update;
    for (;;) {
      const choice = await this.prompter.select<'sent' | 'edit' | 'copy' | 'done' | 'skip' | Extra>('Is it sent?', [
        {
          name: 'Sent: record this update',
          value: 'sent',
          description: 'The words above go into the record; the step is done.',
        },
        { name: 'Edit the update first', value: 'edit', description: 'Change the words, then record them.' },
        ...(update.copy ? [{ name: 'Copy it to the clipboard', value: 'copy' as const }] : []),
        { name: 'Done, another way (no update recorded)', value: 'done' },
        {
          name: 'Skip this step',
          value: 'skip',
          description: 'You will be asked why; the reason goes into the record.',
        },
        NOTE,
        PAUSE,
      ]);
      switch (choice) {
        case 'sent':
          return { kind: 'input', input: { type: 'done' }, update: text };
        case 'edit': {
          const edited = await this.prompter.input(
            'Update (Tab puts the draft in to edit):',
            notEmpty('the update'),
            text,
          );
          return { kind: 'input', input: { type: 'done' }, update: edited.trim() };
        }
        case 'copy':
          await update.copy?.(text);
          break;
        case 'done':
          return { kind: 'input', input: { type: 'done' } };
        case 'skip': {
          const reason = await this.prompter.input('Why skip it?', notEmpty('a reason'));
          return { kind: 'input', input: { type: 'skip', reason: reason.trim() } };
        }
        default:
          return this.extra(choice);
      }
    }
  }

  /** The card above shows the question; the prompt keeps to the answers. */
  private async decision(answers: string[], updateDue?: Date): Promise<Move> {
    const wait: PromptChoice<'wait'> | undefined = updateDue && {
      name: `Not yet: wait until the next update is due (${localDayAndTime(updateDue).slice(-5)})`,
      value: 'wait',
      description: 'Counts down on the screen, then asks this question again. Enter stops waiting.',
    };
    const choice = await this.prompter.select<{ answer: string } | Extra | 'wait'>('Answer:', [
      ...answers.map((answer) => ({ name: safeLine(answer), value: { answer } })),
      SEPARATOR,
      ...(wait ? [wait] : []),
      NOTE,
      PAUSE,
    ]);
    if (typeof choice === 'object') return { kind: 'input', input: { type: 'answer', answer: choice.answer } };
    if (choice === 'wait') return { kind: 'wait' };
    return this.extra(choice);
  }

  private async check(): Promise<Move> {
    const choice = await this.prompter.select<'run' | 'worked' | 'failed' | Extra>('Run the command?', [
      { name: 'Run it now', value: 'run', description: 'Runs the command shown above, exactly as written.' },
      { name: 'I checked by hand: it worked', value: 'worked' },
      { name: 'I checked by hand: it did not work', value: 'failed' },
      NOTE,
      PAUSE,
    ]);
    if (choice === 'run') return { kind: 'run-check' };
    if (choice === 'worked' || choice === 'failed')
      return {
        kind: 'input',
        input: { type: 'check-result', outcome: choice === 'worked' ? 'succeeded' : 'failed', decidedBy: 'person' },
      };
    return this.extra(choice);
  }

  /** "What is happening?": the runbook titles, filtered as the person types. */
  async chooseRunbook(runbooks: Array<Loaded<Runbook>>): Promise<string> {
    const all = runbooks.map((r) => r.value).sort((a, b) => a.title.localeCompare(b.title));
    return this.prompter.search('What is happening?', (term) => {
      const words = term.toLowerCase().split(/\s+/).filter(Boolean);
      return all
        .filter((r) => words.every((w) => `${r.title} ${r.id} ${r.summary ?? ''}`.toLowerCase().includes(w)))
        .map((r) => ({ name: safeLine(r.title), value: r.id, description: safeLine(r.summary ?? r.id) }));
    });
  }

  async carryOnUnrecorded(): Promise<boolean> {
    return this.prompter.confirm(
      'Carry on without a saved record? What you confirm is kept in memory and written out if the folder becomes writable.',
      true,
    );
  }
}

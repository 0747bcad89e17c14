// What the person sees during a walk. Two modes: "cards" for a person at a
// terminal (each step in full before its prompt), "log" for scripts and CI
// (one readable line per step). Plain lines only, no cursor movement, so the
// same text reads well in a terminal, a log file and a screen reader. Every
// runbook string passes through safeText/safeLine.
import { plural } from '../../text/plural.js';
import type { OutputStream } from '../../system/io.js';
import type { JournalEvent } from '../../journal/events.js';
import { safeCommand, safeLine, safeText, safeFlowed } from '../../text/sanitize.js';
import type { Style } from '../../text/style.js';
import { contactLines, warningBlock } from '../../render/text.js';
import { joinWithin, readingWidth, wrap, wrapAtSpaces, wrapIndented, wrapUnder } from '../../text/wrap.js';
import { contactsOfRunbook, type ContactView, type RunbookView, type StepView } from '../../library/view.js';
import { rtoClocks } from '../clock.js';
import { formatDuration } from '../../text/duration.js';
import { DEFAULT_CHECK_TIMEOUT, type WalkState } from '../engine.js';
import { summarize } from './summary.js';
import { historyLines, stoppedHow } from './history.js';
import { localDayAndTime } from '../../text/local-time.js';
import type { CheckRun } from '../check-runner.js';
import { EXERCISE_BANNER } from '../exercise.js';
import { placeOf, placeName, type StepPlace } from '../step-place.js';

export { EXERCISE_BANNER };

/** Lines of a check's output shown on screen; the journal keeps it all (up to its cap). */
const OUTPUT_LINES_SHOWN = 8;

export type ScreenMode = 'cards' | 'log';

export interface ResumeFacts {
  /** The journal's path, when it is written. */
  journal?: string;
  /** Who had the incident before, when someone else takes it over. */
  previousPerson?: string;
  /** Said when the runbook changed since the incident began; a command to type after it follows a line break. */
  runbookChanged?: string;
  /** The state as the journal left it, before the resume: how the walk stopped. */
  before: WalkState;
  /** Said in place of how the walk stopped, when `coop resume --reopen` opens an incident that had ended. */
  reopened?: string;
  /** The command that shows the whole record, as it must be typed here. */
  report: string;
  /**
   * Said after how the walk stopped, when it came from a phone that may still be walking it, or the
   * phone's record parted from this one (walk/parted-records.ts); a command to type goes on a line of its own.
   */
  elsewhere?: { text: string; command?: string };
  /** The walk came from a phone and was not carried on at a computer yet: its record ends at a download, not a stop. */
  fromPhone?: boolean;
}

/** Who to tell: in a drill, who would be told; the exercise is no reason to call them. */
const tellNow = (state: WalkState) =>
  state.drill ? 'In a real incident you would tell these people now:' : 'Tell these people now:';

export class WalkScreen {
  /** What is drawn for the step at hand (with the opening, at the first step): drawn again after Ctrl-Z and `fg`. */
  private page: string[] = [];
  /** The next card starts a page of its own: false right after the opening, which goes with the first card. */
  private cardTurnsPage = true;

  /**
   * `columns` is asked again for every step: a terminal resized during a
   * walk gets the next card wrapped at its new width.
   */
  constructor(
    private readonly out: OutputStream,
    private readonly style: Style,
    private readonly columns: () => number,
    private readonly view: RunbookView,
    readonly mode: ScreenMode,
  ) {}

  get width(): number {
    return readingWidth(this.columns());
  }

  /**
   * Words of coop's (no command to type in them), broken at spaces within the width, each line styled; a
   * path in them is kept whole, to be copied whole.
   */
  private sentence(words: string, style: (line: string) => string): string[] {
    return wrapAtSpaces(words, this.width).map((l) => style(l));
  }

  private print(lines: string[]): void {
    const text = `${lines.join('\n')}\n`;
    this.page.push(text);
    this.out.write(text);
  }

  /** A new page: what `drawAgain` draws starts here. */
  private turnPage(cardTurnsPage: boolean): void {
    this.page = [];
    this.cardTurnsPage = cardTurnsPage;
  }

  /**
   * The step at hand drawn again, as it was, under what the shell printed while coop was stopped (Ctrl-Z,
   * then `fg`): its card, and what was said since (results, notes, an update's draft).
   */
  drawAgain(): void {
    if (this.mode !== 'cards' || this.page.length === 0) return;
    this.out.write(this.page.join(''));
  }

  private banner(state: WalkState): string[] {
    return state.drill ? [this.style.black.bgYellow.bold(` ${EXERCISE_BANNER} `)] : [];
  }

  /** The runbook's notify list under `heading`, with their numbers, but for those in `besides`; nothing when that leaves nobody. */
  private notifyLines(heading: string, besides: readonly ContactView[] = []): string[] {
    const notify = this.view.notify.filter((c) => !besides.some((b) => b.id === c.id));
    if (notify.length === 0) return [];
    return [
      '',
      this.style.bold(heading),
      ...notify.flatMap((c) => contactLines(c, this.style, this.width - 2).map((l) => `  ${l}`)),
    ];
  }

  /** Whether the walk is past the step the notify list waits for (notify_after), or it waits for none. */
  private notifyDue(state: WalkState): boolean {
    const after = this.view.notifyAfter;
    return after === undefined || state.visits.some((v) => v.index === after - 1 && v.result !== undefined);
  }

  /** The walk has just come from the step the notify list waits for, the first time. */
  private notifyNow(state: WalkState): boolean {
    const after = this.view.notifyAfter;
    const from = state.visits.at(-2);
    return (
      after !== undefined && from?.index === after - 1 && state.visits.filter((v) => v.index === after - 1).length === 1
    );
  }

  private rule(): string {
    return this.style.dim('─'.repeat(this.width));
  }

  /** Before step 1: what this is, what not to do, and who to tell, with their numbers. */
  opening(state: WalkState, journal: string | undefined): void {
    this.turnPage(false);
    const s = this.style;
    const lines = [this.rule(), ...this.banner(state), s.bold(safeLine(this.view.title))];
    if (this.view.summary) lines.push(...wrap(safeText(this.view.summary), this.width));
    // Each part whole on a line of its own when they do not fit on one: a record's path cut by the terminal is hard to read.
    const about = [`Incident ${state.incident}`, `started by ${safeLine(state.person)}`];
    about.push(journal ? `record: ${safeLine(journal)}` : 'not recorded');
    lines.push(...joinWithin(about, ' · ', this.width).map((l) => s.dim(l)));
    const warnings = warningBlock(this.view.warnings, s, this.width);
    if (warnings.length) lines.push('', ...warnings);
    // A runbook whose people are told after a step (getting out first) names nobody here.
    if (this.view.notifyAfter === undefined) lines.push(...this.notifyLines(tellNow(state)));
    this.print(lines);
  }

  /**
   * Before a resumed walk carries on: whose incident it is, who takes it over,
   * whether the runbook changed, what was already done, and where it goes on.
   */
  resumed(state: WalkState, facts: ResumeFacts): void {
    this.turnPage(false);
    const s = this.style;
    const started = `started by ${safeLine(state.people[0] ?? '')} on ${localDayAndTime(new Date(state.startedAt))}`;
    const lines = [this.rule(), ...this.banner(state), s.bold(safeLine(this.view.title))];
    const about = [
      `Incident ${state.incident}`,
      started,
      ...(facts.journal ? [`record: ${safeLine(facts.journal)}`] : []),
    ];
    lines.push(...joinWithin(about, ' · ', this.width).map((l) => s.dim(l)));
    lines.push(
      facts.previousPerson
        ? s.bold(`Resumed by ${safeLine(state.person)}, taking over from ${safeLine(facts.previousPerson)}.`)
        : `Resumed by ${safeLine(state.person)}.`,
    );
    if (facts.runbookChanged) {
      // Set to the width at spaces, but a command to type (after a line break) on a line of its own, whole.
      const [text = '', command] = facts.runbookChanged.split('\n');
      lines.push(...wrapUnder(safeLine(text), this.width, '!! ', '   ').map((l) => s.yellow.bold(l)));
      if (command !== undefined) lines.push(s.yellow.bold(`     ${safeLine(command)}`));
    }
    const warnings = warningBlock(this.view.warnings, s, this.width);
    if (warnings.length) lines.push('', ...warnings);
    if (this.notifyDue(state))
      lines.push(
        ...this.notifyLines(
          state.drill ? 'In a real incident you would keep these people informed:' : 'Keep these people informed:',
        ),
      );
    // A walk from a phone did not stop: its record ends where the download ended, which `elsewhere` says.
    const stopped = facts.reopened ?? (facts.fromPhone && !facts.before.pause ? undefined : stoppedHow(facts.before));
    lines.push('', ...historyLines(state, this.view, s, this.width, facts.report), '');
    if (stopped !== undefined) lines.push(...wrap(stopped, this.width));
    if (facts.elsewhere) {
      lines.push(...wrapUnder(facts.elsewhere.text, this.width, '!! ', '   ').map((l) => s.yellow.bold(l)));
      if (facts.elsewhere.command !== undefined) lines.push(s.yellow.bold(`     ${safeLine(facts.elsewhere.command)}`));
    }
    const at = state.at !== undefined ? this.view.steps[state.at] : undefined;
    if (at)
      lines.push(
        ...wrap(
          `Carrying on at ${placeName(this.place(state), { lower: true })}: ${safeLine(at.text)}`,
          this.width,
        ).map((l) => s.bold(l)),
      );
    this.print(lines);
  }

  /** Where the walk stands: the last visit's place in the runbook. */
  private place(state: WalkState, visit?: number): StepPlace {
    return placeOf(state, this.view.steps.length, visit);
  }

  /** Where the walk is: the step's place in the runbook, time since the start, RTO clocks. */
  private header(state: WalkState, now: Date): string[] {
    const s = this.style;
    const parts = [
      s.bold(placeName(this.place(state), { of: true })),
      `${formatDuration(now.getTime() - Date.parse(state.startedAt))} since start`,
    ];
    const alarms: string[] = [];
    for (const clock of rtoClocks(this.view.systems, state.startedAt, now)) {
      if (clock.leftMs >= 0)
        parts.push(`${safeLine(clock.system)}: ${formatDuration(clock.leftMs)} left of its ${clock.rto} RTO`);
      else
        alarms.push(
          s.red.bold(
            `!! ${safeLine(clock.system)}: recovery time objective (${clock.rto}) EXCEEDED by ${formatDuration(-clock.leftMs)}`,
          ),
        );
    }
    return [...this.banner(state), ...joinWithin(parts, s.dim(' · '), this.width), ...alarms];
  }

  /** A step in full, before its prompt (cards mode). */
  card(state: WalkState, step: StepView, now: Date): void {
    if (this.mode !== 'cards') return;
    if (this.cardTurnsPage) this.turnPage(true);
    this.cardTurnsPage = true;
    const s = this.style;
    const lines = ['', this.rule(), ...this.header(state, now), ''];
    lines.push(...wrap(safeText(step.text), this.width).map((l) => s.bold(l)));
    if (step.warning) lines.push('', ...warningBlock([step.warning], s, this.width));
    if (step.why) {
      const why = 'Why: ';
      lines.push(
        ...wrap(safeText(step.why), this.width - why.length).map((l, i) =>
          s.dim(`${i ? ' '.repeat(why.length) : why}${l}`),
        ),
      );
    }
    if (step.contacts.length) {
      lines.push('', s.bold(step.contacts.length === 1 ? 'Contact:' : 'Contacts:'));
      for (const c of step.contacts) lines.push(...contactLines(c, s, this.width - 2).map((l) => `  ${l}`));
    }
    if (this.notifyNow(state)) lines.push(...this.notifyLines(tellNow(state), step.contacts));
    if (step.command !== undefined) {
      lines.push(
        '',
        `This check runs the command:`,
        `  ${s.cyan(safeCommand(step.command))}`,
        ...wrapUnder(
          `time limit ${step.timeout ?? DEFAULT_CHECK_TIMEOUT}; it runs only if you choose to run it`,
          this.width,
          '  ',
          '  ',
        ).map((l) => s.dim(l)),
      );
    }
    this.print(lines);
  }

  /**
   * One line for what an event did. In cards mode the prompt already shows
   * the person's own choice, so only what the script or a command decided is
   * printed there.
   */
  result(event: JournalEvent, place: StepPlace, fromScript: boolean): void {
    if (this.mode === 'cards' && !fromScript && event.type !== 'check-result' && event.type !== 'went-back') return;
    const s = this.style;
    const step = this.view.steps.find((v) => v.id === event.step);
    const text = step ? safeLine(step.text) : '';
    const by = this.mode === 'cards' && fromScript ? s.dim(' (from the answers file)') : '';
    const at = placeName(place);
    switch (event.type) {
      case 'step-done':
        this.tell([`${s.green('✔')} ${at} done: ${text}${by}`]);
        break;
      case 'step-skipped':
        this.tell([`${s.yellow('↷')} ${at} skipped: ${text} ${s.dim(`(reason: ${safeLine(event.reason)})`)}${by}`]);
        break;
      case 'answered':
        this.tell([`${s.cyan('?')} ${at} ${text} Answer: ${s.bold(safeLine(event.answer))}${by}`]);
        break;
      case 'check-result': {
        const how =
          event.decidedBy === 'command'
            ? checkFacts(event)
            : event.decidedBy === 'person'
              ? 'checked by hand'
              : 'from the answers file';
        const mark = event.outcome === 'succeeded' ? s.green('✔') : s.red('✘');
        this.tell([
          `${mark} ${at} check ${event.outcome === 'succeeded' ? 'succeeded' : s.red.bold('failed')}: ${text} ${s.dim(`(${how})`)}`,
        ]);
        break;
      }
      case 'note':
        this.tell([`  ${s.dim(`note on ${placeName(place, { lower: true })}: ${safeFlowed(event.text)}`)}`]);
        break;
      case 'update':
        this.tell([
          `${s.green('✔')} Update recorded, to ${safeLine(event.to.join(', ') || 'nobody named')}: ${safeFlowed(event.text)}`,
          `  ${s.dim(`next update due ${localDayAndTime(new Date(event.nextDueAt))}`)}`,
        ]);
        break;
      case 'went-back': {
        const to = this.view.steps.find((v) => v.id === event.to);
        this.tell([
          `${s.cyan('↩')} Back to step ${to?.number ?? safeLine(event.to)}: what was said there is taken back ${s.dim('(the record keeps it)')}`,
        ]);
        break;
      }
      default:
        break;
    }
  }

  /** At an update step: the draft, who it is for, and whether it fits one text message. */
  updateDraft(text: string, to: string[], size: string): void {
    const s = this.style;
    this.print([
      '',
      ...wrap(
        `Update for ${safeLine(to.join(', ') || 'the people to keep informed')}, drafted from the record (${size}):`,
        this.width,
      ).map((l) => s.bold(l)),
      ...wrap(safeText(text), this.width - 2).map((l) => `  ${l}`),
    ]);
  }

  /** At a question the walk waits on between updates: when the next is due. */
  updateDue(due: Date, now: Date): void {
    const left = due.getTime() - now.getTime();
    const when = localDayAndTime(due);
    const words =
      left > 0
        ? `Next update due ${when} (in ${formatDuration(left)}).`
        : `The next update was due ${when} (${formatDuration(-left)} ago): send it now.`;
    this.print(this.sentence(words, left > 0 ? this.style.cyan : this.style.yellow.bold));
  }

  /** Said once, where it can be read, after the clipboard was tried. */
  say(line: string): void {
    this.print(this.sentence(safeLine(line), this.style.dim));
  }

  /** Log mode says a command is about to run (cards mode shows a spinner instead). */
  checkStarting(command: string): void {
    if (this.mode === 'log') this.print([this.style.dim(`  running: ${safeCommand(command)}`)]);
  }

  /** The last lines of a command's output; the journal keeps it whole (up to its cap). */
  checkOutput(run: CheckRun): void {
    const lines = run.output.replace(/\n+$/, '').split('\n');
    if (run.error) this.print([this.style.red(`  could not run the command: ${safeLine(run.error)}`)]);
    if (lines.length === 1 && lines[0] === '') return;
    const shown = lines
      .slice(-OUTPUT_LINES_SHOWN)
      .map((l) => this.style.dim(`  | ${safeLine(l).slice(0, this.width - 4)}`));
    const more =
      lines.length > OUTPUT_LINES_SHOWN || run.outputTruncated
        ? [this.style.dim(`  (last ${OUTPUT_LINES_SHOWN} lines shown; the whole output is in the record)`)]
        : [];
    this.print([...shown, ...more]);
  }

  /** A check whose command never ran: not a failure of what it checks; the person checks by hand. */
  couldNotRun(why: string): void {
    this.print(
      this.sentence(
        `! The command could not run (${safeLine(why)}), so this says nothing about what it checks. Please check by hand, then choose what you found.`,
        this.style.yellow,
      ),
    );
  }

  /** Said at once when the journal cannot be written, and again when it can. */
  journalTrouble(error: string | undefined, pending: number): void {
    const s = this.style;
    if (error)
      this.print(
        this.sentence(
          `!! The record cannot be written (${safeLine(error)}). ${pending} event${pending === 1 ? ' is' : 's are'} kept in memory and will be written as soon as possible; carry on.`,
          s.red.bold,
        ),
      );
    else this.print(this.sentence('The record is written again; nothing was lost.', s.green));
  }

  /** The journal file had gone and was written again from memory: the person should know someone or something removed it. */
  journalRewritten(): void {
    this.print(
      this.sentence(
        "!! The record's file was gone (was its folder removed?). It has been written again from memory; nothing was lost.",
        this.style.yellow.bold,
      ),
    );
  }

  /** Events the disk never took: said where the record is, so no one trusts an incomplete file. */
  private unsavedLines(journal: string | undefined, unsaved: number): string[] {
    const where = journal ? ` in ${safeLine(journal)}` : '';
    return this.sentence(
      `${unsaved} event${unsaved === 1 ? ' is' : 's are'} not in the record${where}: the disk would not take ${unsaved === 1 ? 'it' : 'them'}. ${unsaved === 1 ? 'It is' : 'They are'} printed below: add ${unsaved === 1 ? 'it' : 'them'} to the end of that file once it can be written.`,
      this.style.red.bold,
    );
  }

  /**
   * The end: what was done, skipped (still to do), answered and noted, who to
   * keep informed, and the command that gives the report of it all.
   */
  ended(state: WalkState, now: Date, journal: string | undefined, unsaved = 0, reportCommand?: string): void {
    const s = this.style;
    const sum = summarize(state, now);
    const failed = state.outcome === 'failed';
    const lines = ['', this.rule(), ...this.banner(state)];
    lines.push(
      failed
        ? s.red.bold(`Ended at a check that failed, after ${formatDuration(sum.durationMs)}.`)
        : s.green.bold(`Runbook complete after ${formatDuration(sum.durationMs)}.`),
    );
    lines.push(`Done: ${plural(sum.done.length, 'step')}`);
    for (const v of sum.done) lines.push(...this.item('✔', this.textOf(v.step)));
    if (sum.skipped.length) {
      lines.push(s.yellow(`Skipped, so still to do: ${sum.skipped.length}`));
      for (const v of sum.skipped)
        lines.push(...this.item('↷', `${this.textOf(v.step)} ${s.dim(`(reason: ${safeLine(v.result.reason)})`)}`));
    }
    if (sum.answers.length) {
      lines.push('Answers:');
      for (const v of sum.answers)
        lines.push(...this.item('?', `${this.textOf(v.step)} ${s.bold(safeLine(v.result.answer))}`));
    }
    if (sum.checks.length) {
      lines.push('Checks:');
      for (const v of sum.checks)
        lines.push(
          ...this.item(v.result.outcome === 'succeeded' ? '✔' : '✘', `${this.textOf(v.step)} ${v.result.outcome}`),
        );
    }
    if (sum.notes.length) {
      lines.push('Notes:');
      for (const n of sum.notes)
        lines.push(...this.item('-', `${safeFlowed(n.text)} ${s.dim(`(${safeLine(n.person)}, at ${n.step})`)}`));
    }
    const keep = contactsOfRunbook(this.view, new Set(state.visits.map((v) => v.step)));
    if (keep.length) {
      lines.push('', s.bold('Keep these people informed:'));
      for (const c of keep) lines.push(...contactLines(c, s, this.width - 2).map((l) => `  ${l}`));
    }
    if (unsaved) lines.push('', ...this.unsavedLines(journal, unsaved));
    else
      lines.push(
        '',
        ...wrapAtSpaces(
          journal
            ? `The record of this ${state.drill ? 'exercise' : 'incident'} is in ${safeLine(journal)}`
            : 'This walk was not recorded.',
          this.width,
        ),
      );
    // The command whole on a line of its own, as the resume command is: typed as printed.
    if (journal && reportCommand) lines.push('The report of what happened:', `  ${s.bold(reportCommand)}`);
    this.print(lines);
  }

  /** Paused or interrupted: exactly what to type to carry on. */
  paused(state: WalkState, resumeCommand: string, journal: string | undefined, unsaved = 0): void {
    const s = this.style;
    const at = state.at !== undefined ? this.view.steps[state.at] : undefined;
    const lines = [
      '',
      ...this.banner(state),
      ...wrap(
        `Paused${at ? ` at ${placeName(this.place(state), { lower: true })}: ${safeLine(at.text)}` : ''}`,
        this.width,
      ).map((l) => s.yellow.bold(l)),
    ];
    if (unsaved) lines.push(...this.unsavedLines(journal, unsaved));
    else if (journal)
      lines.push(...wrapAtSpaces(`Everything confirmed so far is saved in ${safeLine(journal)}`, this.width));
    // The command whole on its line, as it must be typed: a terminal that folds it still copies it whole.
    lines.push('To carry on, type:', `  ${s.bold(resumeCommand)}`);
    this.print(lines);
  }

  /**
   * Lines of the walk as it goes. A person at a terminal gets each wrapped to
   * the screen, its continuation indented; a log (a script, a file) keeps
   * one line per event, for the programs that read it.
   */
  private tell(lines: string[]): void {
    if (this.mode !== 'cards') {
      this.print(lines);
      return;
    }
    this.print(lines.flatMap((line) => wrapIndented(line, this.width)));
  }

  /** An item of the summary: its mark, then its text wrapped to the screen, the lines after the first under the text. */
  private item(mark: string, text: string): string[] {
    return wrapUnder(text, this.width, `  ${mark} `, '    ');
  }

  private textOf(stepId: string): string {
    const step = this.view.steps.find((v) => v.id === stepId);
    return step ? safeLine(step.text) : stepId;
  }
}

function checkFacts(event: Extract<JournalEvent, { type: 'check-result' }>): string {
  if (event.error) return 'could not be run';
  if (event.timedOut) return `timed out after ${formatDuration(event.durationMs ?? 0)}`;
  const code =
    event.exitCode === null || event.exitCode === undefined
      ? `stopped by ${event.signal ?? 'a signal'}`
      : `exit ${event.exitCode}`;
  return `${code}, ${formatDuration(event.durationMs ?? 0)}`;
}

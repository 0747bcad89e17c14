// What the facilitator sees: the exercise before it starts, each inject as it
// is released (with what is expected, for the facilitator and the evaluator),
// each thing to rate, and how it ended or paused. Plain lines, as the walk's
// screen draws them; every string from a file passes through safeText/safeLine.
import type { OutputStream } from '../../system/io.js';
import { plural } from '../../text/plural.js';
import { safeLine, safeText } from '../../text/sanitize.js';
import type { Style } from '../../text/style.js';
import { localDayAndTime } from '../../text/local-time.js';
import { contactLines } from '../../render/text.js';
import { joinWithin, readingWidth, wrap, wrapAtSpaces, wrapUnder } from '../../text/wrap.js';
import type { ExerciseView, InjectView, ObjectiveView } from '../../library/exercise-view.js';
import { EXERCISE_BANNER } from '../exercise.js';
import { formatDuration } from '../../text/duration.js';
import type { ExerciseState } from './engine.js';

/** Says an example exercise is one, wherever the exercise is named. */
export const EXAMPLE_NOTICE = 'EXAMPLE exercise, shipped to show the format: a scenario, not a plan of the agency';

/** How an expected step reads: "power-loss step 3: Is the Executive Director in the office?". */
export function expectedStepText(step: InjectView['steps'][number]): string {
  return step.number !== undefined
    ? `${step.runbook} step ${step.number}: ${step.text}`
    : `${step.runbook} step ${step.id} (not in the runbook now)`;
}

export class ExerciseScreen {
  private readonly width: number;

  constructor(
    private readonly out: OutputStream,
    private readonly style: Style,
    columns: number,
    private readonly view: ExerciseView,
  ) {
    this.width = readingWidth(columns);
  }

  private print(lines: string[]): void {
    this.out.write(`${lines.join('\n')}\n`);
  }

  private rule(): string {
    return this.style.dim('─'.repeat(this.width));
  }

  private banner(): string[] {
    const s = this.style;
    return [
      s.black.bgYellow.bold(` ${EXERCISE_BANNER} `),
      ...(this.view.example ? wrap(EXAMPLE_NOTICE, this.width).map((l) => s.yellow.bold(l)) : []),
    ];
  }

  private title(): string[] {
    return wrap(safeLine(this.view.title), this.width).map((l) => this.style.bold(l));
  }

  /** A sentence (perhaps with a file's path in it) wrapped at its spaces, so that no word or path is cut. */
  private sentence(text: string): string[] {
    return wrapAtSpaces(text, this.width);
  }

  private para(text: string, indent = '  '): string[] {
    return wrap(safeText(text), this.width - indent.length).map((l) => indent + l);
  }

  /** Before the first inject: what the exercise is, what to read to the players, and who plays which part. */
  opening(state: ExerciseState, journal: string | undefined): void {
    const s = this.style;
    const v = this.view;
    const first = v.injects[0]?.at;
    const last = v.injects[v.injects.length - 1]?.at;
    const lines = [this.rule(), ...this.banner(), ...this.title()];
    const runbooks = v.runbooks.map((r) => safeLine(r.title ? `${r.id} (${r.title})` : r.id)).join(', ');
    lines.push(
      ...joinWithin([`Planned for ${v.date}`, `runbooks: ${runbooks}`], ' · ', this.width),
      '',
      s.bold('Scenario (read it to the players):'),
      ...this.para(v.scenario),
      '',
      s.bold('Objectives:'),
    );
    for (const [i, o] of v.objectives.entries()) lines.push(...this.objectiveLines(o, i));
    lines.push('', s.bold('Participants:'));
    for (const p of v.participants) lines.push(...this.hanging(`${p.role}: ${safeLine(p.name)}`));
    const about = [`Exercise record ${state.record}`, `facilitated by ${safeLine(state.person)}`];
    if (journal) about.push(`record: ${safeLine(journal)}`);
    lines.push(
      '',
      ...wrap(
        `${plural(v.injects.length, 'inject')}, from ${first} to ${last} in scenario time; each is shown when it is released.`,
        this.width,
      ),
      ...joinWithin(about, ' · ', this.width).map((l) => s.dim(l)),
    );
    this.print(lines);
  }

  /** Before a resumed exercise carries on: where it stands. */
  resumed(state: ExerciseState, journal: string, previousPerson: string | undefined, changed?: string): void {
    const s = this.style;
    const lines = [this.rule(), ...this.banner(), ...this.title()];
    const about = [
      `Exercise record ${state.record}`,
      `started ${localDayAndTime(new Date(state.startedAt))}`,
      `record: ${safeLine(journal)}`,
    ];
    lines.push(
      ...joinWithin(about, ' · ', this.width).map((l) => s.dim(l)),
      ...(previousPerson
        ? this.sentence(`Resumed by ${safeLine(state.person)}, taking over from ${safeLine(previousPerson)}.`).map(
            (l) => s.bold(l),
          )
        : this.sentence(`Resumed by ${safeLine(state.person)}.`)),
    );
    if (changed) lines.push(...this.sentence(`!! ${safeLine(changed)}`).map((l) => s.yellow.bold(l)));
    lines.push(
      ...this.sentence(
        `So far: ${state.released.length} of ${plural(this.view.injects.length, 'inject')} released, ${plural(state.responses.length, 'response')} and ${plural(state.ratings.length, 'rating')} recorded${state.hotWash ? ', the hot wash held' : ''}.`,
      ),
    );
    this.print(lines);
  }

  /** An item of a list, indented, its continuation lines under its text. */
  private hanging(text: string): string[] {
    return wrapUnder(text, this.width, '  ', '    ');
  }

  private objectiveLines(o: ObjectiveView, index: number): string[] {
    const [first = '', ...rest] = wrap(safeText(o.text), this.width - 5);
    const policy = wrapUnder(safeLine(o.policy), this.width, '     ', '     ');
    return [`  ${index + 1}. ${first}`, ...rest.map((l) => `     ${l}`), ...policy.map((l) => this.style.dim(l))];
  }

  /** An inject as it is released: what to tell the players, then what is expected of them. */
  inject(inject: InjectView, releasedAt: Date, by: 'schedule' | 'facilitator', opensScenario: boolean): void {
    const s = this.style;
    // The first inject has no time to be early for: the facilitator opens the scenario with it.
    const when =
      by === 'schedule'
        ? 'on schedule'
        : opensScenario
          ? 'released by the facilitator'
          : 'released early by the facilitator';
    const lines = [
      '',
      this.rule(),
      ...this.banner(),
      // Its number and scenario time first, on one line whatever the width; when and how it was released after.
      ...joinWithin(
        [
          s.bold(`INJECT ${inject.number} of ${this.view.injects.length} · scenario ${inject.at}`),
          s.dim(`${localDayAndTime(releasedAt)}, ${when}`),
        ],
        s.dim(' · '),
        this.width,
      ),
    ];
    if (inject.from) lines.push(...wrapUnder(safeLine(inject.from), this.width, 'From: ', '      '));
    lines.push(...this.para(inject.text, '  ').map((l) => s.bold(l)), '');
    lines.push(
      ...wrap('Expected (for the facilitator and the evaluator):', this.width).map((l) => s.dim(l)),
      ...this.para(inject.expected, '  '),
    );
    for (const step of inject.steps)
      lines.push(...wrapUnder(safeLine(expectedStepText(step)), this.width, '  - ', '    '));
    this.print(lines);
  }

  /** What the evaluator rates next, and what was recorded about it. */
  toRate(heading: string, text: string, detail: string[]): void {
    const s = this.style;
    const details = detail.flatMap((d) => wrapUnder(safeLine(d), this.width, '  ', '    ').map((l) => s.dim(l)));
    this.print(['', ...wrap(safeLine(heading), this.width).map((l) => s.bold(l)), ...this.para(text), ...details]);
  }

  stage(text: string): void {
    this.print(['', this.rule(), ...wrap(text, this.width).map((l) => this.style.bold(l))]);
  }

  contactsFor(heading: string, view: Parameters<typeof contactLines>[0][]): void {
    this.print([
      this.style.bold(heading),
      ...view.flatMap((c) => contactLines(c, this.style, this.width - 2).map((l) => `  ${l}`)),
    ]);
  }

  /** The end: what the record holds, and where to read the after-action report. */
  ended(state: ExerciseState, journal: string | undefined, report: string): void {
    const s = this.style;
    const areas = state.hotWash?.improvements.length ?? 0;
    const lines = [
      '',
      this.rule(),
      ...this.banner(),
      ...this.sentence(
        `The exercise has ended after ${formatDuration(Date.parse(state.endedAt ?? state.startedAt) - Date.parse(state.startedAt))}.`,
      ).map((l) => s.green.bold(l)),
      ...this.sentence(
        `${state.released.length} of ${plural(this.view.injects.length, 'inject')} released, ${plural(state.responses.length, 'response')}, ${plural(state.ratings.length, 'rating')}, ${plural(state.hotWash?.strengths.length ?? 0, 'strength')}, ${plural(areas, 'area')} for improvement, ${plural(state.actions.length, 'corrective action')}.`,
      ),
    ];
    if (journal) lines.push(...this.sentence(`The record of this exercise is in ${safeLine(journal)}`));
    lines.push(...this.sentence('The after-action report and improvement plan:'), `  ${s.bold(report)}`);
    this.print(lines);
  }

  /** Paused or interrupted: exactly what to type to carry on. */
  paused(resumeCommand: string, journal: string | undefined): void {
    const s = this.style;
    const lines = ['', ...this.banner(), s.yellow.bold('Paused.')];
    if (journal) lines.push(...this.sentence(`Everything entered so far is saved in ${safeLine(journal)}`));
    lines.push('To carry on, type:', `  ${s.bold(resumeCommand)}`);
    this.print(lines);
  }

  /** Lines as they are: YAML to copy, a command to type. */
  line(text: string): void {
    this.print([text]);
  }

  /** Prose, wrapped to the screen at its spaces; each line break in it kept. */
  say(text: string): void {
    this.print(text.split('\n').flatMap((l) => (l ? this.sentence(l) : [''])));
  }
}

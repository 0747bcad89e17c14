// What `coop exercise run` and `coop exercise resume` share once they hold
// the record's journal and its lock: the screen, the facilitator's prompts,
// the console, and its end: the command that carries a paused exercise on,
// or, for one that ended, its corrective actions written into the library's
// improvements.yaml once the facilitator has seen them and agreed.
import type { Exercise } from '../format/exercise-schema.js';
import type { JournalDir } from '../journal/paths.js';
import type { JournalWriter } from '../journal/writer.js';
import type { ExerciseView } from '../library/exercise-view.js';
import type { Library, Loaded } from '../library/library.js';
import { locateLibrary } from '../library/locate.js';
import { contactView, type RunbookView } from '../library/view.js';
import { contactMap } from '../library/library.js';
import { addImprovements, writeImprovements } from '../edit/improvements.js';
import { EXIT, Interrupted, UserError } from '../system/errors.js';
import type { IO } from '../system/io.js';
import { coopCommand } from '../system/invocation.js';
import { safeLine, safeText } from '../text/sanitize.js';
import { shellWord } from '../text/shell-word.js';
import { loadStyle } from '../text/style.js';
import { asWords, walkOutput } from '../walk/drive.js';
import type { Prompter } from '../walk/drivers/prompter.js';
import { runConsole, type ConsoleEnd } from '../walk/exercise/console.js';
import type { ExerciseAdvanced, ExerciseState } from '../walk/exercise/engine.js';
import { Facilitator, type ActionChoices } from '../walk/exercise/facilitator.js';
import { ExerciseScreen } from '../walk/exercise/screen.js';
import type { GlobalOptions } from './options.js';

export interface ExerciseFlags extends GlobalOptions {
  journalDir?: string;
}

export interface ExerciseSession {
  io: IO;
  flags: ExerciseFlags;
  library: Library;
  entry: Loaded<Exercise>;
  view: ExerciseView;
  runbooks: RunbookView[];
  writer: JournalWriter;
  journalDir: JournalDir;
  first: ExerciseAdvanced;
  prompter: Prompter;
  /** What the screen shows before the console asks anything. */
  opening(screen: ExerciseScreen): void;
  signal: AbortSignal;
}

export async function driveExercise(session: ExerciseSession): Promise<number> {
  const { io, entry, view, writer } = session;
  const output = walkOutput(io, false, true);
  const style = await loadStyle(output.color);
  const screen = new ExerciseScreen(output.human, style, io.columns, view);
  session.opening(screen);
  const facilitator = new Facilitator(session.prompter, () => io.now(), session.signal);
  const end: ConsoleEnd = await runConsole(
    {
      exercise: entry.value,
      view,
      runbooks: session.runbooks,
      screen,
      journal: writer,
      facilitator,
      actionChoices: (state, today) => actionChoices(session, state, today),
      now: () => io.now(),
      signal: session.signal,
    },
    session.first,
  );
  const flushed = writer.flush();
  if (!flushed.ok) {
    io.stderr.write(
      `coop: these events could not be written to ${writer.path} (${flushed.error}); keep them (paste them into that file once the disk works):\n`,
    );
    for (const line of writer.pendingLines()) io.stderr.write(line);
  }
  const record = end.state.record;
  if (end.kind === 'paused') {
    screen.paused(commandFor('resume', record, session, end.state.person), writer.path);
    return EXIT.interrupted;
  }
  const code = await adoptActions(session, end.state, facilitator, screen);
  screen.ended(end.state, writer.path, commandFor('report', record, session));
  return code;
}

/** Exactly what to type for `coop exercise <verb> <record>`, with the options that found this library and journal. */
function commandFor(verb: 'resume' | 'report', record: string, session: ExerciseSession, person?: string): string {
  const parts = [coopCommand(session.io.env)];
  if (session.flags.runbooks) parts.push('--runbooks', shellWord(session.flags.runbooks));
  parts.push('exercise', verb, record);
  if (session.journalDir.source === 'option') parts.push('--journal-dir', shellWord(session.flags.journalDir!));
  if (person !== undefined) parts.push(...asWords(person, session.io));
  return safeLine(parts.join(' '));
}

function actionChoices(session: ExerciseSession, state: ExerciseState, today: string): ActionChoices {
  const { library, entry } = session;
  const contacts = contactMap(library);
  const taken = new Set([...library.improvements.map((i) => i.value.id), ...state.actions.map((a) => a.action.id)]);
  let n = 1;
  while (taken.has(`${entry.value.id}-${n}`)) n++;
  const exercised = new Set(entry.value.runbooks);
  const runbooks = [...library.runbooks]
    .map((r) => ({ id: r.value.id, title: r.value.title }))
    .sort((a, b) => Number(exercised.has(b.id)) - Number(exercised.has(a.id)));
  return {
    areas: state.hotWash?.improvements ?? [],
    contacts: [...contacts.keys()].map((id) => contactView(id, contacts)),
    runbooks,
    takenIds: taken,
    suggestedId: `${entry.value.id}-${n}`,
    today,
  };
}

/**
 * The record's corrective actions that improvements.yaml does not have yet,
 * shown and, once the facilitator agrees, added to it. Never to the library
 * shipped with coop; never without asking.
 */
async function adoptActions(
  session: ExerciseSession,
  state: ExerciseState,
  facilitator: Facilitator,
  screen: ExerciseScreen,
): Promise<number> {
  const { library, io } = session;
  const known = new Set(library.improvements.map((i) => i.value.id));
  const fresh = state.actions.filter((a) => !known.has(a.action.id));
  if (fresh.length === 0) return EXIT.ok;
  const actions = fresh.map((a) => ({ ...a.action, exercise: state.exercise }));
  let edit: ReturnType<typeof addImprovements>;
  try {
    edit = addImprovements(library, actions, io.cwd);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    io.stderr.write(`coop: ${safeLine(error.message)}; the corrective actions are in the record and its report\n`);
    return EXIT.usage;
  }
  const added = safeText(edit.added).trimEnd();
  const shipped = locateLibrary(session.flags.runbooks, io.env, io.cwd).source === 'shipped';
  if (shipped) {
    // The command on a line of its own, whole, so that it can be copied as it is.
    screen.say('The library shipped with coop is not changed. To keep these corrective actions, copy it:');
    screen.line(`  cp -r ${shellWord(library.root)} runbooks`);
    screen.say('and add them under improvements: in runbooks/improvements.yaml:');
    screen.line(added);
    return EXIT.ok;
  }
  screen.say(`\nThe improvement plan goes into ${safeLine(edit.shown)}${edit.created ? ' (a new file)' : ''}:`);
  screen.line(added);
  if (
    !(await agrees(
      facilitator,
      `Add ${fresh.length === 1 ? 'it' : `these ${fresh.length}`} to ${safeLine(edit.shown)}?`,
    ))
  ) {
    screen.say(
      `Not written. To keep them in the plan, add the lines above under improvements: in ${safeLine(edit.shown)}.`,
    );
    return EXIT.ok;
  }
  try {
    writeImprovements(edit);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    io.stderr.write(`coop: ${safeLine(error.message)}; add the lines above to it by hand\n`);
    return EXIT.usage;
  }
  screen.say(
    `Written to ${safeLine(edit.shown)}: commit it with the plan; coop status follows each one up until it is closed.`,
  );
  return EXIT.ok;
}

/** The facilitator's yes; Ctrl-C at this last question is a no (the exercise has ended and is saved). */
async function agrees(facilitator: Facilitator, question: string): Promise<boolean> {
  try {
    return await facilitator.confirmWrite(question);
  } catch (error) {
    if (error instanceof Interrupted) return false;
    throw error;
  }
}

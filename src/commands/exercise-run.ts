// `coop exercise run <exercise>`: the facilitator console for a new run of an
// exercise of the library. It needs a person at a terminal; the record is a
// journal of its own in the journal folder, created and locked before the
// first inject, like an incident's.
import { VERSION } from '../system/version.js';
import type { IO } from '../system/io.js';
import { fileHash } from '../journal/hash.js';
import { createJournal } from '../journal/new-journal.js';
import { locateJournalDir, newIncidentId } from '../journal/paths.js';
import { exerciseView } from '../library/exercise-view.js';
import { UserError } from '../system/errors.js';
import { inquirerPrompter } from '../walk/drivers/prompter.js';
import { startExercise } from '../walk/exercise/engine.js';
import { watchInterrupts } from '../walk/interrupts.js';
import { personName, walkOutput } from '../walk/drive.js';
import { driveExercise, type ExerciseFlags } from './exercise-console.js';
import { exercisedRunbooks, requireExercise } from './open-exercise.js';
import { openLibrary, warnAboutProblems } from './open-library.js';

export interface ExerciseRunOptions extends ExerciseFlags {
  exercise: string;
  as?: string;
}

/** The console asks at every turn: without a terminal there is no one to ask. */
export function requireTerminal(io: IO, what: string): void {
  if (!io.interactive)
    throw new UserError(
      `${what} is a console for the facilitator, at a terminal, and this is not one (stdin or the screen is not a terminal); run it in a terminal window`,
    );
}

export async function run(options: ExerciseRunOptions, io: IO): Promise<number> {
  requireTerminal(io, 'coop exercise run');
  const library = await openLibrary(options, io);
  const entry = requireExercise(library, options.exercise, io);
  warnAboutProblems(library, io);
  const runbooks = exercisedRunbooks(library, entry.value, io);
  const view = exerciseView(library, entry);
  const who = personName(options.as, io);
  const journalDir = locateJournalDir(options.journalDir, io.env, io.cwd);
  const opened = await createJournal(journalDir.dir, () => newIncidentId(entry.value.id, io.now()), who, io);
  if (!opened.ok)
    throw new UserError(
      `${opened.unwritable.message}; an exercise is recorded before it starts: choose a folder you can write with --journal-dir DIR or COOP_JOURNAL_DIR`,
    );
  const { writer, lock } = opened;
  const interrupts = watchInterrupts(io);
  try {
    const output = walkOutput(io, false, true);
    const prompter = await inquirerPrompter(io, output.humanName, output.color, interrupts);
    const first = startExercise(
      entry.value,
      {
        record: writer.incidentId,
        person: who,
        exerciseHash: fileHash(entry.file.absolutePath),
        exerciseFile: entry.file.displayPath,
        coopVersion: VERSION,
      },
      io.now(),
    );
    return await driveExercise({
      io,
      flags: options,
      library,
      entry,
      view,
      runbooks,
      writer,
      journalDir,
      first,
      prompter,
      opening: (screen) => screen.opening(first.state, writer.path),
      signal: interrupts.signal,
    });
  } finally {
    interrupts.dispose();
    lock.release();
    writer.close();
  }
}

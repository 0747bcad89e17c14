// `coop exercise resume [record]`: carry on an exercise that was paused or
// interrupted, from its record: read under its lock, replayed against the
// exercise file, and continued in the same console.
import type { IO } from '../system/io.js';
import type { ExerciseStartedEvent } from '../journal/events.js';
import { readJournalFolder, warnUnreadable } from '../journal/folder.js';
import { findExerciseJournal, readExerciseJournal } from '../journal/incident.js';
import { lockIncident, writeWhileLocked } from '../journal/incident-lock.js';
import { locateJournalDir, type JournalDir } from '../journal/paths.js';
import { JournalWriter } from '../journal/writer.js';
import { exerciseView } from '../library/exercise-view.js';
import { UserError } from '../system/errors.js';
import { localDayAndTime } from '../text/local-time.js';
import { safeLine } from '../text/sanitize.js';
import { inquirerPrompter, type Prompter } from '../walk/drivers/prompter.js';
import { personName, walkOutput } from '../walk/drive.js';
import { advance, ExerciseRecordError, replayExercise } from '../walk/exercise/engine.js';
import { watchInterrupts } from '../walk/interrupts.js';
import { driveExercise, type ExerciseFlags } from './exercise-console.js';
import { requireTerminal } from './exercise-run.js';
import { exerciseChangedSince, exerciseRecords, exercisedRunbooks, requireExercise } from './open-exercise.js';
import { openLibrary, warnAboutProblems } from './open-library.js';

export interface ExerciseResumeOptions extends ExerciseFlags {
  record?: string;
  as?: string;
}

export async function run(options: ExerciseResumeOptions, io: IO): Promise<number> {
  requireTerminal(io, 'coop exercise resume');
  const journalDir = locateJournalDir(options.journalDir, io.env, io.cwd);
  const interrupts = watchInterrupts(io);
  try {
    const output = walkOutput(io, false, true);
    const prompter = await inquirerPrompter(io, output.humanName, output.color, interrupts);
    const id = options.record ?? (await chooseRecord(journalDir, io, prompter));
    const found = findExerciseJournal(id, journalDir.dir, io);
    const who = personName(options.as, io);
    // Read only under the lock: no one else can append between the read and our first line.
    const lock = await lockIncident(journalDir.dir, id, who, io);
    let writer: JournalWriter | undefined;
    try {
      const { read } = readExerciseJournal(found, io, true);
      const started = read.events[0] as ExerciseStartedEvent;
      const library = await openLibrary(options, io);
      const entry = requireExercise(library, started.runbook, io);
      warnAboutProblems(library, io);
      const runbooks = exercisedRunbooks(library, entry.value, io);
      const changed = exerciseChangedSince(started.exerciseHash, entry);
      let before: ReturnType<typeof replayExercise>;
      try {
        before = replayExercise(entry.value, read.events);
      } catch (error) {
        if (!(error instanceof ExerciseRecordError)) throw error;
        throw new UserError(
          `cannot carry on exercise record ${id}: ${error.message} (event ${error.seq})${changed ? ', and the exercise file has changed since it began' : ''}; put the exercise back as it was, or see what was done: coop exercise report ${id}`,
        );
      }
      if (before.status === 'ended')
        throw new UserError(
          `exercise record ${id} ended on ${localDayAndTime(new Date(before.endedAt!))}; there is nothing to carry on. Its report: coop exercise report ${id}`,
        );
      writer = new JournalWriter(journalDir.dir, id);
      writer.continueAt(read);
      writeWhileLocked(writer, lock);
      const first = advance(entry.value, before, { type: 'resume', person: who }, io.now());
      const resumed = first.events[0]!;
      const previous = resumed.type === 'resumed' ? resumed.previousPerson : undefined;
      const journal = writer.path;
      return await driveExercise({
        io,
        flags: options,
        library,
        entry,
        view: exerciseView(library, entry),
        runbooks,
        writer,
        journalDir,
        first,
        prompter,
        opening: (screen) =>
          screen.resumed(
            first.state,
            journal,
            previous,
            changed
              ? `The exercise file ${entry.file.displayPath} has changed since this exercise began; coop carries on by inject id.`
              : undefined,
          ),
        signal: interrupts.signal,
      });
    } finally {
      lock.release();
      writer?.close();
    }
  } finally {
    interrupts.dispose();
  }
}

/** The open record worked on last, or the one the facilitator picks among several. */
async function chooseRecord(journalDir: JournalDir, io: IO, prompter: Prompter): Promise<string> {
  const folder = readJournalFolder(journalDir.dir, io.cwd);
  warnUnreadable(folder, (t) => io.stderr.write(t));
  const open = exerciseRecords(folder).filter((r) => r.status !== 'ended');
  if (open.length === 0)
    throw new UserError(
      `no exercise to carry on in ${safeLine(folder.display)}: none is paused or open; coop exercise run <exercise> starts one`,
    );
  if (open.length === 1) return open[0]!.id;
  return prompter.select(
    'Which exercise do you carry on?',
    open.map((r) => ({
      name: `${safeLine(r.title)}: ${r.injectsReleased} inject(s) released, ${r.people.map(safeLine).join(', ')}`,
      value: r.id,
      description: `${r.id} · started ${localDayAndTime(new Date(r.startedAt))} · last entry ${localDayAndTime(new Date(r.lastEventAt))}`,
    })),
  );
}

// Which runbook `coop incident` and `coop drill` walk, or which open incident
// to carry on instead. Under stress people mistype, forget the id, or start
// a second incident after a crash: at a terminal coop offers the open
// incidents first, matches what is typed by words and with typing mistakes,
// offers the runbooks a mistyped id comes close to, and asks before starting
// a second incident of a runbook that has one open. A script is never asked:
// a wrong id stays exit 2, a duplicate is a warning.
import type { IO } from '../system/io.js';
import { findRunbook, type Library, type Loaded } from '../library/library.js';
import type { Runbook } from '../format/model.js';
import { UserError } from '../system/errors.js';
import { readJournalFolder } from '../journal/folder.js';
import { journalDirWords, type JournalDir } from '../journal/paths.js';
import { safeLine } from '../text/sanitize.js';
import type { InteractiveDriver, Picked } from '../walk/drivers/interactive.js';
import { runbookFinder } from '../walk/find-runbook.js';
import { carryOnChoice, openIncidents, type CarryOn } from '../walk/open-incidents.js';
import { libraryCommandFor, lintLine, requireRunbook } from './open-library.js';

export type Choice = { kind: 'walk'; entry: Loaded<Runbook> } | { kind: 'carry-on'; incident: string };

export interface ChoiceFacts {
  library: Library;
  /** The runbook id typed on the command line, if any. */
  typed?: string;
  person?: InteractiveDriver;
  /** Where the journals are, to find the open incidents; none for a dry run. */
  journalDir?: JournalDir;
  drill: boolean;
}

export async function chooseRunbook(facts: ChoiceFacts, io: IO): Promise<Choice> {
  const { library, person, typed } = facts;
  const open = openOnes(facts, io);
  if (typed !== undefined) {
    const found = findRunbook(library, typed);
    if (found) return duplicateOrWalk(facts, found, open, io);
    const near = await nearOne(facts, typed, io);
    if (near) return duplicateOrWalk(facts, near, open, io);
    return picked(library, await pick(facts, open), io);
  }
  if (library.runbooks.length === 0)
    throw new UserError(
      `the library ${library.displayRoot} has no runbook that can be used; run ${lintLine(library, io)}`,
    );
  if (!person) {
    const ids = library.runbooks.map((r) => r.value.id).join(', ');
    throw new UserError(
      `name the runbook to walk through, like: ${libraryCommandFor(library, io)(facts.drill ? 'drill' : 'incident', library.runbooks[0]!.value.id)} (the runbooks are: ${ids}); without a terminal coop cannot ask`,
    );
  }
  return picked(library, await pick(facts, open), io);
}

/** The open incidents (or open drills, for a drill), the most recently active first. */
function openOnes(facts: ChoiceFacts, io: IO): CarryOn[] {
  if (facts.journalDir === undefined) return [];
  let summaries: ReturnType<typeof openIncidents>;
  try {
    summaries = openIncidents(readJournalFolder(facts.journalDir.dir, io.cwd));
  } catch (error) {
    // A journal folder that cannot be read is said when the incident's own journal is made.
    if (error instanceof UserError) return [];
    throw error;
  }
  const now = io.now();
  return summaries
    .filter((s) => s.drill === facts.drill)
    .map((s) => carryOnChoice(s, now, findRunbook(facts.library, s.runbook)?.value));
}

async function pick(facts: ChoiceFacts, open: readonly CarryOn[]): Promise<Picked> {
  const finder = await runbookFinder(facts.library.runbooks.map((r) => r.value));
  const question = facts.drill ? 'Which runbook do you want to rehearse?' : 'What is happening?';
  return facts.person!.chooseRunbook(question, finder, open);
}

function picked(library: Library, choice: Picked, io: IO): Choice {
  return choice.kind === 'carry-on'
    ? choice
    : { kind: 'walk', entry: requireRunbook(library, choice.id, io, { forWalk: true }) };
}

/**
 * An id that names no runbook: in a script (or for a runbook that cannot be
 * loaded) exit 2 with "did you mean"; at a terminal the runbooks it comes
 * close to, or none when the person wants the whole list.
 */
async function nearOne(facts: ChoiceFacts, typed: string, io: IO): Promise<Loaded<Runbook> | undefined> {
  const { library, person } = facts;
  if (!person || library.brokenRunbooks.some((b) => b.id === typed))
    return requireRunbook(library, typed, io, { forWalk: true });
  const near = (await runbookFinder(library.runbooks.map((r) => r.value))).near(typed);
  const id = near.length ? await person.chooseNear(typed, near) : undefined;
  return id === undefined ? undefined : requireRunbook(library, id, io, { forWalk: true });
}

/** A second incident of a runbook with one open: asked at a terminal, said to a script. */
async function duplicateOrWalk(
  facts: ChoiceFacts,
  entry: Loaded<Runbook>,
  open: readonly CarryOn[],
  io: IO,
): Promise<Choice> {
  const same = open.find((o) => o.runbook === entry.value.id);
  if (!same) return { kind: 'walk', entry };
  if (facts.person) return picked(facts.library, await facts.person.carryOnOrStart(same), io);
  // With the library and journal folder this command was given: resumed against another library, the
  // incident would be walked through another plan's steps.
  const journalWords = facts.journalDir ? journalDirWords(facts.journalDir, io.cwd) : [];
  const resume = libraryCommandFor(facts.library, io)('resume', same.incident, ...journalWords);
  io.stderr.write(
    `coop: warning: ${facts.drill ? 'a drill' : 'an incident'} of ${safeLine(entry.value.id)} is still open (${same.description}); starting another. To carry that one on instead: ${safeLine(resume)}\n`,
  );
  return { kind: 'walk', entry };
}

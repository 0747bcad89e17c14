// `coop review <runbook>` and `coop review --due`: a guided review with
// sign-off. Each warning, step, branch and contact is asked about ("still
// right?"), then reviewed: and reviewed_by: are written into the runbook (and
// verified: on the contacts called), the review is recorded in the journal
// folder with the content hash of the file signed off, and the minutes are
// printed as Markdown. Scripted: --answers FILE, or --yes, with --as NAME.
import { coopCommand } from '../system/invocation.js';
import { VERSION } from '../system/version.js';
import type { GlobalOptions } from './options.js';
import type { IO } from '../system/io.js';
import { UserError } from '../system/errors.js';
import { reviewOverdue } from '../format/review.js';
import type { Runbook } from '../format/model.js';
import type { Library, Loaded } from '../library/library.js';
import { runbookView } from '../library/view.js';
import { fileHash } from '../journal/hash.js';
import { locateJournalDir, newIncidentId } from '../journal/paths.js';
import { writeReviewRecord, type ReviewRecord } from '../journal/review-record.js';
import { localDay } from '../text/local-time.js';
import { safeLine } from '../text/sanitize.js';
import { loadStyle } from '../text/style.js';
import { readingWidth, wrap } from '../text/wrap.js';
import { personName } from '../walk/drive.js';
import type { Prompter } from '../walk/drivers/prompter.js';
import { withPerson } from '../edit/asking.js';
import { libraryToChange } from '../edit/own-library.js';
import { readReviewAnswers, type ReviewAnswer } from '../edit/review/answers.js';
import { askReview } from '../edit/review/checklist.js';
import { reviewItems, type ReviewItem } from '../edit/review/items.js';
import { reviewMinutes } from '../edit/review/minutes.js';
import { signOffChanges } from '../edit/review/sign-off.js';
import { showAndWrite } from '../edit/write-changes.js';
import { requireRunbook } from './open-library.js';

export interface ReviewOptions extends GlobalOptions {
  runbook?: string;
  due?: boolean;
  as?: string;
  answers?: string;
  yes?: boolean;
  journalDir?: string;
}

/** The width of the minutes written to a file or a pipe. */
const MINUTES_WIDTH = 80;

/** Where an item is answered in an answers file, for the message about one it leaves out. */
const SECTION = { warning: 'warnings', step: 'steps', branch: 'branches', contact: 'contacts' } as const;

export async function run(options: ReviewOptions, io: IO): Promise<number> {
  const coop = coopCommand(io.env);
  if (options.runbook !== undefined && options.due)
    throw new UserError(`give a runbook or --due, not both: ${coop} review power-loss, or ${coop} review --due`);
  if (options.runbook === undefined && !options.due)
    throw new UserError(
      `name the runbook to review (${coop} review power-loss), or give --due for every runbook past its date`,
    );
  const library = libraryToChange(options.runbooks, io);
  const today = localDay(io.now());
  const entries =
    options.runbook !== undefined
      ? [requireRunbook(library, options.runbook, io)]
      : library.runbooks.filter((entry) => reviewOverdue(runbookView(library, entry), today));
  if (entries.length === 0) {
    io.stderr.write('coop: no runbook is past its review date; nothing to review\n');
    return 0;
  }
  if (options.answers !== undefined && entries.length > 1)
    throw new UserError(
      `--answers answers the review of one runbook: name it, like ${coop} review power-loss --answers review.yaml`,
    );
  if (!io.interactive && options.answers === undefined && !options.yes)
    throw new UserError(
      'a review asks about each item: run it at a terminal, or give --answers FILE, or --yes to sign every item off as still right (signed with your login name, or --as NAME)',
    );

  const person = personName(options.as, io);
  const journalDir = locateJournalDir(options.journalDir, io.env, io.cwd).dir;
  return withPerson(io, true, async (prompter, output) => {
    const review: Review = { io, options, prompter, person, today, journalDir, write: (t) => output.human.write(t) };
    for (const entry of entries) await reviewOne(entry, review, library);
    return 0;
  });
}

interface Review {
  io: IO;
  options: ReviewOptions;
  prompter: Prompter | undefined;
  person: string;
  today: string;
  journalDir: string;
  write: (text: string) => unknown;
}

async function reviewOne(entry: Loaded<Runbook>, review: Review, library: Library): Promise<void> {
  const { io, options, prompter } = review;
  const view = runbookView(library, entry);
  const items = reviewItems(view);
  const given = options.answers !== undefined ? readReviewAnswers(options.answers, items, io.cwd) : new Map();
  const style = await loadStyle(prompter ? io.color : io.colorErr);
  let answers: Map<string, ReviewAnswer>;
  if (prompter) {
    const width = readingWidth(io.columns);
    const heading = wrap(`Review of ${safeLine(view.title)} (${view.id}): is each of these still right?`, width);
    review.write(`\n${heading.map((l) => style.bold(l)).join('\n')}\n`);
    answers = await askReview(items, given, prompter, review.write, style, width);
  } else answers = scriptedAnswers(items, given, options);
  const verified = items.filter((i) => answers.get(i.key)?.answer === 'verified').map((i) => i.of!);
  const changes = signOffChanges(library, entry, { day: review.today, person: review.person, verified }, io.env);
  const outcome = await showAndWrite(changes, io, {
    yes: options.yes,
    prompter,
    style: await loadStyle(io.colorErr),
  });
  if (outcome === 'declined') return;
  const now = io.now();
  const record: ReviewRecord = {
    v: 1,
    type: 'review',
    id: newIncidentId(view.id, now),
    runbook: view.id,
    runbookFile: entry.file.displayPath,
    person: review.person,
    ts: now.toISOString(),
    day: review.today,
    runbookHash: fileHash(entry.file.absolutePath),
    coopVersion: VERSION,
    items: items.map((item) => ({ key: item.key, kind: item.kind, text: item.text, ...answers.get(item.key)! })),
  };
  const recordFile = writeReviewRecord(review.journalDir, record, io.cwd);
  io.stderr.write(`coop: recorded the review in ${safeLine(recordFile)}\n`);
  // A terminal's reading width; a file or a pipe gets the minutes at the width a Markdown file's lines usually have.
  const width = io.stdoutIsTTY ? readingWidth(io.columns) : MINUTES_WIDTH;
  io.stdout.write(reviewMinutes(record, view.title, recordFile, width));
}

/** Off a terminal: the answers file's answers, every other item still right with --yes, else the first left out is an error. */
function scriptedAnswers(
  items: readonly ReviewItem[],
  given: ReadonlyMap<string, ReviewAnswer>,
  options: ReviewOptions,
): Map<string, ReviewAnswer> {
  const answers = new Map<string, ReviewAnswer>();
  for (const item of items) {
    const answer = given.get(item.key) ?? (options.yes ? { answer: 'ok' as const } : undefined);
    if (!answer)
      throw new UserError(
        `${options.answers}: says nothing about ${safeLine(item.text)} (answer it under ${SECTION[item.kind]}:), or give --yes to sign off every item it leaves out as still right`,
      );
    answers.set(item.key, answer);
  }
  return answers;
}

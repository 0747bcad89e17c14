// `coop report <incident>`: the after-action report of one incident or drill,
// read from its journal and the runbook it followed: Markdown by default,
// JSON or a printable HTML page on request, to stdout or a file.
import { VERSION } from '../system/version.js';
import type { GlobalOptions } from './options.js';
import type { IO } from '../system/io.js';
import { locateJournalDir } from '../journal/paths.js';
import { runbookView } from '../library/view.js';
import { findIncidentJournal, readIncidentJournal } from '../journal/incident.js';
import { buildReport } from '../reports/after-action/model.js';
import { REPORT_FORMATS, type ReportFormat } from '../reports/after-action/formats.js';
import { judgeJournal } from '../walk/checked-journal.js';
import { openLibrary, warnAboutProblems } from './open-library.js';
import { writeOutput } from './write-output.js';
import { keptApartFile } from './kept-apart-record.js';

export interface ReportOptions extends GlobalOptions {
  incident: string;
  journalDir?: string;
  format: ReportFormat;
  out?: string;
}

export async function run(options: ReportOptions, io: IO): Promise<number> {
  const { dir } = locateJournalDir(options.journalDir, io.env, io.cwd);
  const journal = readIncidentJournal(findIncidentJournal(options.incident, dir, io), io);
  const events = journal.read.events;
  const library = await openLibrary(options, io);
  warnAboutProblems(library, io);
  const verdict = judgeJournal(journal.read, library);
  const entry = verdict.runbook;
  const kept = keptApartFile(dir, journal.id, io);
  const report = buildReport({
    events,
    lineOf: journal.read.lineOf,
    journalFile: journal.display,
    ...(journal.read.torn ? { torn: journal.read.torn } : {}),
    inconsistencies: verdict.problems,
    hashChain: verdict.check.chain,
    clockGoesBack: verdict.check.clockBack,
    ...(verdict.check.notATime !== undefined ? { notATime: verdict.check.notATime } : {}),
    ...(library.organization !== undefined ? { organization: library.organization } : {}),
    ...(entry ? { view: runbookView(library, entry) } : {}),
    runbookChanged: verdict.runbookChanged,
    ...(kept
      ? {
          keptApart: {
            events: kept.read.events,
            lineOf: kept.read.lineOf,
            file: kept.display,
            problems: judgeJournal(kept.read, library).problems,
          },
        }
      : {}),
    now: io.now(),
    coopVersion: VERSION,
  });
  const text = (await REPORT_FORMATS[options.format]())(report);
  await writeOutput(text, options.out, `the after-action report of ${journal.id}`, io);
  return 0;
}

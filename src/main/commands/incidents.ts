// `coop incidents`: the incidents and drills on record, with filters.
import { Option } from '@commander-js/extra-typings';
import { INCIDENT_STATUSES } from '../../journal/summary.js';
import { safeLine } from '../../text/sanitize.js';
import { examples } from '../program.js';
import { defineCommand } from '../define-command.js';
import { jsonOption, journalDirOption } from '../option-groups.js';
import { calendarDay } from '../option-values.js';

/** The complaint about a --since or --until that is not a day. */
const notADay = (option: string) => (typed: string) =>
  `${option} ${JSON.stringify(safeLine(typed))} is not a date; write it YYYY-MM-DD, like 2026-01-31`;

export const incidents = defineCommand({
  declare: (program) =>
    jsonOption(
      journalDirOption(program.command('incidents').description('list incidents and drills from the journal folder'))
        .option('--runbook <id>', 'only this runbook')
        .addOption(new Option('--status <status>', 'only incidents in this state').choices(INCIDENT_STATUSES))
        .option('--since <date>', 'started on or after this date (YYYY-MM-DD)', calendarDay(notADay('--since')))
        .option('--until <date>', 'started on or before this date (YYYY-MM-DD)', calendarDay(notADay('--until')))
        .option('--drills', 'only drills')
        .option('--real', 'only real incidents'),
    ).addHelpText(
      'after',
      examples(
        'coop incidents',
        'coop incidents --status open',
        'coop incidents --runbook power-loss --since 2026-01-01 --json',
      ),
    ),
  options: (_args, values) => values,
  run: () => import('../../commands/incidents.js'),
});

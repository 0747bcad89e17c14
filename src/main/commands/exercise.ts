// `coop exercise run|resume|report`: tabletop exercises of the plan, after
// FEMA's HSEEP, run from a facilitator console and reported as an AAR/IP.
import { EXERCISE_REPORT_FORMATS } from '../../reports/exercise/formats.js';
import { examples, type Program } from '../program.js';
import { defineCommand, defineGroup } from '../define-command.js';
import { formatOption, journalDirOption, outOption } from '../option-groups.js';

const declareGroup = (program: Program) =>
  program
    .command('exercise')
    .description('tabletop exercises of the plan: a facilitator console, its record, and the after-action report')
    .addHelpText(
      'after',
      examples(
        'coop exercise run power-loss-tabletop',
        'coop exercise resume',
        'coop exercise report power-loss-tabletop --format html --out aar.html',
      ),
    );
type Group = ReturnType<typeof declareGroup>;

const AS = ['--as <name>', 'your name, for the record (default: your login name)'] as const;

const run = defineCommand({
  declare: (group: Group) =>
    journalDirOption(
      group
        .command('run')
        .description('run an exercise from the facilitator console: injects on schedule, responses, ratings, hot wash')
        .argument('<exercise>', "exercise id (a file in the library's exercises/ folder)"),
    )
      .option(...AS)
      .addHelpText('after', examples('coop exercise run power-loss-tabletop --as "Pat Lee"')),
  options: ([exercise], values) => ({ ...values, exercise }),
  run: () => import('../../commands/exercise-run.js'),
});

const resume = defineCommand({
  declare: (group: Group) =>
    journalDirOption(
      group
        .command('resume')
        .description('carry on an exercise that was paused or interrupted')
        .argument('[record]', 'exercise record id (leave out for the one worked on last)'),
    )
      .option(...AS)
      .addHelpText(
        'after',
        examples('coop exercise resume', 'coop exercise resume 20261201-090000-power-loss-tabletop-k3f9'),
      ),
  options: ([record], values) => ({ ...values, record }),
  run: () => import('../../commands/exercise-resume.js'),
});

const report = defineCommand({
  declare: (group: Group) =>
    outOption(
      journalDirOption(
        group
          .command('report')
          .description('the after-action report and improvement plan (AAR/IP) of an exercise')
          .argument('<exercise-or-record>', 'an exercise id (its latest record), or an exercise record id'),
      ).addOption(formatOption(EXERCISE_REPORT_FORMATS).default('markdown')),
    ).addHelpText(
      'after',
      examples(
        'coop exercise report power-loss-tabletop',
        'coop exercise report power-loss-tabletop --format html --out aar.html',
        'coop exercise report power-loss-tabletop --format json',
      ),
    ),
  options: ([id], values) => ({ ...values, id }),
  run: () => import('../../commands/exercise-report.js'),
});

export const exercise = defineGroup(declareGroup, [run, resume, report]);

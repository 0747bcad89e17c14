// `coop calendar`: reviews, exercises and re-verifications as an iCalendar feed.
import { examples } from '../program.js';
import { defineCommand } from '../define-command.js';
import { journalDirOption, outOption } from '../option-groups.js';

export const calendar = defineCommand({
  declare: (program) =>
    outOption(
      journalDirOption(
        program
          .command('calendar')
          .description(
            'an iCalendar (.ics) feed of reviews due, the next exercises, contacts to verify and open follow-ups',
          ),
      ),
    ).addHelpText('after', examples('coop calendar --out plan.ics', 'coop calendar > plan.ics')),
  options: (_args, values) => values,
  run: () => import('../../commands/calendar.js'),
});

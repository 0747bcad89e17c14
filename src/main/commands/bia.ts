// `coop bia [system]`: the business impact analysis, written into systems.yaml.
import { IMPACT_LEVELS, IMPACT_SPANS, type ImpactLevelName, type ImpactSpan } from '../../format/impact.js';
import { BIA_FORMATS } from '../../render/bia/formats.js';
import { UserError } from '../../system/errors.js';
import { examples } from '../program.js';
import { defineCommand } from '../define-command.js';
import { formatOption, outOption } from '../option-groups.js';
import { duration, repeated } from '../option-values.js';

const durationOf = (option: string, example: string) =>
  duration((typed) => `${option} takes a duration, a number and a unit (m, h or d) like ${example}, not "${typed}"`);

/** --impacts minimal,moderate,severe,severe: the harm at 1h, 4h, 1d and 1w, in that order. */
function impactList(typed: string): Partial<Record<ImpactSpan, ImpactLevelName>> {
  const levels = typed.split(',').map((l) => l.trim());
  const wrong = levels.find((l) => !(IMPACT_LEVELS as readonly string[]).includes(l));
  if (levels.length > IMPACT_SPANS.length || wrong !== undefined)
    throw new UserError(
      `--impacts takes up to ${IMPACT_SPANS.length} of ${IMPACT_LEVELS.join(', ')}, for ${IMPACT_SPANS.join(', ')} in that order, like minimal,moderate,severe,severe, not "${typed}"`,
    );
  return Object.fromEntries(levels.map((level, i) => [IMPACT_SPANS[i]!, level as ImpactLevelName]));
}

export const bia = defineCommand({
  declare: (program) =>
    outOption(
      program
        .command('bia')
        .description(
          'business impact analysis (NIST SP 800-34): what an outage of each system costs, its MTD, RTO and RPO, into systems.yaml',
        )
        .argument('[system]', 'system id from systems.yaml (leave out at a terminal to choose)')
        .option('--mtd <duration>', 'maximum tolerable downtime, like 2d', durationOf('--mtd', '2d'))
        .option('--rto <duration>', 'recovery time objective, at most the MTD, like 8h', durationOf('--rto', '8h'))
        .option('--rpo <duration>', 'recovery point objective, like 24h', durationOf('--rpo', '24h'))
        .option(
          '--impacts <levels>',
          'the harm of an outage of 1h,4h,1d,1w, like minimal,moderate,severe,severe',
          impactList,
        )
        .option('--function <text>', 'an office function that depends on the system (again for more)', repeated)
        .option('--as <name>', 'who made the analysis, for the record (default: your login name)')
        .option('-y, --yes', 'write without asking (needed in scripted use)')
        .option('--report', "print every system's analysis as one table instead")
        .addOption(formatOption(BIA_FORMATS, 'format of --report').default('markdown')),
    ).addHelpText(
      'after',
      examples(
        'coop bia exchange',
        'coop bia exchange --mtd 2d --rto 8h --rpo 24h --yes',
        'coop bia --report --format html --out bia.html',
      ),
    ),
  options: ([system], values) => ({ ...values, system }),
  run: () => import('../../commands/bia.js'),
});

// The BIA interview at a terminal, after NIST SP 800-34's template: what
// depends on the system, the harm of an outage of 1 hour, 4 hours, 1 day and
// 1 week, then the maximum tolerable downtime and the two objectives, with
// the rule that ties them (RTO no longer than MTD) explained where it is asked.
import { IMPACT_LEVELS, IMPACT_SPANS, SPAN_DURATION, SPAN_WORDS, type ImpactLevelName } from '../format/impact.js';
import type { System } from '../format/schema.js';
import { DURATION_PATTERN, durationMs } from '../format/values.js';
import { safeLine } from '../text/sanitize.js';
import { wrap, wrapUnder } from '../text/wrap.js';
import type { Prompter } from '../walk/drivers/prompter.js';
import type { BiaAnswers } from './bia.js';

const LEVEL_WORDS: Record<ImpactLevelName, string> = {
  none: 'the work goes on as usual',
  minimal: 'an inconvenience: the work goes on, more slowly or by other means',
  moderate: 'some work stops or is late, and people outside the office notice',
  severe: 'the office cannot do its job: harm to the public, to its money or under the law',
};

const isDuration = (text: string) =>
  DURATION_PATTERN.test(text.trim()) ? true : 'Write a number and a unit (m, h or d), like 30m, 8h or 2d.';

export interface Dependents {
  /** The runbooks whose `systems:` name it, as "id (title)". */
  runbooks: string[];
}

export async function biaInterview(
  system: System,
  dependents: Dependents,
  prompter: Prompter,
  write: (text: string) => unknown,
  /** The screen's width: each line is broken between words within it. */
  width = 80,
): Promise<BiaAnswers> {
  const name = safeLine(system.name);
  const recoveredBy = dependents.runbooks.map(safeLine).join(', ') || 'no runbook yet';
  const about = [
    ...wrap(`Business impact analysis: ${name} (${system.id})`, width),
    ...(system.description ? wrapUnder(safeLine(system.description), width, '  ', '  ') : []),
    ...wrapUnder(`Recovered by: ${recoveredBy}`, width, '  ', '    '),
  ];
  write(`\n${about.join('\n')}\n\n`);
  const functions = await prompter.input(
    `Which of the office's functions stop or suffer without ${name}? (separate them with ;)`,
    undefined,
    system.bia?.functions?.join('; '),
  );
  const impacts: NonNullable<BiaAnswers['impacts']> = {};
  for (const span of IMPACT_SPANS) {
    const now = system.bia?.impacts?.[span];
    impacts[span] = await prompter.select(
      `If ${name} is down for ${SPAN_WORDS[span]}, how much harm does it do?${now ? ` (now: ${now})` : ''}`,
      IMPACT_LEVELS.map((level) => ({ name: level, value: level, description: LEVEL_WORDS[level] })),
    );
  }
  const firstSevere = IMPACT_SPANS.find((span) => impacts[span] === 'severe');
  const mtd = (
    await prompter.input(
      `Maximum tolerable downtime (MTD): how long can the office do without ${name} before the harm can no longer be borne? (like 2d)`,
      isDuration,
      system.mtd ?? (firstSevere ? SPAN_DURATION[firstSevere] : undefined),
    )
  ).trim();
  const rto = (
    await prompter.input(
      `Recovery time objective (RTO): how long may recovery take? No longer than the MTD (${mtd}): recovery that takes longer comes too late.`,
      (text) => {
        const form = isDuration(text);
        if (form !== true) return form;
        return durationMs(text.trim()) <= durationMs(mtd)
          ? true
          : `That is longer than the MTD of ${mtd}: the office can do without ${name} for at most ${mtd}, so recovery must take no longer.`;
      },
      system.rto,
    )
  ).trim();
  const rpo = (
    await prompter.input(
      'Recovery point objective (RPO): how much recent data may be lost, as a span of time? (like 24h: a backup a day)',
      isDuration,
      system.rpo,
    )
  ).trim();
  return {
    mtd,
    rto,
    rpo,
    functions: functions
      .split(';')
      .map((f) => f.trim())
      .filter(Boolean),
    impacts,
  };
}

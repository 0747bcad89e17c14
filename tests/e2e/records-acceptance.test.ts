// The acceptance check of the records issue: an incident started by one
// person in the built binary, killed mid-walk, resumed by another in a second
// process and finished; the report tells the whole story with both names; a
// drill shows up in coop status as the last exercise; coop status --check
// fails while a review date is past, and passes once the plan is kept. The
// two processes are the binary; the drills, reports and status run in process.
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { localDay } from '../../src/text/local-time.js';
import { coop } from '../helpers/coop.js';
import { SHIPPED_RUNBOOKS, tempDir } from '../helpers/paths.js';
import { killHard, runCoop, startCoop, untilLines } from '../helpers/run-coop.js';

const dir = tempDir('coop-acceptance-');
const journal = join(dir, 'journal');
const answers = join(dir, 'power-loss.yaml');
writeFileSync(
  answers,
  stringify({
    'power-down-servers': 'skip: The server room is locked',
    'director-in-office': 'No',
    'power-back': ['No', 'Yes'],
  }),
);
const fireAnswers = join(dir, 'fire.yaml');
writeFileSync(fireAnswers, stringify({ 'hardware-lost': 'No' }));
const base = ['--runbooks', SHIPPED_RUNBOOKS, '--journal-dir', journal];

let incident = '';
let drill = '';

beforeAll(async () => {
  // Pat starts; coop is killed after step 3 is on disk (a dead battery).
  const pat = startCoop(['incident', 'power-loss', ...base, '--answers', answers, '--yes', '--as', 'Pat Smith'], {
    env: { COOP_TEST_HOLD_AFTER_EVENTS: '4' },
  });
  await untilLines(journal, 4, pat);
  await killHard(pat);
  incident = readdirSync(journal)
    .find((n) => n.endsWith('.jsonl'))!
    .replace(/\.jsonl$/, '');
  // Lee picks it up in a second process, without naming it.
  const lee = runCoop(['resume', ...base, '--answers', answers, '--yes', '--as', 'Lee Jones']);
  if (lee.code !== 0) throw new Error(`resume failed: ${lee.stderr}`);
  const exercise = await coop(['drill', 'fire', ...base, '--answers', fireAnswers, '--yes', '--as', 'Sam Lee']);
  if (exercise.code !== 0) throw new Error(`drill failed: ${exercise.stderr}`);
  drill = readdirSync(journal)
    .find((n) => n.includes('-fire-'))!
    .replace(/\.jsonl$/, '');
}, 60_000);

describe('acceptance: kill, hand-over, report, drill, status', () => {
  it('the report tells the whole story, with both names', async () => {
    const report = await coop(['report', incident, ...base]);
    expect(report.stderr).toBe('');
    expect(report.code).toBe(0);
    const md = report.stdout;
    expect(md).toContain('# After-action report: Losing power during office hours');
    expect(md).toContain('**The runbook was completed.**');
    expect(md).toContain('| **People** | Pat Smith, Lee Jones |');
    expect(md).toMatch(/\| \*\*Hand-overs\*\* \| \d{4}-\d\d-\d\d \d\d:\d\d: Pat Smith handed over to Lee Jones \|/);
    const timeline = md.slice(md.indexOf('## Timeline'), md.indexOf('## Decisions'));
    for (const line of [
      '| Pat Smith | Started the incident: Losing power during office hours. |',
      `| Pat Smith | Done: Shut off all computer hardware, this computer included. Before you shut this one off, open the printed binder or this plan on a phone to follow the remaining steps; the walk can be resumed later. |`,
      '| Pat Smith | Skipped: Power down the servers in the server room. Reason given: The server room is locked |',
      '| Pat Smith | Asked: Is the Executive Director in the office? Answer: No |',
      '| Lee Jones | Took over from Pat Smith (hand-over) and carried on. The walk had stopped without a pause (coop was closed, or the computer stopped); nothing confirmed was lost. |',
      '| Lee Jones | Done: Keep the Executive Director updated on the situation. |',
      '| Lee Jones | Asked: Is the power back on? Answer: Yes |',
    ]) {
      expect(timeline).toContain(line);
    }
    expect(md).toContain(
      '- Skipped and not done since: Power down the servers in the server room. Reason given: The server room is locked',
    );
    // The shipped library sets no RTO: the report says so for each system rather than passing it by.
    expect(md).toContain(
      '- **Staff computers** (no RTO, no RPO): No RTO defined: the plan does not say how long Staff computers may be down.',
    );
    expect(md).toContain('- **Office servers** (no RTO, no RPO): No RTO defined');
    expect(md).toContain('- **Executive Director**: In person, or the number in the agency staff directory');
  });

  it('the same story as HTML and as JSON', async () => {
    const html = await coop(['report', incident, ...base, '--format', 'html', '--out', join(dir, 'report.html')]);
    expect(html.code).toBe(0);
    const page = readFileSync(join(dir, 'report.html'), 'utf8');
    expect(page).toContain('Pat Smith handed over to Lee Jones');
    const json = JSON.parse((await coop(['report', incident, ...base, '--format', 'json'])).stdout) as {
      people: string[];
      handOvers: Array<{ from: string; to: string }>;
      status: string;
    };
    expect(json).toMatchObject({
      status: 'ended',
      people: ['Pat Smith', 'Lee Jones'],
      handOvers: [{ from: 'Pat Smith', to: 'Lee Jones' }],
    });
  });

  it('coop incidents keeps the drill apart from the real incident', async () => {
    const list = await coop(['incidents', ...base]);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(new RegExp(`${incident} +power-loss +\\S+ \\S+ +Pat Smith, Lee Jones +ended +real `));
    expect(list.stdout).toMatch(new RegExp(`${drill} +fire +\\S+ \\S+ +Sam Lee +ended +drill `));
    expect(list.stdout).toContain('1 real incident and 1 drill');
  });

  it('the drill is the last exercise of fire in coop status; the real incident counts as one in 12 months', async () => {
    const status = await coop(['status', ...base, '--json']);
    const report = JSON.parse(status.stdout) as {
      runbooks: Array<{
        id: string;
        lastExercise?: { incident: string };
        exerciseOverdue: boolean;
        realIncidents: number;
        drills: number;
      }>;
    };
    const fire = report.runbooks.find((r) => r.id === 'fire')!;
    expect(fire).toMatchObject({
      lastExercise: { incident: drill },
      exerciseOverdue: false,
      realIncidents: 0,
      drills: 1,
    });
    expect(report.runbooks.find((r) => r.id === 'power-loss')).toMatchObject({
      realIncidents: 1,
      drills: 0,
      exerciseOverdue: true,
    });
    const text = (await coop(['status', ...base])).stdout;
    expect(text).toMatch(
      new RegExp(`^fire +Executive Director +2016-06-12 +2017-06-12 OVERDUE +${localDay(new Date())} +0 +0$`, 'm'),
    );
  });

  it('coop status --check fails while a review date is past (the shipped library: due since 2017-06-12)', async () => {
    const check = await coop(['status', ...base, '--check']);
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(
      /^Plan status on \d{4}-\d\d-\d\d: needs attention: 6 of 6 runbooks overdue for review, 5 not exercised in the last 12 months; 1 real incident and 1 drill in the last 12 months\.$/m,
    );
  });

  it('coop status --check passes once every runbook is reviewed and exercised', async () => {
    const kept = join(dir, 'kept');
    cpSync(SHIPPED_RUNBOOKS, kept, { recursive: true });
    const today = localDay(new Date());
    const ids = readdirSync(kept)
      .filter((n) => n.endsWith('.yaml') && !['contacts.yaml', 'systems.yaml'].includes(n))
      .map((n) => n.replace(/\.yaml$/, ''));
    const keptJournal = join(dir, 'kept-journal');
    // The shortest way through each runbook: one decision each.
    const shortest: Record<string, object> = {
      'power-loss': { 'director-in-office': 'Yes' },
      fire: { 'hardware-lost': 'No' },
      'severe-weather': { 'tornado-warning': 'No' },
    };
    for (const id of ids) {
      const file = join(kept, `${id}.yaml`);
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^reviewed: .*$/m, `reviewed: ${today}`));
      const shortestAnswers = join(dir, `${id}-shortest.yaml`);
      writeFileSync(shortestAnswers, stringify(shortest[id] ?? { 'services-back': 'Yes' }));
      const drilled = await coop([
        'drill',
        id,
        '--runbooks',
        kept,
        '--journal-dir',
        keptJournal,
        '--answers',
        shortestAnswers,
        '--yes',
      ]);
      expect(drilled.code, drilled.stderr).toBe(0);
    }
    const check = await coop(['status', '--runbooks', kept, '--journal-dir', keptJournal, '--check']);
    expect(check.code).toBe(0);
    expect(check.stdout.split('\n')[0]).toBe(
      `Plan status on ${today}: up to date: 6 runbooks, every review on time and every runbook exercised in the last 12 months; 0 real incidents and 6 drills in the last 12 months.`,
    );
  });
});

// `coop report` in-process on the fixture journals, at a fixed clock: each
// format's whole output is kept as a snapshot a reviewer can read, and the
// properties a Director relies on are asserted one by one.
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run as close } from '../../src/commands/close.js';
import { run, type ReportOptions } from '../../src/commands/report.js';
import { copyOf, IDS, JOURNAL_FOLDER, RECORDS_LIBRARY, recordsIO, V1_FOLDER } from './records-fixtures.js';
import { SHIPPED_RUNBOOKS, tempDir } from '../helpers/paths.js';

async function report(incident: string, over: Partial<ReportOptions> = {}) {
  const io = recordsIO();
  const code = await run(
    { incident, runbooks: RECORDS_LIBRARY, journalDir: JOURNAL_FOLDER, format: 'markdown', ...over },
    io,
  );
  return { code, out: io.out(), err: io.err() };
}

/** The fixture library with its first power-loss step reworded since the incidents began. */
function rewordedLibrary(): string {
  const library = copyOf(RECORDS_LIBRARY);
  const file = join(library, 'power-loss.yaml');
  writeFileSync(
    file,
    readFileSync(file, 'utf8').replace('Shut off all computer hardware.', 'Switch off every computer.'),
  );
  return library;
}

const FORMATS = [
  ['markdown', 'md'],
  ['html', 'html'],
  ['json', 'json'],
] as const;

describe('after-action report snapshots (fixed clock 2026-11-25 12:00 UTC)', () => {
  for (const id of Object.values(IDS)) {
    for (const [format, ext] of FORMATS) {
      it(`${id} as ${format}`, async () => {
        const { code, out, err } = await report(id, { format });
        expect(err).toBe('');
        expect(code).toBe(0);
        // The style sheet is the same on every page: one snapshot keeps it (the drill's), the others keep the body.
        const kept = format === 'html' && id !== IDS.drill ? out.slice(out.indexOf('<body>')) : out;
        await expect(kept).toMatchFileSnapshot(`./__snapshots__/report/${id}.${ext}`);
      });
    }
  }
});

describe('what the report says', () => {
  it('tells the whole story of a hand-over: both names, who took over from whom, and the crash in between', async () => {
    const { out } = await report(IDS.handedOver);
    expect(out).toContain('| **People** | Pat Smith, Lee Jones |');
    expect(out).toContain('| **Hand-overs** | 2026-11-23 09:41: Pat Smith handed over to Lee Jones |');
    expect(out).toMatch(
      /\| 09:41 \| Lee Jones \| Took over from Pat Smith \(hand-over\) and carried on\. The walk had stopped without a pause/,
    );
    expect(out).toContain('| **Time to resolution** | 1h 05m |');
  });

  it('puts "EXERCISE - not a real incident" at the top of a drill in every format', async () => {
    expect((await report(IDS.drill)).out.split('\n')[0]).toBe('> **EXERCISE - not a real incident**');
    const html = (await report(IDS.drill, { format: 'html' })).out;
    expect(html.indexOf('<p class="exercise">EXERCISE - not a real incident</p>')).toBeLessThan(html.indexOf('<h1'));
    expect(html).toContain('<title>EXERCISE - not a real incident: After-action report');
    const json = JSON.parse((await report(IDS.drill, { format: 'json' })).out) as Record<string, unknown>;
    expect(Object.keys(json).slice(0, 2)).toEqual(['version', 'notice']);
    expect(json.notice).toBe('EXERCISE - not a real incident');
  });

  it('a real incident carries no exercise notice', async () => {
    for (const [format] of FORMATS) expect((await report(IDS.handedOver, { format })).out).not.toContain('EXERCISE');
  });

  it('measures time against each system: RTO met, no RTO defined, and an RTO that ran out while the incident is still open', async () => {
    const done = JSON.parse((await report(IDS.handedOver, { format: 'json' })).out) as {
      objectives: Array<{ system: string; verdict: string; text: string }>;
    };
    expect(done.objectives.map((o) => [o.system, o.verdict])).toEqual([
      ['computers', 'no-rto'],
      ['servers', 'met'],
    ]);
    expect(done.objectives[1]!.text).toBe('Completed in 1h 05m: within its RTO of 4h (2h 55m to spare).');
    const open = JSON.parse((await report(IDS.pausedWithCheck, { format: 'json' })).out) as {
      objectives: Array<{ verdict: string; text: string }>;
    };
    expect(open.objectives[0]).toMatchObject({
      verdict: 'ran-out',
      text: 'Not finished: 1d 04h since the start, at the time of this report: its RTO of 8h ran out 20h 00m ago.',
    });
  });

  it('lists as open: a failed check, a skipped step, where the walk stopped and the steps still ahead', async () => {
    const open = JSON.parse((await report(IDS.hostile, { format: 'json' })).out) as {
      openItems: Array<{ kind: string; step: { id: string } }>;
    };
    expect(open.openItems.map((i) => `${i.kind} ${i.step.id}`)).toEqual([
      'skipped evacuate',
      'stopped-at contact-director',
      'not-reached hardware-lost',
      'not-reached dispose-of-hardware',
    ]);
    const mail = JSON.parse((await report(IDS.pausedWithCheck, { format: 'json' })).out) as {
      openItems: Array<{ kind: string }>;
    };
    expect(mail.openItems.map((i) => i.kind)).toEqual(['failed-check', 'skipped', 'stopped-at']);
  });

  it('closed before its end: nothing done is called done, completed or a time to resolution', async () => {
    // The Director reads this report: closing an incident ends its record, not the outage.
    const journalDir = copyOf(JOURNAL_FOLDER, [IDS.hostile]);
    const closed = recordsIO();
    const code = await close(
      {
        incident: IDS.hostile,
        reason: 'handled by the landlord',
        as: 'Pat Smith',
        runbooks: RECORDS_LIBRARY,
        journalDir,
      },
      closed,
    );
    expect(code, closed.err()).toBe(0);
    const json = JSON.parse((await report(IDS.hostile, { format: 'json', journalDir })).out) as {
      outcome: string;
      openItems: Array<{ kind: string; step: { id: string }; text: string }>;
      notOnPath: unknown[];
      objectives: Array<{ verdict: string; text: string }>;
    };
    expect(json.outcome).toBe('closed');
    expect(json.openItems.map((i) => `${i.kind} ${i.step.id}`)).toEqual([
      'skipped evacuate',
      'closed-at contact-director',
      'not-reached hardware-lost',
      'not-reached dispose-of-hardware',
    ]);
    expect(json.openItems[1]!.text).toMatch(
      /^Not done: the incident was closed at step 2, before it was done: .* Reason given: handled by the landlord$/,
    );
    expect(json.openItems[2]!.text).toMatch(/^Not reached before it was closed: /);
    expect(json.notOnPath).toEqual([]);
    expect(json.objectives.map((o) => o.verdict)).toEqual(json.objectives.map(() => 'cannot-judge'));
    expect(json.objectives[0]!.text).toMatch(
      /^Cannot be judged: the incident was closed before the end of the runbook/,
    );
    const { out } = await report(IDS.hostile, { journalDir });
    expect(out).toContain('| **Time until it was closed** |');
    expect(out).not.toContain('Time to resolution** |');
    expect(out).not.toContain('every step on the path taken was done');
    expect(out).not.toContain('Completed in');
    expect(out).not.toContain('Steps the path did not lead to');
  });

  it("a runbook id where an incident id belongs: names that runbook's incidents, the newest first (exit 2)", async () => {
    await expect(report('fire')).rejects.toMatchObject({
      exitCode: 2,
      message: `no incident fire in ${relative(process.cwd(), JOURNAL_FOLDER)}; fire is a runbook: name one of its incidents there, the newest first: ${IDS.hostile}, ${IDS.drill}; coop incidents lists the incidents there (or give --journal-dir)`,
    });
  });

  it('shows each check: command, outcome, exit code and the output', async () => {
    const { out } = await report(IDS.pausedWithCheck);
    expect(out).toContain('### step 1: Can the mail server be reached? · **FAILED**');
    expect(out).toContain('- Command: `ping -c 1 mail.example.org`');
    expect(out).toContain('- Outcome: failed, the command exited with code 1 after 10s');
    expect(out).toContain('  1 packets transmitted, 0 received, 100% packet loss, time 0ms');
  });

  it('names the contacts the runbook called for, with their numbers', async () => {
    const { out } = await report(IDS.pausedWithCheck);
    expect(out).toContain(
      '- **IT Service Desk**: (555) 555-0200 · desk@example.org (Servers, mail and backups). Called for: step 2: Call the IT Service Desk and open a ticket.',
    );
  });
});

describe('journal and runbook text cannot change the report', () => {
  it('Markdown: no raw escape, no heading, link, HTML or table cell from a note', async () => {
    const { out } = await report(IDS.hostile);
    expect(out).not.toMatch(/[\u001b\u0007\u202e]/);
    expect(out).toContain('| Eve \\\\e\\[2J\\\\e\\]0;owned\\\\a |');
    expect(out).toContain(
      '\\<script\\>alert(1)\\</script\\> \\| \\# not a heading \\*\\*bold\\*\\* \\[link\\](http://x) \\\\u202eevil',
    );
    expect(out).not.toMatch(/^#+ .*not a heading/m);
  });

  it('HTML: markup in a note is text, and the page can run no script', async () => {
    const { out } = await report(IDS.hostile, { format: 'html' });
    expect(out).not.toMatch(/[\u001b\u0007\u202e]/);
    expect(out).not.toContain('<script>');
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).toContain('default-src &#39;none&#39;');
  });

  it('JSON: control characters and bidi overrides are escaped, and the text reads back as it was', async () => {
    const { out } = await report(IDS.hostile, { format: 'json' });
    expect(out).not.toMatch(/[\u001b\u0007\u202e]/);
    const parsed = JSON.parse(out) as { startedBy: string };
    expect(parsed.startedBy).toBe('Eve \u001b[2J\u001b]0;owned\u0007');
  });
});

describe('a report when the runbook or the record is not as it was', () => {
  it('the runbook changed since the start: says so, and keeps the words each step was shown in', async () => {
    const library = rewordedLibrary();
    const { out } = await report(IDS.handedOver, { runbooks: library });
    expect(out).toContain(
      '> **Note:** The runbook has changed since this incident began: the steps below are worded as they were shown at the time.',
    );
    expect(out).toContain('Done: Shut off all computer hardware.');
  });

  it('a journal of an older coop (no wording kept, no chain): the wording of today, and it says both', async () => {
    const library = rewordedLibrary();
    const { out, code } = await report(IDS.handedOver, { runbooks: library, journalDir: V1_FOLDER });
    expect(code).toBe(0);
    expect(out).toContain(
      '> **Note:** The runbook has changed since this incident began: the wording of its steps below is the current one.',
    );
    expect(out).toContain(
      '> **Note:** This journal was written by an older coop (journal version 1) and carries no hash chain: a line edited, removed or inserted since cannot be detected.',
    );
    expect(out).toContain('Done: Switch off every computer.');
  });

  it('the runbook is gone: the report is still made, naming steps by their ids', async () => {
    const { code, out } = await report(IDS.pausedWithCheck, { runbooks: SHIPPED_RUNBOOKS });
    expect(code).toBe(0);
    expect(out).toContain('The runbook mail-check is no longer in the library');
    expect(out).toContain(
      '| 2026-11-24 08:41 | Sam Lee | step tell-director | The Director is on leave; told the deputy instead |',
    );
  });

  it('an incident with no pause at its end: being worked on now, or stopped without one; the journal cannot tell', async () => {
    const folder = copyOf(JOURNAL_FOLDER, [IDS.pausedWithCheck]);
    const file = join(folder, `${IDS.pausedWithCheck}.jsonl`);
    const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
    expect(JSON.parse(lines.at(-1)!).type).toBe('paused');
    writeFileSync(file, `${lines.slice(0, -1).join('\n')}\n`);
    const { code, out } = await report(IDS.pausedWithCheck, { journalDir: folder });
    expect(code).toBe(0);
    expect(out).toContain(
      '**Not finished: the incident is being worked on, or coop stopped before the end without a pause (closed, or the computer stopped).**',
    );
  });

  it('a last line torn by a crash: a warning on stderr, a note in the report, everything before it used', async () => {
    const folder = copyOf(JOURNAL_FOLDER, [IDS.drill]);
    appendFileSync(join(folder, `${IDS.drill}.jsonl`), '{"v":1,"seq":6,"ts":"2026-11-');
    const { code, out, err } = await report(IDS.drill, { journalDir: folder });
    expect(code).toBe(0);
    expect(err).toMatch(new RegExp(`^coop: warning: .*${IDS.drill}\\.jsonl:6: the last line was cut short`));
    expect(out).toContain("The record's line 6 was cut short");
    expect(out).toContain('Runbook completed, after 12m 00s.');
  });
});

describe('mistakes a person can make', () => {
  it.each([
    ['an id that tries to leave the folder', '../../etc/passwd', /^"\.\.\/\.\.\/etc\/passwd" is not an incident id/],
    ['an absolute path', '/etc/passwd', /is not an incident id/],
    [
      'an incident that is not there',
      '20261123-091503-power-loss-zzzz',
      /^no incident 20261123-091503-power-loss-zzzz in .*; coop incidents lists the incidents there/,
    ],
  ])('%s: one line, exit 2', async (_name, id, message) => {
    await expect(report(id)).rejects.toMatchObject({ exitCode: 2, message: expect.stringMatching(message) });
  });

  it('a journal that is not a journal: the file and the line', async () => {
    const folder = copyOf(JOURNAL_FOLDER, [IDS.drill]);
    const file = join(folder, `${IDS.drill}.jsonl`);
    const lines = readFileSync(file, 'utf8').split('\n');
    lines[2] = 'this is not JSON';
    writeFileSync(file, lines.join('\n'));
    await expect(report(IDS.drill, { journalDir: folder })).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringMatching(/20261120-140000-fire-d7r2\.jsonl:3: is not a coop journal line \(not JSON\)/),
    });
  });

  it('--out writes the file whole and says where on stderr; a folder that is not there is one line', async () => {
    const dir = tempDir();
    const io = recordsIO({ cwd: dir });
    expect(
      await run(
        {
          incident: IDS.drill,
          runbooks: RECORDS_LIBRARY,
          journalDir: JOURNAL_FOLDER,
          format: 'html',
          out: 'report.html',
        },
        io,
      ),
    ).toBe(0);
    expect(io.out()).toBe('');
    expect(io.err()).toBe(`coop: wrote the after-action report of ${IDS.drill} to report.html\n`);
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toMatch(/^<!DOCTYPE html>[\s\S]*<\/html>\n$/);
    await expect(
      run(
        {
          incident: IDS.drill,
          runbooks: RECORDS_LIBRARY,
          journalDir: JOURNAL_FOLDER,
          format: 'markdown',
          out: 'no/such/report.md',
        },
        recordsIO({ cwd: dir }),
      ),
    ).rejects.toMatchObject({
      exitCode: 2,
      message: 'cannot write no/such/report.md: its folder does not exist',
    });
    expect(existsSync(join(dir, 'no'))).toBe(false);
  });
});

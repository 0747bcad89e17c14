// What the printed binder says, read from its HTML: the cover's status, the
// contact sheet, the steps and their ways on, and that it needs nothing from
// outside the file.
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/library/load.js';
import { renderBinderHtml, renderRunbookHtml } from '../../src/render/html.js';
import { runbookView } from '../../src/library/view.js';
import { SHIPPED_RUNBOOKS } from '../helpers/paths.js';
import { libraryOf } from './library-fixture.js';

const NOW = new Date(2026, 10, 23, 9, 15);
const shipped = loadLibrary(SHIPPED_RUNBOOKS);
const binder = renderBinderHtml(shipped, NOW);

/** The text of a piece of the page, tags removed and entities decoded (enough for these assertions). */
function textOf(markup: string): string {
  return markup
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

function section(page: string, id: string): string {
  const start = page.indexOf(`id="${id}"`);
  const end = page.indexOf('<section class="sheet', start + 1);
  return page.slice(start, end === -1 ? undefined : end);
}

describe('the binder of the shipped library', () => {
  it('needs nothing from outside the file: no links, scripts, images, fonts or imports', () => {
    expect(binder).not.toMatch(
      /<link|<script|<img|<iframe|<object|\bsrc=|\bhref=|url\(|@import|@font-face|https?:\/\//i,
    );
    expect(binder).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;;`);
  });

  it('puts the organisation, the date and the plan status on the cover', () => {
    const cover = textOf(binder.slice(0, binder.indexOf('id="contacts"')));
    expect(cover).toContain("Kansas Commission on Peace Officers' Standards & Training (KS-CPOST)");
    expect(cover).toContain('generated 2026-11-23 09:15');
    expect(cover).toContain('Plan status on 2026-11-23: needs attention');
    expect(cover).toContain('Reviews overdue: 6 of 6 runbooks');
    expect(cover).toContain('Losing power during office hours 2016-06-12 2017-06-12');
    expect(cover).toContain('Systems without recovery objectives');
    expect(cover).toContain('No RTO and no RPO: Staff computers , Office servers');
  });

  it('lists every contact on the contact sheet with the number, and a line to write one in where there is none', () => {
    const sheet = section(binder, 'contacts');
    expect(sheet).toContain('<span class="phone-big keep">(316) 928-8828</span>');
    expect(sheet).toContain('<span class="phone-big keep">(620) 694-1514</span>');
    expect(textOf(sheet)).toContain(
      'Executive Director Directs the response; keep informed until services are back In person, or the number in the agency staff directory No number on file: write it here',
    );
  });

  it('takes a reach that is itself a number (an international one) for the number: no line to write one in', () => {
    const library = libraryOf({
      'contacts.yaml': {
        contacts: [
          { id: 'berlin', name: 'Berlin office', reach: '+49 30 1234 5678' },
          { id: 'desk', name: 'Front desk', reach: 'In person' },
        ],
      },
      'r.yaml': { id: 'r', title: 'R', steps: [{ do: 'Go.' }] },
    });
    const sheet = textOf(section(renderBinderHtml(library, NOW), 'contacts'));
    expect(sheet).toContain('Berlin office +49 30 1234 5678');
    expect(sheet).not.toMatch(/\+49 30 1234 5678 No number on file/);
    expect(sheet).toContain('In person No number on file: write it here');
  });

  it('puts each runbook in its own section, in library order, with its own named page', () => {
    const ids = [...binder.matchAll(/<section class="sheet runbook section-(\d+)" id="runbook-([a-z-]+)">/g)].map(
      (m) => `${m[1]}:${m[2]}`,
    );
    expect(ids).toEqual(shipped.runbooks.map((r, i) => `${i + 1}:${r.value.id}`));
    expect(binder).toContain(
      '@page section-6 { @bottom-left { content: "Section 6\\3a  Severe weather"; font-size: 8pt; } }',
    );
  });

  it('boxes the warnings at the top of the runbook, before the steps', () => {
    const fire = section(binder, 'runbook-fire');
    const box = fire.indexOf('<section class="warnings"');
    expect(box).toBeGreaterThan(0);
    expect(box).toBeLessThan(fire.indexOf('<ol class="steps">'));
    expect(textOf(fire)).toContain('WARNING Do not try to retrieve hardware in the middle of an emergency.');
  });

  it('writes the tornado-warning branch as ways on, with a box to tick for the answer', () => {
    const weather = textOf(section(binder, 'runbook-severe-weather'));
    expect(weather).toContain(
      '1 Is a tornado warning in effect? activate If Yes , go to step 2. If No , go to step 4.',
    );
    // Shelter first: the building's protocols, then the Director.
    expect(weather).toContain('2 Follow the emergency protocols of the office building. activate');
    expect(weather).toMatch(/3 Seek further direction from the Executive Director\. activate .* Then go to step 4\./);
    expect(section(binder, 'runbook-severe-weather')).toContain(
      '<li><span class="box box-small"></span>If <b>Yes</b>, go to step 2.</li>',
    );
  });

  it('prints nobody to call before getting out of a fire: the Director is notified once step 1 is done', () => {
    const fire = section(binder, 'runbook-fire');
    expect(fire).not.toContain('Notify before you start');
    expect(textOf(fire)).toMatch(
      /1 Follow all building emergency protocols for evacuation .* Once this step is done, notify Executive Director/,
    );
  });

  it('gives every step a line for initials and one for the time, and actions a tick box', () => {
    const steps = binder.match(/<li class="step step-/g)!.length;
    expect(binder.match(/<div class="sign"><span>Initials<\/span><span>Time<\/span><\/div>/g)).toHaveLength(steps);
    expect(binder.match(/<li class="step step-action"[^>]*>\n<div class="tick"><span class="box"/g)).toHaveLength(
      binder.match(/<li class="step step-action"/g)!.length,
    );
  });

  it('names the contacts of a step with their numbers', () => {
    const servers = textOf(section(binder, 'runbook-servers-offline'));
    expect(servers).toContain('CHOOSE Networks Support Desk : (316) 928-8828');
  });

  it('gives a step that repeats in a loop room to write each time', () => {
    const power = section(binder, 'runbook-power-loss');
    expect(power.match(/Done again\? Write each time/g)).toHaveLength(1);
  });

  it('draws a flowchart on its own page for each runbook with a question', () => {
    expect(binder.match(/<section class="flowchart-page"/g)).toHaveLength(6);
  });
});

describe('the cover of a library with problems', () => {
  const library = libraryOf({
    'contacts.yaml': { contacts: [{ id: 'desk', name: 'Desk', phone: '555' }] },
    'good.yaml': { id: 'good', title: 'Good', reviewed: '2026-06-01', steps: [{ do: 'Go.' }] },
    'broken.yaml': 'id: broken\ntitle: "Broken\nsteps:\n  - do: x\n',
    'partial.yaml': 'id: partial\ntitle: Partial\nsteps:\n  - do: x\n    bogus: 1\n',
  });
  const page = renderBinderHtml(library, NOW);

  it('names the file that is missing from the binder, and the one printed only in part, and says to run coop lint', () => {
    expect(textOf(page)).toContain(
      'Files with problems: 2. Run coop lint to see them. broken.yaml 1 problem; this runbook is NOT in this binder partial.yaml 1 problem; its steps are printed only as far as they could be read',
    );
  });

  it('still prints the runbooks that could be read', () => {
    expect(page).toContain('id="runbook-good"');
    expect(page).toContain('id="runbook-partial"');
  });
});

describe('the cover of a plan that is kept up', () => {
  it('says nothing is overdue, and that exercises are judged from the records, which it does not hold', () => {
    const library = libraryOf({
      'contacts.yaml': { contacts: [{ id: 'desk', name: 'Desk', phone: '555' }] },
      'systems.yaml': { systems: [{ id: 'mail', name: 'Mail', rto: '4h', rpo: '1d' }] },
      'fresh.yaml': {
        id: 'fresh',
        title: 'Fresh',
        reviewed: '2026-01-10',
        review_every_months: 12,
        systems: ['mail'],
        steps: [{ do: 'Go.' }],
      },
    });
    const page = renderBinderHtml(library, NOW);
    expect(textOf(page)).toMatch(/Plan status on \d{4}-\d\d-\d\d: nothing overdue/);
    expect(textOf(page)).toContain('coop status says whether each runbook was exercised in the last 12 months');
    expect(textOf(page)).toContain('Systems: Mail (RTO 4h, RPO 1d)');
    expect(page).not.toContain('<section class="flowchart-page"');
  });

  it('counts a review due today as on time, and one due yesterday as overdue', () => {
    const files = (reviewed: string) => ({
      'contacts.yaml': { contacts: [] },
      'r.yaml': { id: 'r', title: 'R', reviewed, steps: [{ do: 'Go.' }] },
    });
    expect(renderBinderHtml(libraryOf(files('2025-11-23')), NOW)).toContain('nothing overdue');
    expect(renderBinderHtml(libraryOf(files('2025-11-22')), NOW)).toContain('Reviews overdue: 1 of 1 runbook');
  });
});

describe('the cover of a plan with a corrective action past due', () => {
  it('needs attention, and names the action', () => {
    const library = libraryOf({
      'contacts.yaml': { contacts: [{ id: 'desk', name: 'Desk', phone: '555' }] },
      'r.yaml': { id: 'r', title: 'R', reviewed: '2026-11-01', steps: [{ do: 'Go.' }] },
      'improvements.yaml': {
        improvements: [
          {
            id: 'name-an-alternate',
            action: 'Name who calls the Director.',
            owner: 'desk',
            due: '2026-11-01',
            runbook: 'r',
          },
          { id: 'later', action: 'Print it.', owner: 'desk', due: '2027-01-01', runbook: 'r' },
        ],
      },
    });
    const text = textOf(renderBinderHtml(library, NOW));
    expect(text).toContain('needs attention');
    expect(text).toContain('Corrective actions past their due day: 1');
    expect(text).toContain('name-an-alternate');
    expect(text).not.toContain('Print it.');
  });
});

describe('one runbook as a page', () => {
  const entry = shipped.runbooks.find((r) => r.value.id === 'power-loss')!;
  const page = renderRunbookHtml(runbookView(shipped, entry), shipped, { now: NOW });

  it('is a whole page with the runbook, its flowchart and the overdue review marked', () => {
    expect(page.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(page).toContain('<title>Losing power during office hours: Kansas Commission');
    expect(textOf(page)).toContain('next review due 2017-06-12 (overdue)');
    expect(page).toContain('<svg class="flowchart-svg"');
  });
});

describe('a check step', () => {
  it('prints its exact command, its time limit and both outcomes', () => {
    const library = libraryOf({
      'contacts.yaml': { contacts: [] },
      'check.yaml': {
        id: 'check',
        title: 'Check',
        steps: [
          { run: 'ping -c 1 "server" && echo <ok>', title: 'Is the server up?', timeout: '10s', on_failure: 'end' },
          { do: 'Carry on.' },
        ],
      },
    });
    const page = renderBinderHtml(library, NOW);
    expect(page).toContain('<pre class="command">ping -c 1 &quot;server&quot; &amp;&amp; echo &lt;ok&gt;</pre>');
    expect(textOf(page)).toContain('Run exactly (time limit 10s):');
    expect(textOf(page)).toContain('If it succeeds , go to step 2. If it fails , end.');
  });
});

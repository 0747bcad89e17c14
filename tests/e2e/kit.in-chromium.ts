// The go-kit in a real browser, as a phone uses it: Debian's chromium with a
// phone's screen and touch, the kit served from 127.0.0.1 the way an
// intranet would, then offline. The process's one browser; a context each test.
import { AxeBuilder } from '@axe-core/playwright';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/library/load.js';
import { runbookView } from '../../src/library/view.js';
import { coop } from '../helpers/coop.js';
import { FIXTURES, SHIPPED_RUNBOOKS, tempDir } from '../helpers/paths.js';
import { noChromium, sharedChromium } from './chromium.js';
import { exportKit, PHONE, serveKit, type KitServer } from './kit-browser.js';

let browser: Browser;
let kit: string;
let server: KitServer;

beforeAll(async () => {
  if (noChromium) return;
  kit = await exportKit(SHIPPED_RUNBOOKS);
  [browser, server] = await Promise.all([sharedChromium(), serveKit(kit)]);
}, 60_000);
afterAll(async () => {
  await server?.close();
});

/**
 * A browser context with the phone's screen: an action or a navigation that cannot happen fails after WAIT_MS,
 * naming what it waited for, instead of waiting out the test's own time limit in silence.
 */
async function phoneContext(options: BrowserContextOptions = PHONE): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(WAIT_MS);
  return context;
}

/** A phone's context in which any request to anywhere but the kit's server fails, and is kept to be seen. */
async function phone(
  options: { javaScriptEnabled?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page; foreign: string[] }> {
  const context = await phoneContext({ ...PHONE, ...options });
  const foreign: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(server.url)) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('dialog', (dialog) => {
    throw new Error(`the kit opened a dialog: ${dialog.message()}`);
  });
  return { context, page, foreign };
}

/** No serious or critical accessibility violation on the screen shown now. */
async function expectAccessible(page: Page, screen: string): Promise<void> {
  // Every rule, run in the page itself: the default mode also opens a second page to merge the results
  // of cross-origin frames, which the kit has none of, and details of every rule passed are not read.
  // Half the browser's work of each check.
  const { violations } = await new AxeBuilder({ page })
    .setLegacyMode()
    .options({ resultTypes: ['violations'] })
    .analyze();
  const bad = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
  expect(bad, `axe on the ${screen} screen`).toEqual([]);
}

const stepHeading = (page: Page) => page.locator('#walk h2.progress');

/** How long to wait for the page to show what is expected: long, for a machine busy with other work. */
const WAIT_MS = 20_000;
const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: WAIT_MS, interval: 50 });

async function startWalk(page: Page, runbookTitle: string, person: string): Promise<void> {
  await page.locator(`section.runbook:has(h2:text-is("${runbookTitle}")) .walk-start button`).tap();
  await page.getByLabel('Your name, for the record').fill(person);
  await page.getByRole('button', { name: 'Start at step 1' }).tap();
}

describe.skipIf(noChromium)('the go-kit on a phone', { timeout: 60_000 }, () => {
  // The longest path a person takes with the kit, in one go: the service worker, offline, two walks, a reload, the record.
  it('walks power loss offline through both branches and the loop, survives a reload, and its record imports', {
    timeout: 120_000,
  }, async () => {
    const { context, page, foreign } = await phone();
    await page.goto(server.url);
    // The service worker has kept every file and answers for the page.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: WAIT_MS });
    await expectAccessible(page, 'plan');
    const servedOnline = server.served.length;

    await context.setOffline(true);
    await page.reload();
    await poll(() => page.locator('h1').textContent()).toBe('Go-kit: the plan on this phone');

    // The short branch: the Director is in the office.
    await startWalk(page, 'Losing power during office hours', 'Alice Moreno');
    await poll(() => stepHeading(page).textContent()).toBe('Step 1 of 5');
    await page.getByRole('button', { name: 'Done', exact: true }).tap();
    await page.getByRole('button', { name: 'Done', exact: true }).tap();
    await poll(() => stepHeading(page).textContent()).toBe('Step 3 of 5');
    // An answer that ends the runbook before its later steps is asked about first.
    await page.getByRole('button', { name: 'Yes', exact: true }).tap();
    await page.getByRole('button', { name: 'Yes, end the runbook here' }).tap();
    await poll(() => stepHeading(page).textContent()).toBe('Runbook complete');

    // The long branch, round the loop once.
    await page.getByRole('button', { name: 'Back to the plan' }).tap();
    await startWalk(page, 'Losing power during office hours', 'Alice Moreno');
    await expectAccessible(page, 'first step');
    await page.getByRole('button', { name: 'Done', exact: true }).tap();
    await page.getByRole('button', { name: 'Skip this step' }).tap();
    await page.getByLabel('Why skip it?').fill('The server room was locked');
    await page.getByRole('button', { name: 'Skip it' }).tap();
    await expectAccessible(page, 'decision');
    await page.getByRole('button', { name: 'No', exact: true }).tap();
    await poll(() => stepHeading(page).textContent()).toBe('Step 4 of 5');
    // A mistaken answer is mended with Go back; the record keeps both answers.
    await page.getByRole('button', { name: 'Go back: undo the last answer' }).tap();
    await poll(() => stepHeading(page).textContent()).toBe('Step 3 of 5');
    await page.getByRole('button', { name: 'No', exact: true }).tap();
    await poll(() => stepHeading(page).textContent()).toBe('Step 4 of 5');
    await poll(() => page.locator('#walk a[href^="tel:"], #walk .contact').count()).toBeGreaterThan(0);
    // The update step drafts the update from the walk, ready for the phone's messages or mail app.
    const draft = await page.locator('#walk .draft-text').textContent();
    expect(draft).toMatch(
      /^Losing power during office hours since .*Done: Shut off all computer hardware.* - Alice Moreno$/,
    );
    expect(draft).toContain('Next update');
    expect(await page.getByRole('link', { name: 'Text it' }).getAttribute('href')).toBe(
      `sms:?&body=${encodeURIComponent(draft!)}`,
    );
    await expectAccessible(page, 'update step');
    // Sent records the words as the update sent, as at a terminal: the Director's record shows them.
    await page.getByRole('button', { name: 'Sent: record this update' }).tap();
    await page.getByRole('button', { name: 'No', exact: true }).tap();
    await poll(() => stepHeading(page).textContent()).toBe('Step 4 of 5, 2nd time');

    // A reload in the middle comes back to the same step.
    await page.reload();
    await poll(() => stepHeading(page).textContent()).toBe('Step 4 of 5, 2nd time');
    await page.getByRole('button', { name: 'Add a note' }).tap();
    await page.getByLabel('Note: what you saw or did').fill('Called the Director from the car park');
    await page.getByRole('button', { name: 'Save the note' }).tap();
    await page.getByRole('button', { name: 'Done, another way (no update recorded)' }).tap();
    await page.getByRole('button', { name: 'Yes', exact: true }).tap();
    await poll(() => stepHeading(page).textContent()).toBe('Runbook complete');
    await expectAccessible(page, 'end');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the record' }).tap(),
    ]);
    const record = join(tempDir(), download.suggestedFilename());
    await download.saveAs(record);

    // Both walks are listed on the plan, newest first.
    await page.getByRole('button', { name: 'Back to the plan' }).tap();
    await poll(() => page.locator('#open-walks li').count()).toBe(2);
    expect(await page.locator('#open-walks li').first().textContent()).toMatch(
      /^Record of: Losing power during office hours, started .* by Alice Moreno, finished: the record is ready$/,
    );

    // Nothing after the first load came from the network but the browser's own check for a newer
    // service worker (made outside the page, so offline emulation does not stop it; offline for real
    // it fails and the kept copy goes on), and nothing ever went anywhere but the kit's host.
    expect(server.served.slice(servedOnline).filter((path) => path !== '/sw.js')).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();

    const journalDir = tempDir();
    const imported = await coop(['import', record, '--journal-dir', journalDir, '--runbooks', SHIPPED_RUNBOOKS]);
    expect(imported.stderr).toBe('');
    expect(imported.stdout).toMatch(
      /^imported \d{8}-\d{6}-power-loss-[a-z2-9]{4}: Losing power during office hours \(incident, walked on a phone by Alice Moreno, ended\), 13 events;/,
    );
    const id = imported.stdout.split(':')[0]!.replace('imported ', '');
    const report = await coop([
      'report',
      id,
      '--format',
      'markdown',
      '--journal-dir',
      journalDir,
      '--runbooks',
      SHIPPED_RUNBOOKS,
    ]);
    expect(report.code).toBe(0);
    for (const words of [
      'a phone, in the go-kit exported',
      'Alice Moreno',
      'The server room was locked',
      'Called the Director from the car park',
      'Update sent to Executive Director',
      'Keep the Executive Director updated on the situation.',
      'Is the power back on?',
    ])
      expect(report.stdout).toContain(words);
  });

  it('works opened as a file, 320 px wide: the walk is saved and carries on after a reload', async () => {
    const context = await phoneContext({ ...PHONE, viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(`file://${join(kit, 'index.html')}`);
    const outlook = loadLibrary(SHIPPED_RUNBOOKS).runbooks.find((r) => r.value.id === 'outlook-offline')!.value;
    await startWalk(page, outlook.title, 'Sam Lee');
    await poll(() => stepHeading(page).textContent()).toBe(`Step 1 of ${outlook.steps.length}`);
    await page.getByRole('button', { name: 'Done', exact: true }).tap();
    await page.reload();
    await poll(() => stepHeading(page).textContent()).toBe(`Step 2 of ${outlook.steps.length}`);
    // Nothing is wider than the screen: no sideways scrolling to read a step.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(320);
    await context.close();
  });

  it('carries a walk on by step when the plan is exported again with a step reworded, and says so', async () => {
    // Offices export again after every change to the plan (README): a walk under way must not be stranded.
    const library = join(tempDir('coop-kit-lib-'), 'runbooks');
    cpSync(SHIPPED_RUNBOOKS, library, { recursive: true });
    const out = join(tempDir('coop-kit-'), 'go-kit');
    const exported = async () =>
      expect((await coop(['export', '--format', 'kit', '--out', out, '--runbooks', library])).code).toBe(0);
    await exported();
    const context = await phoneContext();
    const page = await context.newPage();
    await page.goto(`file://${join(out, 'index.html')}`);
    const outlook = loadLibrary(library).runbooks.find((r) => r.value.id === 'outlook-offline')!.value;
    await startWalk(page, outlook.title, 'Sam Lee');
    await page.getByRole('button', { name: 'Done', exact: true }).tap();
    await poll(() => stepHeading(page).textContent()).toBe(`Step 2 of ${outlook.steps.length}`);
    const file = join(library, 'outlook-offline.yaml');
    const second = outlook.steps[1]!;
    const before =
      second.kind === 'action' ? second.do : second.kind === 'decision' ? second.ask : (second.title ?? '');
    writeFileSync(file, readFileSync(file, 'utf8').replace(before, `${before} (reworded)`));
    await exported();
    await page.reload();
    await poll(() => stepHeading(page).textContent()).toBe(`Step 2 of ${outlook.steps.length}`);
    await poll(() => page.locator('#walk').textContent()).toContain('The plan has changed since this walk began');
    await poll(() => page.locator('#walk').textContent()).toContain('(reworded)');
    await context.close();
  });

  it('starts a walk at once with no name given: a fire is no time for a form', async () => {
    const context = await phoneContext();
    const page = await context.newPage();
    await page.goto(`file://${join(kit, 'index.html')}`);
    const fire = loadLibrary(SHIPPED_RUNBOOKS).runbooks.find((r) => r.value.id === 'fire')!.value;
    await page.locator(`section.runbook:has(h2:text-is("${fire.title}")) .walk-start button`).tap();
    await page.getByLabel('Your name, for the record').fill('');
    await page.getByRole('button', { name: 'Start at step 1' }).tap();
    await poll(() => stepHeading(page).textContent()).toBe(`Step 1 of ${fire.steps.length}`);
    await context.close();
  });

  it('shows every runbook, warning, step and number with JavaScript off', async () => {
    const { context, page } = await phone({ javaScriptEnabled: false });
    await page.goto(server.url);
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText is the text a person sees, hidden parts left out
    const text = (await page.locator('body').innerText()).replace(/\s+/g, ' ');
    const library = loadLibrary(SHIPPED_RUNBOOKS);
    const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();
    for (const entry of library.runbooks) {
      const view = runbookView(library, entry);
      expect(text).toContain(view.title);
      for (const warning of view.warnings) expect(text).toContain(squeeze(warning));
      for (const step of view.steps) {
        expect(text).toContain(`Step ${step.number} of ${view.steps.length}`);
        expect(text).toContain(squeeze(step.text));
      }
    }
    const tel = await page.locator('a[href^="tel:"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    for (const { value: contact } of library.contacts)
      if (contact.phone)
        expect(tel).toContain(
          `tel:+1-${contact.phone.replace(/\D/g, '').replace(/^(\d{3})(\d{3})(\d{4})$/, '$1-$2-$3')}`,
        );
    await context.close();
  });

  it('keeps hostile text as text, on the page and in the walk', async () => {
    const hostileKit = await exportKit(join(FIXTURES, 'hostile-text'));
    const context = await phoneContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (dialog) => {
      errors.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.goto(`file://${join(hostileKit, 'index.html')}`);
    expect(await page.locator('img').count()).toBe(0);
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText is the text a person sees
    expect(await page.locator('body').innerText()).toContain('<img src=x onerror=alert(1)>');
    await page.locator('.walk-start button').first().tap();
    await page.getByLabel('Your name, for the record').fill('<b>Mallory</b>');
    await page.getByRole('button', { name: 'Start at step 1' }).tap();
    await poll(() => stepHeading(page).textContent()).toBe('Step 1 of 3');
    expect(await page.locator('#walk img, #walk b:text-is("Mallory")').count()).toBe(0);
    // On to its check step, which a phone checks by hand.
    await page.getByRole('button', { name: 'Done', exact: true }).tap();
    await page.getByRole('button', { name: /^Yes/ }).tap();
    await poll(() => stepHeading(page).textContent()).toBe('Step 3 of 3');
    await page.getByRole('button', { name: 'I checked: it worked' }).tap();
    await poll(() => stepHeading(page).textContent()).toBe('Runbook complete');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the go-kit folder', () => {
  // Its size is a target of `npm run bench` (the go-kit of the shipped library: under 300 KB).
  it('allows nothing from the network', async () => {
    const dir = await exportKit(SHIPPED_RUNBOOKS);
    const page = readFileSync(join(dir, 'index.html'), 'utf8');
    expect(page).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; script-src &#39;sha256-[^"]+; style-src &#39;sha256-/,
    );
    expect(page).not.toMatch(/(src|href)="(https?:)?\/\//);
  });
});

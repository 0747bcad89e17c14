// The statewide page in Debian's chromium, as the coordinator opens it: the
// summary of the ITEC 5300 points, one row per agency with the right status
// in each cell, sorting by a heading, the same table with JavaScript off, and
// no request to the network.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coop } from '../helpers/coop.js';
import { journalsFolder, NOW, stateFolder } from '../reports/rollup-fixtures.js';
import { sharedChromium } from './chromium.js';

let browser: Browser;
let pageUrl: string;
/** The page as opened, shared by the tests that only read it; sorting comes last. */
let page: Page;
const requests: string[] = [];

beforeAll(async () => {
  const dir = stateFolder();
  const result = await coop(['rollup', dir, '--journals', journalsFolder(), '--out', 'rollup.html'], {
    now: new Date(NOW),
    cwd: dir,
  });
  expect(result.code).toBe(0);
  pageUrl = pathToFileURL(join(dir, 'rollup.html')).href;
  browser = await sharedChromium();
  page = await open();
}, 60_000);

afterAll(async () => {
  // The browser is the test process's (./chromium.ts): only the contexts are this file's.
  await Promise.all(contexts.map((context) => context.close()));
});

const contexts: BrowserContext[] = [];

async function open(options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext(options);
  contexts.push(context);
  await context.route('**', (route) => {
    const url = route.request().url();
    if (url === pageUrl) return route.continue();
    requests.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  await page.goto(pageUrl);
  return page;
}

/** The agencies column, top to bottom, and the status of a column's cells. */
const agencies = (page: Page) => page.locator('#agencies tbody tr td:first-child').allInnerTexts();
const statuses = (page: Page, column: number) =>
  page
    .locator(`#agencies tbody tr td:nth-child(${column})`)
    .evaluateAll((cells) => cells.map((c) => c.getAttribute('data-status')));

describe('coop rollup --format html in chromium', () => {
  it('shows how many agencies meet each ITEC 5300 point at the top', async () => {
    const summary = page.locator('.points tbody tr');
    expect(await summary.count()).toBe(5);
    expect(await page.locator('tr[data-point="itec-5300-6.5"] td.met').textContent()).toBe('3 of 5');
    expect(await page.locator('tr[data-point="itec-5300-6.7"] td.met').textContent()).toBe('1 of 5');
  });

  it('has one row per agency, with the status of each cell', async () => {
    expect(await agencies(page)).toEqual([
      'Broken Falls Water Board',
      'Clean County Emergency Office',
      'No Objectives Board of Nursing',
      'Overdue Valley Records Office',
      'unreadable-agency',
    ]);
    // Library state, then reviews overdue, then systems without RTO/RPO.
    expect(await statuses(page, 2)).toEqual(['attention', 'ok', 'ok', 'ok', 'unreadable']);
    expect(await statuses(page, 7)).toEqual(['ok', 'ok', 'ok', 'attention', 'unreadable']);
    expect(await statuses(page, 10)).toEqual(['ok', 'ok', 'attention', 'ok', 'unreadable']);
  });

  it('links each finding to its file and line', async () => {
    const link = page.locator('#agency-1 .findings a');
    expect(await link.textContent()).toMatch(/broken-agency\/flood\.yaml:5:10$/);
    expect(await link.getAttribute('href')).toMatch(/^file:\/\/.*\/broken-agency\/flood\.yaml$/);
  });

  it('is the same table with JavaScript off, and asks nothing of the network', async () => {
    const page = await open({ javaScriptEnabled: false });
    expect(await agencies(page)).toHaveLength(5);
    expect(await page.locator('#agencies thead th .plain').first().isVisible()).toBe(true);
    expect(requests).toEqual([]);
  });

  it('sorts by a heading, and back the other way', async () => {
    const warnings = page.locator('#agencies thead th', { hasText: 'Lint warnings' }).locator('button');
    await warnings.click();
    expect((await agencies(page)).slice(-2)).toEqual([
      'No Objectives Board of Nursing',
      'Overdue Valley Records Office',
    ]);
    await warnings.click();
    expect((await agencies(page)).slice(0, 2)).toEqual([
      'Overdue Valley Records Office',
      'No Objectives Board of Nursing',
    ]);
  });
});

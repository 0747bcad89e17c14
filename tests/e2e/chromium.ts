// Debian's chromium, driven by playwright-core (never a downloaded browser),
// one for each test process, shared by every file that needs a browser: the
// go-kit, the roll-up page and the printed binder and report. Starting it is
// most of what a browser test costs (measured: 2.2 s of CPU to start, open a
// page and close, against 1.3 s to lay out and print the 14-page binder), and
// each file has contexts of its own, so no state crosses from one to another.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const noChromium = existsSync(CHROMIUM) ? undefined : `${CHROMIUM} is not installed (apt-get install chromium)`;

let shared: Promise<Browser> | undefined;

/** This process's browser, started the first time a file asks; a browser that went away is started again. */
export function sharedChromium(): Promise<Browser> {
  shared ??= chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] }).then((browser) => {
    browser.on('disconnected', () => {
      shared = undefined;
    });
    return browser;
  });
  return shared;
}

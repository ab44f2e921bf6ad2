// Debian's Chromium driven by playwright-core (which never downloads a
// browser). The flags keep Chromium from reaching for the network, on which
// it otherwise hangs when the network is closed.

import { accessSync, constants } from 'node:fs';
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Null when Chromium can be run, else why not. */
export function chromiumProblem() {
  try {
    accessSync(CHROMIUM_PATH, constants.X_OK);
    return null;
  } catch {
    return `Chromium not found at ${CHROMIUM_PATH}: run scripts/install-deps.sh e2e (or set CHROMIUM_PATH)`;
  }
}

export function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS, headless: true, timeout: 60_000 });
}

/**
 * A fresh context for one site: Danish locale, and every request that would
 * leave the site's origin is aborted and remembered in `blocked`.
 */
export async function siteContext(browser, origin) {
  const context = await browser.newContext({ locale: 'da-DK', reducedMotion: 'reduce' });
  // The print version of a large plan is one long page; on a busy 2-core CI machine it needs time.
  context.setDefaultTimeout(120_000);
  const blocked = new Set();
  await context.route(
    (url) => url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:',
    (route) => {
      blocked.add(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  return { context, blocked };
}

/** Loads `url` into `page`; returns the uncaught script errors it raised. */
export async function loadPage(page, url) {
  const errors = [];
  const onError = (err) => errors.push(String(err.message ?? err).split('\n')[0]);
  page.on('pageerror', onError);
  try {
    const res = await page.goto(url, { waitUntil: 'load' });
    if (!res || !res.ok()) errors.push(`HTTP ${res ? res.status() : 'no response'}`);
  } finally {
    page.off('pageerror', onError);
  }
  return errors;
}

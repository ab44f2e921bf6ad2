#!/usr/bin/env node
// The editing loop in Decap CMS, in Chromium: `overblik cms` writes the
// editor for a copy of the example plan in a temporary git repository;
// decap-server saves into it; an initiative is created and an update added
// through the form; then what Decap wrote must pass `overblik check`,
// `overblik diff` against the commit before must report exactly those two
// changes, and the rebuilt site must show both. Also loads the generated
// configuration of other plans (awkward, an English one) and checks that
// Decap reports no configuration error and shows every field.
//
//   node tests/e2e/cms.mjs [BINARY]       (default build/overblik)
//
// Closes with "e2e: N passed, N failed"; exit code 1 on any failure.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, chromiumProblem } from './lib/browser.mjs';
import { configLoads, editingLoop } from './lib/cms-checks.mjs';
import { BINARY, DECAP_SERVER, REPO } from './lib/cms-setup.mjs';
import { Report } from './lib/report.mjs';

async function main() {
  const report = new Report();
  const problem = chromiumProblem();
  if (problem || !existsSync(BINARY) || !existsSync(DECAP_SERVER)) {
    report.fail('setup', 'cms', problem ?? `${existsSync(BINARY) ? DECAP_SERVER : BINARY} not found (npm ci --prefix tests/e2e, cmake --build build)`);
    return report.summary();
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  const started = Date.now();
  try {
    await report.guard('cms-loop', 'kolding', () => editingLoop(browser, report, join(REPO, 'content')));
    // The example plan made English: an English form and interface.
    const english = (dir) => {
      const plan = join(dir, 'plan.yaml');
      writeFileSync(plan, readFileSync(plan, 'utf8').replace(/^language: da$/m, 'language: en'));
    };
    for (const [name, dir, login, edit] of [
      ['kolding', join(REPO, 'content'), 'Log ind'],
      ['awkward', join(REPO, 'tests', 'sites', 'awkward', 'content'), 'Log ind'],
      ['english', join(REPO, 'content'), 'Login', english],
    ]) {
      await report.guard('cms-config', name, () => configLoads(browser, report, name, dir, login, edit));
    }
  } finally {
    await browser.close();
  }
  report.info(`cms: the editing loop and three configurations in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return report.summary();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exitCode = await main();
}

#!/usr/bin/env node
// Browser and validator checks of built overblik sites.
//
//   node tests/e2e/run.mjs [SITE_DIR...]
//
// Default: site/ and every folder in build/e2e-sites/ (make e2e-sites). Closes with
// "e2e: N passed, N failed" and exits 1 on any failure.

import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AXE_VERSION } from './lib/axe.mjs';
import { CHROMIUM_PATH, chromiumProblem, launchBrowser } from './lib/browser.mjs';
import { popplerProblem } from './lib/printpdf.mjs';
import { Report } from './lib/report.mjs';
import { startServer } from './lib/server.mjs';
import { checkSite } from './lib/site.mjs';
import { VNU_JAR_PATH, javaVersion } from './lib/vnu.mjs';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SCREENSHOTS = join(REPO, 'build', 'screenshots');

function siteDirs(args) {
  if (args.length > 0) return args.map((a) => resolve(a));
  const dirs = [join(REPO, 'site')];
  const tests = join(REPO, 'build', 'e2e-sites');
  // Folders only: a build leaves its lock file (NAME.overblik-lock) beside the site.
  if (existsSync(tests)) {
    for (const e of readdirSync(tests, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name)))
      if (e.isDirectory() && !e.name.includes('.overblik-')) dirs.push(join(tests, e.name));
  }
  return dirs;
}

/** Gives each site a distinct name for report lines and screenshot folders. */
function siteNames(dirs) {
  const used = new Set();
  return dirs.map((dir) => {
    let name = basename(dir) || 'site';
    for (let i = 2; used.has(name); i++) name = `${basename(dir)}-${i}`;
    used.add(name);
    return name;
  });
}

/** Everything that must be there before any check can run. */
function setupProblems(dirs) {
  const problems = [];
  const chromium = chromiumProblem();
  if (chromium) problems.push(chromium);
  const poppler = popplerProblem();
  if (poppler) problems.push(poppler);
  if (!javaVersion()) problems.push('java not found: run scripts/install-deps.sh e2e (installs default-jre-headless)');
  if (!existsSync(VNU_JAR_PATH)) problems.push(`${VNU_JAR_PATH} missing: run npm ci --prefix tests/e2e`);
  for (const dir of dirs) {
    if (!existsSync(join(dir, 'index.html'))) {
      problems.push(`${dir}/index.html not found: build the site first (make site)`);
    }
  }
  return problems;
}

async function checkAll(browser, dirs, report) {
  const names = siteNames(dirs);
  for (const [i, dir] of dirs.entries()) {
    report.info(`\n${names[i]}: ${dir}`);
    const server = await startServer(dir);
    try {
      await checkSite({ browser, origin: server.origin, dir, name: names[i], report, screenshotRoot: SCREENSHOTS });
    } catch (err) {
      report.fail('run', names[i], 'check aborted', String(err.stack ?? err).split('\n'));
    } finally {
      await server.close();
    }
  }
}

async function main() {
  const report = new Report();
  const dirs = siteDirs(process.argv.slice(2));
  const problems = setupProblems(dirs);
  if (problems.length > 0) {
    for (const p of problems) report.fail('setup', 'e2e', p);
    return report.summary();
  }
  const browser = await launchBrowser();
  report.info(`e2e: Chromium ${browser.version()} (${CHROMIUM_PATH}), axe-core ${AXE_VERSION}, ${javaVersion()}`);
  try {
    await checkAll(browser, dirs, report);
  } finally {
    await browser.close();
  }
  report.info(`\nscreenshots: ${SCREENSHOTS}`);
  return report.summary();
}

process.exitCode = await main();

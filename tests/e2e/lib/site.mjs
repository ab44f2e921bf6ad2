// All checks of one built site, in order: crawl and links, Nu checker, axe on
// every page (capped), then keyboard, reflow and screenshots on one page of
// each kind.

import { rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { choosePages, describeViolations, preloadAxe, runAxe } from './axe.mjs';
import { loadPage, siteContext } from './browser.mjs';
import { crawl, htmlPages, refProblems, unreachableFiles } from './crawl.mjs';
import { listFiles } from './files.mjs';
import { checkInteractions } from './interactions.mjs';
import { keyboardProblems } from './keyboard.mjs';
import { brokenWordProblems, clippedCellProblems, phoneFilterProblems } from './layout.mjs';
import { pageType, representatives, siteSections } from './pagetypes.mjs';
import { mapPool } from './pool.mjs';
import { printProblems } from './printpdf.mjs';
import { REFLOW_VIEWPORTS, reflowProblems } from './reflow.mjs';
import { SCREENSHOT_WIDTHS, takeScreenshot } from './screenshots.mjs';
import { checkFiles } from './vnu.mjs';

export const AXE_PAGE_CAP = 400;
const AXE_CONCURRENCY = 2;

async function timed(report, label, fn) {
  const start = Date.now();
  const result = await fn();
  report.info(`  ${label} (${((Date.now() - start) / 1000).toFixed(1)} s)`);
  return result;
}

function checkLinks(ctx, nodes) {
  const front = nodes.get('/');
  if (front.status !== 200) ctx.report.fail('links', `${ctx.name}/`, `front page not served (${front.status})`);
  const checked = new Set(); // a page reached through a redirect is checked once
  for (const path of [...nodes.keys()].sort()) {
    const node = nodes.get(path);
    if (!node.html || node.status !== 200 || checked.has(node.final)) continue;
    checked.add(node.final);
    ctx.report.expectNone('links', ctx.name + node.final, 'broken links', refProblems(node, nodes));
  }
  const orphans = unreachableFiles(ctx.dir, nodes);
  ctx.report.expectNone('reachable', ctx.name, 'HTML files not reachable from the front page', orphans);
}

function checkHtml(ctx) {
  const files = listFiles(ctx.dir, '.html');
  const errors = checkFiles(files);
  for (const file of files) {
    const found = errors.get(file) ?? [];
    const where = `${ctx.name}/${relative(ctx.dir, file)}`;
    ctx.report.expectNone('vnu', where, `${found.length} Nu checker error(s)`, found);
  }
  return files.length;
}

async function checkAxeOne(ctx, page, path) {
  const where = ctx.name + path;
  const jsErrors = await loadPage(page, ctx.origin + path);
  ctx.report.expectNone('scripts', where, 'uncaught script errors', jsErrors);
  const violations = await runAxe(page);
  ctx.report.expectNone('axe', where, `${violations.length} axe violation(s)`, describeViolations(violations));
}

async function checkAxe(ctx, pages, reps) {
  const chosen = choosePages(pages, reps.values(), AXE_PAGE_CAP);
  if (chosen.length < pages.length) {
    ctx.report.info(`  axe: ${pages.length - chosen.length} of ${pages.length} pages skipped (cap ${AXE_PAGE_CAP})`);
  }
  const { context } = await siteContext(ctx.browser, ctx.origin);
  await preloadAxe(context);
  const tabs = await Promise.all(Array.from({ length: AXE_CONCURRENCY }, () => context.newPage()));
  const free = [...tabs];
  await mapPool(chosen, AXE_CONCURRENCY, async (path) => {
    const page = free.pop();
    try {
      await ctx.report.guard('axe', ctx.name + path, () => checkAxeOne(ctx, page, path));
    } finally {
      free.push(page);
    }
  });
  await context.close();
  return chosen.length;
}

async function checkKeyboard(ctx, page, type, path) {
  await page.setViewportSize({ width: 1280, height: 800 });
  await loadPage(page, ctx.origin + path);
  const { problems, note } = await keyboardProblems(page);
  if (note) ctx.report.info(`  keyboard ${ctx.name}${path}: ${note}`);
  ctx.report.expectNone('keyboard', `${ctx.name}${path} (${type})`, 'keyboard problems', problems);
}

async function checkRepresentative(ctx, page, type, path) {
  await checkKeyboard(ctx, page, type, path);
  for (const vp of REFLOW_VIEWPORTS) {
    const problems = await reflowProblems(page, ctx.origin + path, vp);
    ctx.report.expectNone('reflow', `${ctx.name}${path} (${type}) at ${vp.name}`, 'horizontal scrolling', problems);
  }
  for (const width of SCREENSHOT_WIDTHS) {
    const shot = await takeScreenshot(page, ctx.origin + path, ctx.screenshotDir, type, width);
    if (shot.clipped) ctx.report.info(`  screenshot ${shot.path}: page cut at its top 16000 px`);
    ctx.report.pass('screenshot');
  }
}

async function checkRepresentatives(ctx, reps) {
  rmSync(ctx.screenshotDir, { recursive: true, force: true });
  const page = await ctx.context.newPage();
  for (const [type, path] of reps) {
    await ctx.report.guard('run', `${ctx.name}${path} (${type})`, () => checkRepresentative(ctx, page, type, path));
  }
  await page.close();
}

/** The layout checks of the pages a council member reads, and the printed plan. */
async function checkLayout(ctx, pages, reps, sections) {
  const page = await ctx.context.newPage();
  const at = (type) => reps.get(type);
  for (const type of ['action-plan', 'matrix', 'print']) {
    if (!at(type)) continue;
    await ctx.report.guard('layout', ctx.name + at(type), async () => {
      const problems = await clippedCellProblems(page, ctx.origin + at(type));
      ctx.report.expectNone('clipped', `${ctx.name}${at(type)} at 1280px`, 'table cells cut', problems);
    });
  }
  if (at('matrix')) {
    await ctx.report.guard('layout', ctx.name + at('matrix'), async () => {
      const problems = await brokenWordProblems(page, ctx.origin + at('matrix'));
      ctx.report.expectNone('words', `${ctx.name}${at('matrix')} at 375px`, 'words broken inside', problems);
    });
  }
  if (at('initiatives')) {
    await ctx.report.guard('layout', ctx.name + at('initiatives'), async () => {
      const problems = await phoneFilterProblems(page, ctx.origin + at('initiatives'));
      ctx.report.expectNone('phone-filters', `${ctx.name}${at('initiatives')} at 375px`, 'filters in the way', problems);
    });
  }
  if (at('print')) {
    await ctx.report.guard('print', ctx.name + at('print'), async () => {
      // undefined: the plan leaves the action plan out (sections: action_plan: false).
      let heading;
      if (at('action-plan')) {
        await loadPage(page, ctx.origin + at('action-plan'));
        heading = (await page.textContent('h1'))?.trim() ?? '';
      }
      const initiatives = pages.filter((p) => pageType(p, sections) === 'initiative').length;
      const { pages: n, problems } = await printProblems(page, ctx.origin + at('print'), ctx.screenshotDir, { initiatives, heading });
      ctx.report.info(`  print: ${n} A4 pages for ${initiatives} initiatives`);
      ctx.report.expectNone('print', `${ctx.name}${at('print')} on A4`, 'printed plan problems', problems);
    });
  }
  await page.close();
}

/** Runs every check on the site served at `origin` from `dir`. */
export async function checkSite({ browser, origin, dir, name, report, screenshotRoot }) {
  const { context, blocked } = await siteContext(browser, origin);
  const ctx = { browser, context, origin, dir, name, report, screenshotDir: join(screenshotRoot, name) };
  try {
    const parser = await context.newPage();
    const nodes = await timed(report, 'crawl', () => crawl(origin, parser));
    await parser.close();
    const pages = htmlPages(nodes);
    const others = [...nodes.values()].filter((n) => !n.html).length;
    report.info(`  ${pages.length} pages, ${others} other files linked`);
    checkLinks(ctx, nodes);
    const nHtml = await timed(report, 'Nu HTML checker', () => checkHtml(ctx));
    report.info(`  ${nHtml} HTML files checked by vnu`);
    const sections = siteSections(dir);
    const reps = representatives(pages, sections);
    const nAxe = await timed(report, 'axe-core', () => checkAxe(ctx, pages, reps));
    report.info(`  ${nAxe} pages checked by axe`);
    await timed(report, `keyboard, reflow, screenshots: ${[...reps.keys()].join(', ')}`, () =>
      checkRepresentatives(ctx, reps),
    );
    await timed(report, 'layout and print', () => checkLayout(ctx, pages, reps, sections));
    await timed(report, 'search and filters', () => checkInteractions(ctx));
    for (const url of blocked) report.info(`  note: blocked request to another origin: ${url}`);
  } finally {
    await context.close();
  }
}

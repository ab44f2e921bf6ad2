// What the site's own script does, exercised as a reader would: type a query
// into the site search and read the results; apply two filters on the
// initiatives list and read the URL; reload that URL and see the filters
// restored; and check that without JavaScript the whole list is there.

import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadPage } from './browser.mjs';
import { siteSections } from './pagetypes.mjs';

const LIST_PATHS = ['/initiativer/index.html', '/initiatives/index.html'];

/** Folds like overblik.js does, to build a query a Danish reader might type. */
function fold(s) {
  return s.toLocaleLowerCase('da').replace(/å/g, 'aa').replace(/æ/g, 'ae').replace(/ø/g, 'oe');
}

function searchIndex(dir) {
  return JSON.parse(readFileSync(join(dir, 'search-index.json'), 'utf8'));
}

/** Types a prefix of the first initiative's longest title word (folded, upper case) and expects it among the results. */
async function checkSearch(ctx, page) {
  const item = searchIndex(ctx.dir).items.find((i) => i.kind === 'initiative');
  const word = item.title.split(/[^\p{L}\p{N}]+/u).sort((a, b) => b.length - a.length)[0];
  const query = fold(word).slice(0, Math.max(3, Math.min(6, word.length))).toUpperCase();
  await loadPage(page, ctx.origin + '/');
  await page.fill('#site-search-input', query);
  await page.waitForSelector('#search-results:not([hidden]) a', { timeout: 5000 });
  const titles = await page.$$eval('#search-results a', (as) => as.map((a) => a.textContent));
  const status = await page.textContent('#search-status');
  const found = titles.some((t) => t.includes(item.title));
  ctx.report.expectNone('search', `${ctx.name}/ "${query}"`, 'search did not find the initiative',
    found && status.trim() ? [] : [`expected "${item.title}" among ${JSON.stringify(titles)}; status "${status}"`]);
}

async function visibleCards(page) {
  return page.$$eval('#initiative-list > li', (lis) =>
    lis.filter((li) => !li.hidden).map((li) => ({ themes: li.dataset.themes, status: li.dataset.status })));
}

/** Picks the first theme and the first status that leave at least one card, then checks list, count and URL. */
async function checkFilters(ctx, page, listPath) {
  await loadPage(page, ctx.origin + listPath);
  const themes = await page.$$eval('#filter-theme option', (os) => os.map((o) => o.value).filter(Boolean));
  const problems = [];
  let chosen = null;
  for (const theme of themes) {
    await page.selectOption('#filter-theme', theme);
    const cards = await visibleCards(page);
    if (cards.length > 0) {
      chosen = { theme, status: cards[0].status };
      break;
    }
  }
  if (!chosen) problems.push('no theme filter leaves any initiative visible');
  else {
    await page.selectOption('#filter-status', chosen.status);
    const cards = await visibleCards(page);
    const wrong = cards.filter((c) => !c.themes.split(' ').includes(chosen.theme) || c.status !== chosen.status);
    if (cards.length === 0 || wrong.length) problems.push(`filtered list wrong: ${JSON.stringify(cards)}`);
    const url = new URL(page.url());
    if (url.searchParams.get('tema') !== chosen.theme || url.searchParams.get('status') !== chosen.status) {
      problems.push(`URL does not keep the filters: ${page.url()}`);
    }
    const count = await page.textContent('#filter-count');
    if (!count.includes(String(cards.length))) problems.push(`count "${count}" does not say ${cards.length}`);
    await loadPage(page, page.url());
    const restored = [await page.inputValue('#filter-theme'), await page.inputValue('#filter-status')];
    if (restored[0] !== chosen.theme || restored[1] !== chosen.status) {
      problems.push(`filters not restored from the URL: ${restored}`);
    }
    if ((await visibleCards(page)).length !== cards.length) problems.push('restored filter shows another list');
  }
  ctx.report.expectNone('filters', `${ctx.name}${listPath}`, 'filter problems', problems);
}

/** Without JavaScript: every initiative listed, and no half-working form shown. */
async function checkWithoutScript(ctx, listPath) {
  const context = await ctx.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(ctx.origin + listPath);
  const total = searchIndex(ctx.dir).items.filter((i) => i.kind === 'initiative').length;
  const shown = await page.$$eval('#initiative-list > li', (lis) => lis.filter((li) => li.offsetParent !== null).length);
  const formShown = await page.$eval('#filters', (f) => f.offsetParent !== null).catch(() => false);
  const searchShown = await page.$eval('#site-search', (f) => f.offsetParent !== null).catch(() => false);
  const problems = [];
  if (shown !== total) problems.push(`${shown} of ${total} initiatives visible without JavaScript`);
  if (formShown || searchShown) problems.push('a control that needs JavaScript is shown without it');
  ctx.report.expectNone('no-script', `${ctx.name}${listPath}`, 'page not usable without JavaScript', problems);
  await context.close();
}

export async function checkInteractions(ctx) {
  const own = siteSections(ctx.dir).find((s) => s.list === 'initiatives').segments.map((s) => `/${s}/index.html`);
  const listPath = [...LIST_PATHS, ...own].find((p) => existsSync(join(ctx.dir, p)));
  if (!listPath || !existsSync(join(ctx.dir, 'search-index.json'))) {
    ctx.report.fail('filters', ctx.name, 'no initiatives list or search-index.json in the site');
    return;
  }
  const page = await ctx.context.newPage();
  await ctx.report.guard('search', ctx.name, () => checkSearch(ctx, page));
  await ctx.report.guard('filters', ctx.name, () => checkFilters(ctx, page, listPath));
  await page.close();
  await ctx.report.guard('no-script', ctx.name, () => checkWithoutScript(ctx, listPath));
}

// What the automated accessibility checks cannot see on the pages a council
// member reads: a table cell whose content is cut at 1280 px, a word of the
// matrix broken inside at 375 px, filters that fill a phone's first screen.

import { loadPage } from './browser.mjs';

/** Tables whose every cell must show all of its content. */
const TABLES = '.action-plan, .matrix';

/** In the page: cells of `selector` whose content is wider than the cell. */
function clippedCells(selector) {
  const out = [];
  for (const cell of document.querySelectorAll(`:is(${selector}) :is(th, td)`)) {
    if (cell.offsetParent === null) continue;
    if (cell.scrollWidth > cell.clientWidth + 1) {
      const text = cell.textContent.replace(/\s+/g, ' ').trim().slice(0, 60);
      out.push(`"${text}" needs ${cell.scrollWidth}px in a ${cell.clientWidth}px cell`);
    }
  }
  return out;
}

/**
 * In the page: words in `selector` that are broken across two lines. A break
 * after a hyphen is allowed ("Social-|og"); any other break inside a word is
 * not.
 */
function brokenWords(selector) {
  const out = [];
  const roots = document.querySelectorAll(selector);
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || el.offsetParent === null || el.getBoundingClientRect().width <= 1) continue;
      for (const m of node.data.matchAll(/[^\s\-\u00ad\u2010]+/g)) {
        if (m[0].length < 2) continue;
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (tops.size > 1) out.push(`"${m[0]}" is broken across ${tops.size} lines`);
      }
    }
  }
  return out;
}

/** At 1280 px no cell of the action plan or the matrix cuts its content. */
export async function clippedCellProblems(page, url) {
  await page.setViewportSize({ width: 1280, height: 800 });
  await loadPage(page, url);
  return page.evaluate(clippedCells, TABLES);
}

/** At 375 px no word of the matrix (caption, headings, cells) breaks inside. */
export async function brokenWordProblems(page, url) {
  await page.setViewportSize({ width: 375, height: 800 });
  await loadPage(page, url);
  return page.evaluate(brokenWords, '.matrix, .legend');
}

/**
 * At 375 px the initiative filters are folded behind one button, so the
 * first card is on the first screen; the button opens them.
 */
export async function phoneFilterProblems(page, url) {
  await page.setViewportSize({ width: 375, height: 800 });
  await loadPage(page, url);
  const problems = [];
  const state = await page.evaluate(() => {
    const toggle = document.getElementById('filters-toggle');
    const card = document.querySelector('#initiative-list > li');
    return {
      toggle: Boolean(toggle),
      open: Boolean(toggle?.open),
      cardTop: card ? Math.round(card.getBoundingClientRect().top) : null,
    };
  });
  if (!state.toggle) return ['no #filters-toggle on the initiatives list'];
  if (state.open) problems.push('the filters are open at 375 px before anyone asked for them');
  if (state.cardTop !== null && state.cardTop > 800) problems.push(`the first card starts at ${state.cardTop}px, below the first screen`);
  await page.click('#filters-toggle > summary');
  if (!(await page.isVisible('#filter-theme'))) problems.push('the filter button does not show the filters');
  return problems;
}

// What the automated accessibility checks cannot see on the pages a council
// member reads: a table cell whose content is cut at 1280 px, a word of the
// matrix broken inside at 375 px, filters that fill a phone's first screen.

import { loadPage } from './browser.mjs';

/** A word wider than this share of the screen may break in the matrix on a phone. */
const LONGEST_WORD = 0.45;

/** Tables this size must fit a 1280 px screen without scrolling sideways. */
const FITS_AT_1280 = { periods: 8, themes: 10 };

/** Tables whose every cell must show all of its content. */
const TABLES = '.action-plan, .matrix';

/**
 * In the page: cells of `selector` whose content is wider than the cell, and
 * tables of an ordinary size (up to `fits.periods` half-years in the action
 * plan, up to `fits.themes` themes in the matrix) that do not fit their
 * region, so that columns hide behind a sideways scrollbar.
 */
function clippedCells([selector, fits]) {
  const out = [];
  for (const table of document.querySelectorAll(selector)) {
    const region = table.closest('.table-scroll');
    const periods = table.querySelectorAll('thead .action-plan__period').length;
    const themes = table.querySelectorAll('thead .matrix__theme').length;
    const ordinary = table.matches('.action-plan') ? periods <= fits.periods : themes <= fits.themes;
    if (region && ordinary && region.scrollWidth > region.clientWidth + 1) {
      out.push(`table .${table.className} is ${region.scrollWidth}px wide in a ${region.clientWidth}px region: columns are cut`);
    }
  }
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
 * after a hyphen is allowed ("Social-|og"), and so is a break in a word wider
 * than `longest` of the screen's width, which no phone column can hold whole
 * ("Tværkommunalbeskæftigelsesindsatsudviklingsprojekt"); any other break
 * inside a word is not.
 */
function brokenWords([selector, longest]) {
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
        const rects = [...range.getClientRects()].filter((r) => r.width > 0);
        const tops = new Set(rects.map((r) => Math.round(r.top)));
        const width = rects.reduce((sum, r) => sum + r.width, 0);
        if (tops.size > 1 && width <= longest * window.innerWidth) {
          out.push(`"${m[0]}" (${Math.round(width)}px) is broken across ${tops.size} lines`);
        }
      }
    }
  }
  return out;
}

/** At 1280 px no cell of the action plan or the matrix cuts its content. */
export async function clippedCellProblems(page, url) {
  await page.setViewportSize({ width: 1280, height: 800 });
  await loadPage(page, url);
  return page.evaluate(clippedCells, [TABLES, FITS_AT_1280]);
}

/** At 375 px no word of the matrix (caption, headings, cells) breaks inside. */
export async function brokenWordProblems(page, url) {
  await page.setViewportSize({ width: 375, height: 800 });
  await loadPage(page, url);
  return page.evaluate(brokenWords, ['.matrix, .legend', LONGEST_WORD]);
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

// The print version as a council member attaches it to an agenda: printed by
// Chromium to A4 (page.pdf), read back with poppler's pdftotext, its first
// pages drawn with pdftoppm for people to look at.

import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPage } from './browser.mjs';

/** The Kolding example's target; a larger plan may take 1½ page per initiative. */
export const BASE_PAGE_LIMIT = 24;
export const PAGES_PER_INITIATIVE = 1.5;
/** Pages drawn as PNG into the screenshot folder. */
const DRAWN_PAGES = 3;

/** Null when pdftotext and pdftoppm can be run, else why not. */
export function popplerProblem() {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    return null;
  } catch {
    return 'pdftotext/pdftoppm not found: run scripts/install-deps.sh e2e (installs poppler-utils)';
  }
}

/** The most pages the print version of a plan with `initiatives` initiatives may take. */
export function pageLimit(initiatives) {
  return Math.max(BASE_PAGE_LIMIT, Math.ceil(initiatives * PAGES_PER_INITIATIVE));
}

/** The text of each page: pdftotext separates pages with a form feed. */
export function pageTexts(pdfPath) {
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const pages = text.split('\f');
  if (pages.length > 1 && pages[pages.length - 1].trim() === '') pages.pop();
  return pages;
}

/** Visible characters of a page's text. */
function weight(text) {
  return text.replace(/\s+/g, '').length;
}

/**
 * Pages, except the last, holding less than a quarter of the median page's
 * text: a heading or two table rows stranded on a page of their own.
 */
export function thinPages(texts) {
  if (texts.length < 3) return [];
  const weights = texts.map(weight);
  const sorted = [...weights].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  const out = [];
  for (let i = 0; i < weights.length - 1; i++) {
    if (weights[i] < median / 4) {
      const first = texts[i].trim().split('\n').slice(0, 2).join(' / ').replace(/\s+/g, ' ').slice(0, 80);
      out.push(`page ${i + 1} holds ${weights[i]} characters, under a quarter of the median ${median}: "${first}"`);
    }
  }
  return out;
}

/**
 * Prints `url` to `<dir>/print.pdf` and `<dir>/print-page-N.png`; returns the
 * problems: too many pages, thin pages, no action plan heading.
 */
export async function printProblems(page, url, dir, { initiatives, heading }) {
  await page.setViewportSize({ width: 1280, height: 800 });
  await loadPage(page, url);
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  mkdirSync(dir, { recursive: true });
  const pdfPath = join(dir, 'print.pdf');
  writeFileSync(pdfPath, pdf);
  const texts = pageTexts(pdfPath);
  for (let n = 1; n <= Math.min(DRAWN_PAGES, texts.length); n++) {
    const args = ['-png', '-r', '60', '-f', String(n), '-l', String(n), '-singlefile'];
    execFileSync('pdftoppm', [...args, pdfPath, join(dir, `print-page-${n}`)]);
  }
  const problems = [];
  const limit = pageLimit(initiatives);
  if (texts.length > limit) problems.push(`${texts.length} A4 pages for ${initiatives} initiatives (at most ${limit})`);
  problems.push(...thinPages(texts));
  const lines = texts.join('\n').split('\n').map((l) => l.trim());
  if (heading === undefined) {
    // No action plan page on this site, so none in print either.
  } else if (!heading) problems.push('the action plan page has no heading to look for');
  else if (!lines.includes(heading)) problems.push(`the action plan heading "${heading}" is not in the PDF`);
  return { pages: texts.length, problems };
}

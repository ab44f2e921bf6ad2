// Full-page screenshots of representative pages, for people to look at.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const SCREENSHOT_WIDTHS = [375, 1280];
const HEIGHT = 800;
/** Taller pages are cut here: Chromium cannot capture unbounded heights. */
const MAX_HEIGHT = 16000;

/** Saves `<dir>/<name>-<width>.png`; returns { path, clipped }. */
export async function takeScreenshot(page, url, dir, name, width) {
  await page.setViewportSize({ width, height: HEIGHT });
  await page.goto(url, { waitUntil: 'load' });
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}-${width}.png`);
  const clip = height > MAX_HEIGHT ? { x: 0, y: 0, width, height: MAX_HEIGHT } : undefined;
  // No `animations: 'disabled'`: the site has none (and the context asks for
  // reduced motion), and with it Chromium 156 never finishes capturing a
  // large table page (the 40-column action plan of tests/sites/awkward).
  await page.screenshot({ path, fullPage: true, clip });
  return { path, clipped: clip !== undefined };
}

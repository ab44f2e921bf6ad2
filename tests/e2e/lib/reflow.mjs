// Reflow (WCAG 1.4.10): no horizontal page scroll at 320 CSS px, nor at
// 1280 px zoomed to 200 % (emulated as a 640×400 CSS px viewport). Scroll
// regions ([data-scroll-region], or role="region" with tabindex) may overflow
// inside themselves.

export const REFLOW_VIEWPORTS = [
  { name: '320px', width: 320, height: 800 },
  { name: '1280px@200%', width: 640, height: 400 },
];

const SCROLL_REGION = '[data-scroll-region], [role="region"][tabindex]';

/** In the page: page widths and the outermost elements sticking out. */
function measureOverflow(regionSelector) {
  const limit = window.innerWidth;
  const sticksOut = (el) => el.getBoundingClientRect().right > limit + 0.5;
  const culprits = [];
  for (const el of document.body.querySelectorAll('*')) {
    if (!sticksOut(el) || el.parentElement?.closest(regionSelector)) continue;
    if (el.parentElement && el.parentElement !== document.body && sticksOut(el.parentElement)) continue;
    const classes = typeof el.className === 'string' ? el.className.trim().split(/\s+/).filter(Boolean) : [];
    const cls = classes.map((c) => `.${c}`).join('');
    const right = Math.round(el.getBoundingClientRect().right);
    culprits.push(`<${el.localName}${el.id ? `#${el.id}` : ''}${cls}> right edge at ${right}px`);
  }
  return { scrollWidth: document.documentElement.scrollWidth, innerWidth: limit, culprits: culprits.slice(0, 5) };
}

/** Problems at one viewport; loads `url` into `page` at that size. */
export async function reflowProblems(page, url, viewport) {
  await page.setViewportSize({ width: viewport.width, height: viewport.height });
  await page.goto(url, { waitUntil: 'load' });
  const m = await page.evaluate(measureOverflow, SCROLL_REGION);
  if (m.scrollWidth <= m.innerWidth) return [];
  return [`page is ${m.scrollWidth}px wide in a ${m.innerWidth}px viewport`, ...m.culprits];
}

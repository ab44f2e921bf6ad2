// Keyboard check: Tab through a page and require that every focusable
// element receives focus and shows a visible focus indicator (an outline or
// a box-shadow that the element does not have when unfocused).

const FOCUSABLE = [
  'a[href]',
  'area[href]',
  'button',
  'input:not([type="hidden"])',
  'select',
  'textarea',
  'summary',
  'iframe',
  '[contenteditable=""]',
  '[contenteditable="true"]',
  '[tabindex]',
].join(', ');

/** Most Tab presses per page; beyond it the rest is reported as unchecked. */
export const MAX_TABS = 1500;

/**
 * In the page: keeps the focusable elements in window.__e2eFocusables and
 * the style reader in window.__e2eFocusStyle; returns names and styles.
 */
function collectFocusables(selector) {
  window.__e2eFocusStyle = (el) => {
    const cs = getComputedStyle(el);
    return {
      outlineStyle: cs.outlineStyle,
      outlineWidth: cs.outlineWidth,
      outlineColor: cs.outlineColor,
      boxShadow: cs.boxShadow,
    };
  };
  const describe = (el) => {
    const label = el.getAttribute('aria-label') || el.textContent || el.getAttribute('href') || '';
    return `<${el.localName}${el.id ? `#${el.id}` : ''}> "${label.replace(/\s+/g, ' ').trim().slice(0, 40)}"`;
  };
  const usable = (el) =>
    !el.disabled &&
    !el.closest('[inert]') &&
    el.tabIndex >= 0 &&
    el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
  document.activeElement?.blur();
  const list = [...document.querySelectorAll(selector)].filter(usable);
  window.__e2eFocusables = list;
  return list.map((el) => ({ name: describe(el), style: window.__e2eFocusStyle(el) }));
}

/** In the page: which collected element has focus, and its style now. */
function focusedState() {
  const index = window.__e2eFocusables.indexOf(document.activeElement);
  return index < 0 ? { index } : { index, style: window.__e2eFocusStyle(document.activeElement) };
}

const transparent = (color) => color === 'transparent' || /rgba\(.*,\s*0\)$/.test(color);

/** True when the focused style shows focus that the unfocused one does not. */
export function hasFocusIndicator(before, after) {
  const outline =
    after.outlineStyle !== 'none' &&
    parseFloat(after.outlineWidth) > 0 &&
    !transparent(after.outlineColor) &&
    (after.outlineStyle !== before.outlineStyle ||
      after.outlineWidth !== before.outlineWidth ||
      after.outlineColor !== before.outlineColor);
  const shadow = after.boxShadow !== 'none' && after.boxShadow !== before.boxShadow;
  return outline || shadow;
}

/**
 * Tabs through the page that is loaded in `page`; returns { problems, note },
 * where note says when the page had more focusable elements than MAX_TABS.
 */
export async function keyboardProblems(page) {
  const elements = await page.evaluate(collectFocusables, FOCUSABLE);
  const reached = new Set();
  const noIndicator = new Set();
  const truncated = elements.length + 2 > MAX_TABS;
  for (let i = 0; i < Math.min(elements.length + 2, MAX_TABS); i++) {
    await page.keyboard.press('Tab');
    const state = await page.evaluate(focusedState);
    if (state.index < 0) continue;
    reached.add(state.index);
    if (!hasFocusIndicator(elements[state.index].style, state.style)) noIndicator.add(state.index);
  }
  const problems = [];
  elements.forEach((el, i) => {
    if (!truncated && !reached.has(i)) problems.push(`never receives focus: ${el.name}`);
    if (noIndicator.has(i)) problems.push(`no visible focus indicator: ${el.name}`);
  });
  const note = truncated ? `${elements.length} focusable elements, first ${MAX_TABS} Tab presses checked` : null;
  return { problems, note, count: elements.length };
}

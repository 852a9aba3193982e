import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.1 levels A and AA. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** The rules that depend on colours only. */
export const CONTRAST_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Runs axe-core in the page and returns its violations as readable lines: the WCAG 2.1 A and AA rules,
 * with `bestPractice` axe's best practices too (they double the time; once per page kind is enough),
 * or only the given `rules`. axe is evaluated through the DevTools protocol, which the page's CSP does
 * not govern: a <script> tag would be blocked.
 */
export async function axeViolations(page: Page, options: { bestPractice?: boolean; rules?: string[] } = {}): Promise<string[]> {
  await page.evaluate(axeSource);
  const runOnly = options.rules
    ? { type: 'rule', values: options.rules }
    : { type: 'tag', values: options.bestPractice ? [...WCAG_TAGS, 'best-practice'] : WCAG_TAGS };
  return page.evaluate(async (runOnly) => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly, resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 5).join(', ')}`);
  }, runOnly);
}

/** Records CSP violations the page reports (the console shows them too, this names the directive). */
export const recordCspViolations = (page: Page) =>
  page.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });

export const cspViolations = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []);

/**
 * What WCAG 1.3.1, 1.1.1 and 2.1.1 ask beyond axe: every table has a caption and every header cell a
 * scope or an id its data cells point to; every canvas or svg chart has a text alternative; every
 * visible control can be reached with Tab.
 */
export const structureProblems = (page: Page) =>
  page.evaluate(() => {
    const problems: string[] = [];
    const referenced = new Set([...document.querySelectorAll('td[headers]')].flatMap((td) => td.getAttribute('headers')!.split(/\s+/)));
    document.querySelectorAll('table').forEach((table, i) => {
      const name = table.id || `table ${i + 1}`;
      if (!table.caption?.textContent?.trim()) problems.push(`${name}: no caption`);
      table.querySelectorAll('th').forEach((th) => {
        if (!th.getAttribute('scope') && !(th.id && referenced.has(th.id))) problems.push(`${name}: header “${th.textContent}” has no scope`);
      });
    });
    document.querySelectorAll('canvas, svg').forEach((chart) => {
      if (chart.closest('[aria-hidden="true"]') || chart.closest('a, button')) return;
      const named = ['aria-label', 'aria-labelledby', 'aria-describedby'].some((a) => chart.hasAttribute(a)) || chart.querySelector(':scope > title');
      if (!named) problems.push(`${chart.tagName.toLowerCase()}${chart.id ? `#${chart.id}` : ''}: a chart without a text alternative`);
    });
    const controls = 'a[href], button, input, select, textarea, summary, [role="button"], [role="tab"], [role="link"], [role="checkbox"], [role="switch"]';
    document.querySelectorAll<HTMLElement>(controls).forEach((el) => {
      const visible = el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
      if (visible && !(el as HTMLButtonElement).disabled && el.tabIndex < 0) problems.push(`${el.tagName.toLowerCase()} “${(el.textContent ?? '').trim().slice(0, 20)}” cannot be reached with Tab`);
    });
    return problems;
  });

/**
 * Reflow (WCAG 1.4.10) and 适老化: the page does not scroll sideways, nothing outside a scroll box
 * (a wide table's) sticks out of the viewport, and no two links or buttons overlap.
 */
export const layoutProblems = (page: Page) =>
  page.evaluate(() => {
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width) problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth}px in ${width}px`);
    // One walk over the page, skipping the inside of scroll boxes (a wide table's), which may overflow.
    const scrollBoxes: Element[] = [];
    const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''} “${(el.textContent ?? '').trim().slice(0, 20)}”`;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT);
    let el = walker.nextNode() as Element | null;
    while (el) {
      const style = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.height > 0 && style.position !== 'absolute' && (r.right > width + 1 || r.left < -1)) {
        problems.push(`${describe(el)} sticks out of the viewport (${Math.round(r.left)}–${Math.round(r.right)}px)`);
      }
      if (['auto', 'scroll'].includes(style.overflowX)) {
        scrollBoxes.push(el);
        // Past its subtree: its next sibling, or that of the nearest ancestor that has one.
        let next = walker.nextSibling();
        while (!next && walker.parentNode()) next = walker.nextSibling();
        el = next as Element | null;
      } else {
        el = walker.nextNode() as Element | null;
      }
    }
    const inScrollBox = (el: Element) => scrollBoxes.some((box) => box.contains(el));
    const boxes = [...document.querySelectorAll('a, button')]
      .filter((el) => !inScrollBox(el))
      .flatMap((el) => [...el.getClientRects()].filter((r) => r.width > 0 && r.height > 0).map((r) => ({ el, r })));
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        if (a.el === b.el || a.el.contains(b.el) || b.el.contains(a.el)) continue;
        const overlapX = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const overlapY = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (overlapX > 1 && overlapY > 1) problems.push(`${describe(a.el)} overlaps ${describe(b.el)}`);
      }
    }
    return problems;
  });

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, watchedPage } from '../support/browser';
import { serveStatic } from '../support/serve';
import { fixtureSite } from '../support/sites';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
beforeAll(async () => {
  browser = await launchBrowser();
  server = await serveStatic(fixtureSite.outDir, fixtureSite.base);
});
afterAll(async () => {
  await server?.close();
  await browser?.close();
});

const REPORT = 'reports/ceshi-linghe/2023/';

/** Presses Tab until the focused element matches `selector`; fails after `max` presses. */
async function tabTo(page: Page, selector: string, max = 40) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

const focusOutline = (page: Page) => page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
const rootState = (page: Page) =>
  page.evaluate(() => ({
    size: document.documentElement.dataset.textSize ?? 'normal',
    contrast: document.documentElement.dataset.contrast ?? 'normal',
    fontSize: getComputedStyle(document.documentElement).fontSize,
    background: getComputedStyle(document.documentElement).backgroundColor,
  }));

describe('reading preferences (适老化)', () => {
  test('start with a visible skip link, then switch text size and contrast by keyboard, remembered on the next page', async () => {
    const { page, consoleProblems } = await watchedPage(browser, server.origin);
    await page.goto(server.url(REPORT));
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到正文');
    const skip = (await page.locator('.skip-link').boundingBox())!;
    expect(skip.x).toBeGreaterThanOrEqual(0);
    expect(await focusOutline(page)).not.toBe('none');
    await page.keyboard.press('Enter');
    // The fragment navigation is the browser's, after the key press returns.
    await page.waitForURL((url) => url.hash === '#main', { timeout: 5000 });

    await page.goto(server.url(REPORT));
    expect(await rootState(page)).toMatchObject({ size: 'normal', contrast: 'normal', fontSize: '16px', background: 'rgb(255, 255, 255)' });
    await tabTo(page, 'button[data-text-size="x-large"]');
    expect(await focusOutline(page)).not.toBe('none');
    await page.keyboard.press('Enter');
    await tabTo(page, 'button[data-contrast-toggle]', 3);
    await page.keyboard.press('Space');
    expect(await rootState(page)).toMatchObject({ size: 'x-large', contrast: 'high', fontSize: '24px', background: 'rgb(0, 0, 0)' });
    expect(await page.locator('button[data-text-size="x-large"]').getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('button[data-text-size="normal"]').getAttribute('aria-pressed')).toBe('false');
    expect(await page.locator('button[data-contrast-toggle]').getAttribute('aria-pressed')).toBe('true');

    await page.goto(server.url('data/'));
    expect(await rootState(page)).toMatchObject({ size: 'x-large', contrast: 'high', fontSize: '24px' });
    expect(await page.locator('button[data-contrast-toggle]').getAttribute('aria-pressed')).toBe('true');
    await tabTo(page, 'button[data-text-size="large"]');
    await page.keyboard.press('Space');
    await tabTo(page, 'button[data-contrast-toggle]', 3);
    await page.keyboard.press('Enter');
    expect(await rootState(page)).toMatchObject({ size: 'large', contrast: 'normal', fontSize: '20px', background: 'rgb(255, 255, 255)' });
    expect(consoleProblems).toEqual([]);
    await page.close();
  });

  test('apply the saved choice from a blocking script before any of the page’s content, after the stylesheet is asked for', async () => {
    const { page } = await watchedPage(browser, server.origin);
    await page.goto(server.url(REPORT));
    const script = await page.evaluate(() => {
      const s = document.body.firstElementChild;
      return s instanceof HTMLScriptElement ? { src: new URL(s.src).pathname, async: s.async, defer: s.defer, type: s.type } : s?.outerHTML;
    });
    expect(script).toEqual({ src: `${fixtureSite.base}preferences.js`, async: false, defer: false, type: '' });
    expect(await page.evaluate(() => document.querySelectorAll('head link[rel="stylesheet"]').length)).toBeGreaterThan(0);
    await page.close();
  });

  test('draw a title’s Chinese and its digits in one system CJK face, not digits from another font beside them', async () => {
    const { page } = await watchedPage(browser, server.origin);
    await page.goto(server.url(REPORT));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    for (const selector of ['h1', 'td[data-cell="applications.received[0]"]']) {
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      expect(fonts.map((f) => f.familyName), selector).toHaveLength(1);
      expect(fonts[0]!.familyName, selector).toMatch(/CJK|PingFang|Hiragino|YaHei|Source Han|WenQuanYi/u);
    }
    expect(await page.locator('h1').innerText()).toMatch(/\d{4}/u);
    await page.close();
  });

  test('leave the page fully readable without JavaScript, with the controls hidden', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(server.url(REPORT));
    expect(await page.locator('[data-prefs]').isVisible()).toBe(false);
    expect(await page.locator('#applications-table').isVisible()).toBe(true);
    expect(await page.locator('td[data-cell="applications.received[0]"]').textContent()).toMatch(/\d/);
    await context.close();
  });
});

describe('printing a report', () => {
  test('prints the title, the text and whole tables, without navigation, controls or footer', async () => {
    const { page } = await watchedPage(browser, server.origin);
    await page.goto(server.url(REPORT));
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.site-header', '.site-footer', '.breadcrumbs', '[data-prefs]', '.downloads']) {
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    }
    for (const shown of ['h1', '#applications-table', '#appeals-table', '#proactive-table']) expect(await page.locator(shown).isVisible(), shown).toBe(true);
    const styles = await page.evaluate(() => {
      const table = getComputedStyle(document.querySelector('#applications-table')!);
      return { h1: getComputedStyle(document.querySelector('h1')!).textAlign, breakInside: table.breakInside, color: getComputedStyle(document.body).color };
    });
    expect(styles).toEqual({ h1: 'center', breakInside: 'avoid', color: 'rgb(0, 0, 0)' });
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  });
});

import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { deployment } from '../../src/config/deploy.mjs';
import { launchBrowser, watchedPage } from '../support/browser';
import { sitePages } from '../support/crawl';
import { axeViolations, CONTRAST_RULES, cspViolations, layoutProblems, recordCspViolations, structureProblems } from '../support/page-checks';
import { serveStatic } from '../support/serve';
import { bundledSite, fixtureSite } from '../support/sites';

/** A missing address: the server answers with the site's 404 page, which must pass the same checks. */
const MISSING = 'no-such-page/';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Pages of one kind share a template: the same first folder and depth (as reports/agency/year/). */
const pageKind = (path: string) => `${path.split('/')[0]}:${path.split('/').length}`;

/** Loads a page and returns what went wrong while loading it. */
async function load(context: BrowserContext, origin: string, url: string) {
  // watchedPage only calls newPage(), which a context has too.
  const { page, consoleProblems, foreignRequests } = await watchedPage(context as unknown as Browser, origin);
  await recordCspViolations(page);
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400 && r.request().resourceType() !== 'document') failed.push(`${r.status()} ${r.url()}`);
  });
  const response = await page.goto(url, { waitUntil: 'load' });
  // The 404 page's own status shows as a console error; a missing sub-resource is caught as a failed request.
  const expected404 = url.endsWith(MISSING) ? /^error: Failed to load resource: the server responded with a status of 404/ : /$^/;
  const problems = [
    ...consoleProblems.filter((p) => !expected404.test(p)),
    ...foreignRequests.map((u) => `request outside the origin: ${u}`),
    ...failed.map((f) => `failed request: ${f}`),
    ...(await cspViolations(page)).map((v) => `CSP violation: ${v}`),
  ];
  return { page, status: response?.status(), problems };
}

/** A browser context with the reader's saved text size and contrast, as preferences.js stores them. */
async function contextWith(options: BrowserContextOptions, prefs?: { textSize: string; contrast: string }) {
  const context = await browser.newContext(options);
  if (prefs) {
    await context.addInitScript((p) => {
      localStorage.setItem('nianbao.textSize', p.textSize);
      localStorage.setItem('nianbao.contrast', p.contrast);
    }, prefs);
  }
  return context;
}

describe.each([
  ['without BASE_PATH', bundledSite],
  ['under BASE_PATH=/xxgk/ndbg/', fixtureSite],
])('a browser crawl of every page %s', (_, site) => {
  let server: Awaited<ReturnType<typeof serveStatic>>;
  const paths = sitePages(site, deployment().site).map((p) => p.slice(site.base.length));
  beforeAll(async () => {
    server = await serveStatic(site.outDir, site.base);
  });
  afterAll(async () => {
    await server?.close();
  });

  test('finds the home page, the open-data page and every report page', () => {
    expect(paths).toEqual(expect.arrayContaining(['', 'data/']));
    expect(paths.filter((p) => /^reports\/[^/]+\/\d{4}\/$/.test(p)).length).toBeGreaterThanOrEqual(5);
  });

  test('loads each page under the CSP with no request leaving the origin, no console error and no axe violation', { timeout: 180_000 }, async () => {
    const problems: string[] = [];
    const kinds = new Set<string>();
    const firstOfKind = (path: string) => !kinds.has(pageKind(path)) && Boolean(kinds.add(pageKind(path)));
    const context = await contextWith({ viewport: { width: 1280, height: 800 } });
    for (const path of [...paths, MISSING]) {
      const { page, status, problems: loading } = await load(context, server.origin, server.url(path));
      const here = (p: string) => problems.push(`/${path}: ${p}`);
      if (status !== (path === MISSING ? 404 : 200)) here(`HTTP ${status}`);
      loading.forEach(here);
      // The preference controls appear only once the external script ran: the CSP let it.
      if (!(await page.locator('[data-prefs]').isVisible())) here('the text-size and contrast controls did not appear');
      if ((await page.locator('main#main').count()) !== 1 || (await page.locator('a.skip-link[href="#main"]').count()) !== 1) here('no skip link to main#main');
      (await structureProblems(page)).forEach(here);
      (await axeViolations(page, { bestPractice: firstOfKind(path) })).forEach((v) => here(`axe ${v}`));
      await page.close();
    }
    await context.close();
    expect(problems).toEqual([]);
  });

  test('lays out each page on a 360 px phone at the largest text size in high contrast, and at 200% zoom', { timeout: 180_000 }, async () => {
    const problems: string[] = [];
    const layouts = [
      { name: '360 px, 特大, 高对比度', options: { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 }, prefs: { textSize: 'x-large', contrast: 'high' }, axe: true },
      // A 1280 × 800 window zoomed to 200% lays pages out in 640 × 400 CSS pixels.
      { name: '200% zoom', options: { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 }, prefs: undefined, axe: false },
    ];
    for (const layout of layouts) {
      const context = await contextWith(layout.options, layout.prefs);
      for (const path of [...paths, MISSING]) {
        const { page, problems: loading } = await load(context, server.origin, server.url(path));
        const here = (p: string) => problems.push(`/${path} (${layout.name}): ${p}`);
        loading.forEach(here);
        if (layout.prefs) {
          const applied = await page.evaluate(() => [document.documentElement.dataset.textSize, document.documentElement.dataset.contrast]);
          if (applied.join() !== 'x-large,high') here(`saved preferences not applied: ${applied.join()}`);
        }
        (await layoutProblems(page)).forEach(here);
        // The high-contrast colours get axe's contrast rules; the rest does not depend on the colours.
        if (layout.axe) (await axeViolations(page, { rules: CONTRAST_RULES })).forEach((v) => here(`axe ${v}`));
        await page.close();
      }
      await context.close();
    }
    expect(problems).toEqual([]);
  });
});

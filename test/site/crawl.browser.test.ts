import { statSync } from 'node:fs';
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { deployment } from '../../src/config/deploy.mjs';
import { launchBrowser, watchedPage } from '../support/browser';
import { fileFor, sitePages } from '../support/crawl';
import { axeViolations, CONTRAST_RULES, cspViolations, layoutProblems, recordCspViolations, structureProblems } from '../support/page-checks';
import { serveStatic } from '../support/serve';
import { bundledSite, fixtureSite, type TestSite } from '../support/sites';

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

/** One page of each kind, the one with the most content (the largest file), for the slower checks. */
function representatives(site: TestSite, paths: string[]): Set<string> {
  const best = new Map<string, { path: string; size: number }>();
  for (const path of paths) {
    const file = fileFor(site, site.base + path);
    const size = file ? statSync(file).size : 0;
    const kind = pageKind(path);
    if ((best.get(kind)?.size ?? -1) < size) best.set(kind, { path, size });
  }
  return new Set([...best.values()].map((b) => b.path));
}

/**
 * A tab in a browser context with the given viewport and saved preferences; `visit` loads a page and
 * returns what went wrong while loading it: console errors, CSP violations, requests leaving the
 * origin, sub-resources that failed.
 */
async function visitor(origin: string, options: BrowserContextOptions, prefs?: { textSize: string; contrast: string }) {
  const context = await browser.newContext(options);
  if (prefs) {
    await context.addInitScript((p) => {
      localStorage.setItem('nianbao.textSize', p.textSize);
      localStorage.setItem('nianbao.contrast', p.contrast);
    }, prefs);
  }
  const { page, consoleProblems, foreignRequests } = await watchedPage(context, origin);
  await recordCspViolations(page);
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400 && r.request().resourceType() !== 'document') failed.push(`${r.status()} ${r.url()}`);
  });
  const visit = async (url: string) => {
    for (const list of [consoleProblems, foreignRequests, failed]) list.length = 0;
    const response = await page.goto(url, { waitUntil: 'load' });
    // The 404 page's own status shows as a console error; a missing sub-resource is caught as a failed request.
    const expected404 = url.endsWith(MISSING) ? /^error: Failed to load resource: the server responded with a status of 404/ : /$^/;
    const problems = [
      ...consoleProblems.filter((p) => !expected404.test(p)),
      ...foreignRequests.map((u) => `request outside the origin: ${u}`),
      ...failed.map((f) => `failed request: ${f}`),
      ...(await cspViolations(page)).map((v) => `CSP violation: ${v}`),
    ];
    return { status: response?.status(), problems };
  };
  return { page, visit, close: () => context.close() };
}

describe.each([
  ['without BASE_PATH', bundledSite],
  ['under BASE_PATH=/xxgk/ndbg/', fixtureSite],
])('a browser crawl of every page %s', (_, site) => {
  let server: Awaited<ReturnType<typeof serveStatic>>;
  const paths = [...sitePages(site, deployment().site).map((p) => p.slice(site.base.length)), MISSING];
  const samples = representatives(site, paths);
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
    const { page, visit, close } = await visitor(server.origin, { viewport: { width: 1280, height: 800 } });
    for (const path of paths) {
      const here = (p: string) => problems.push(`/${path}: ${p}`);
      const { status, problems: loading } = await visit(server.url(path));
      if (status !== (path === MISSING ? 404 : 200)) here(`HTTP ${status}`);
      loading.forEach(here);
      // The preference controls appear only once the external script ran: the CSP let it.
      if (!(await page.locator('[data-prefs]').isVisible())) here('the text-size and contrast controls did not appear');
      if ((await page.locator('main#main').count()) !== 1 || (await page.locator('a.skip-link[href="#main"]').count()) !== 1) here('no skip link to main#main');
      (await structureProblems(page)).forEach(here);
      (await axeViolations(page, { bestPractice: samples.has(path) })).forEach((v) => here(`axe ${v}`));
    }
    await close();
    expect(problems).toEqual([]);
  });

  test('lays out each page on a 360 px phone at the largest text size in high contrast, and at 200% zoom', { timeout: 180_000 }, async () => {
    const problems: string[] = [];
    const layouts = [
      { name: '360 px, 特大, 高对比度', options: { viewport: { width: 360, height: 740 } }, prefs: { textSize: 'x-large', contrast: 'high' }, pages: paths },
      // A 1280 × 800 window zoomed to 200% lays pages out in 640 × 400 CSS pixels. The layout comes from
      // the page's template, so one page of each kind; content that could overflow is met at 360 px.
      { name: '200% zoom', options: { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 }, prefs: undefined, pages: [...samples] },
    ];
    for (const layout of layouts) {
      const { page, visit, close } = await visitor(server.origin, layout.options, layout.prefs);
      for (const path of layout.pages) {
        const here = (p: string) => problems.push(`/${path} (${layout.name}): ${p}`);
        (await visit(server.url(path))).problems.forEach(here);
        if (layout.prefs) {
          const applied = await page.evaluate(() => [document.documentElement.dataset.textSize, document.documentElement.dataset.contrast]);
          if (applied.join() !== 'x-large,high') here(`saved preferences not applied: ${applied.join()}`);
          // The high-contrast colours, on the richest page of each kind (contrast is axe's slowest rule).
          if (samples.has(path)) (await axeViolations(page, { rules: CONTRAST_RULES })).forEach((v) => here(`axe ${v}`));
        }
        (await layoutProblems(page)).forEach(here);
      }
      await close();
    }
    expect(problems).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { containsPhrase, pagefindQuery } from '../../src/search/query';
import { INDEX_FORMAT, type ShardList } from '../../src/search/shards';
import { holdingAll, termWords, wordFile } from '../../src/search/words';
import { launchBrowser, watchedPage } from '../support/browser';
import { axeViolations } from '../support/page-checks';
import { readReports, type ReportFile } from '../support/frontmatter';
import { serveStatic } from '../support/serve';
import { bundledSite, federatedSite, fixtureSite } from '../support/sites';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
let reports: ReportFile[];
beforeAll(async () => {
  browser = await launchBrowser();
  server = await serveStatic(bundledSite.outDir, bundledSite.base);
  reports = await readReports(bundledSite.reportsDir);
});
afterAll(async () => {
  await server?.close();
  await browser?.close();
});

const pagePath = (r: ReportFile, base = '/') => `${base}reports/${r.slug}/${r.report.year}/`;
/** The bundled reports whose file (narrative and metadata) contains the phrase: what a search must find. */
const containing = (phrase: string) => reports.filter((r) => containsPhrase(readFileSync(r.file, 'utf8'), phrase));

/** Waits until the search has finished and returns what the reader sees. */
async function results(page: Page) {
  await page.waitForFunction(() => {
    const root = document.querySelector('[data-search]');
    return root && !root.hasAttribute('aria-busy') && /找到|没有找到/u.test(document.querySelector('[data-search-status]')?.textContent ?? '');
  });
  return {
    status: await page.locator('[data-search-status]').innerText(),
    links: await page.locator('.search-hit h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!)),
    marks: await page.locator('.search-hit mark').allInnerTexts(),
    metas: await page.locator('.search-hit-meta').allInnerTexts(),
  };
}

const pathOf = (href: string) => href.replace(/#.*$/u, '');

describe('search in Chromium', () => {
  test('finds a narrative phrase in the one report that has it, and only there, linked to its section', async () => {
    for (const phrase of ['信息共享机制', '政府开放日', '凌河']) {
      const expected = containing(phrase);
      expect(expected, phrase).toHaveLength(1);
      const { page, consoleProblems, foreignRequests } = await watchedPage(browser, server.origin);
      await page.goto(server.url(`search/?q=${encodeURIComponent(phrase)}`));
      const shown = await results(page);
      expect(shown.links.map(pathOf), phrase).toEqual([pagePath(expected[0]!)]);
      // A phrase first met in the title links to the page; one first met in the narrative, to its section.
      if (expected[0]!.report.title.includes(phrase)) {
        expect(shown.links[0], phrase).toBe(pagePath(expected[0]!));
        await page.close();
        continue;
      }
      expect(shown.links[0], phrase).toMatch(/#.+/u);
      expect(shown.marks, phrase).toEqual([phrase]);
      expect(shown.metas[0]).toContain(expected[0]!.report.agency);
      expect(shown.status).toContain('找到 1 篇');
      // The link leads to a heading of that report.
      await page.locator('.search-hit h3 a').click();
      await page.waitForURL(/#/u);
      const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
      expect(await page.locator(`[id="${id}"]`).count(), `${phrase} → #${id}`).toBe(1);
      expect(consoleProblems).toEqual([]);
      expect(foreignRequests).toEqual([]);
      await page.close();
    }
  });

  test('finds a phrase across punctuation in the one report that has it', async () => {
    const phrase = '公开平台建设等方面，坚持问题导向';
    const expected = containing(phrase);
    expect(expected).toHaveLength(1);
    const { page, consoleProblems } = await watchedPage(browser, server.origin);
    await page.goto(server.url(`search/?q=${encodeURIComponent(phrase)}`));
    const shown = await results(page);
    expect(shown.links.map(pathOf)).toEqual([pagePath(expected[0]!)]);
    expect(shown.status).toContain('找到 1 篇');
    expect(consoleProblems).toEqual([]);
    await page.close();
  });

  test('finds a number that stands beside Chinese punctuation, as a telephone number or a postcode after its colon', async () => {
    for (const query of ['0536', '262100']) {
      const expected = reports.filter((r) => readFileSync(r.file, 'utf8').includes(`：${query}`));
      expect(expected.length, query).toBeGreaterThan(0);
      const { page, consoleProblems } = await watchedPage(browser, server.origin);
      await page.goto(server.url(`search/?q=${query}`));
      const shown = await results(page);
      for (const report of expected) expect(shown.links.map(pathOf), query).toContain(pagePath(report));
      expect(consoleProblems).toEqual([]);
      await page.close();
    }
  });

  test('finds a phrase in both reports that have it', async () => {
    const expected = containing('全生命周期');
    expect(expected).toHaveLength(2);
    const { page, consoleProblems } = await watchedPage(browser, server.origin);
    await page.goto(server.url(`search/?q=${encodeURIComponent('全生命周期')}`));
    const shown = await results(page);
    expect(shown.links.map(pathOf).sort()).toEqual(expected.map((r) => pagePath(r)).sort());
    expect(consoleProblems).toEqual([]);
    await page.close();
  });

  test('finds nothing for 凌河公园, although 凌河 alone is found, and says so', async () => {
    expect(containing('凌河公园')).toHaveLength(0);
    const { page, consoleProblems } = await watchedPage(browser, server.origin);
    await page.goto(server.url(`search/?q=${encodeURIComponent('凌河公园')}`));
    const shown = await results(page);
    expect(shown.links).toEqual([]);
    expect(shown.status).toContain('没有找到包含“凌河公园”的报告');
    expect(consoleProblems).toEqual([]);
    await page.close();
  });

  test('narrows to a year with the year filter, shows counts per year and keeps it in the URL', async () => {
    const expected = containing('依申请公开');
    expect(new Set(expected.map((r) => r.report.year)).size).toBeGreaterThan(1);
    const { page, consoleProblems } = await watchedPage(browser, server.origin);
    await page.goto(server.url(`search/?q=${encodeURIComponent('依申请公开')}`));
    expect((await results(page)).links.map(pathOf).sort()).toEqual(expected.map((r) => pagePath(r)).sort());
    const in2023 = expected.filter((r) => r.report.year === 2023);
    expect(await page.locator('select[name="year"] option[value="2023"]').innerText()).toBe(`2023（${in2023.length}）`);
    await page.selectOption('select[name="year"]', '2023');
    await page.waitForURL(/year=2023/u);
    const narrowed = await results(page);
    expect(narrowed.links.map(pathOf).sort()).toEqual(in2023.map((r) => pagePath(r)).sort());
    expect(new URL(page.url()).searchParams.get('q')).toBe('依申请公开');
    // The same URL, opened afresh, runs the same search.
    const again = await browser.newPage();
    await again.goto(page.url());
    expect((await results(again)).links).toEqual(narrowed.links);
    expect(await again.locator('select[name="year"]').inputValue()).toBe('2023');
    expect(consoleProblems).toEqual([]);
    await again.close();
    await page.close();
  });

  test('offers the agencies as suggestions of a text field, with counts, and narrows to the one picked or typed', async () => {
    const expected = containing('依申请公开');
    const { page, consoleProblems } = await watchedPage(browser, server.origin);
    await page.goto(server.url(`search/?q=${encodeURIComponent('依申请公开')}`));
    await results(page);
    // Suggestions, laid out only when the field offers them: not a select's options, all laid out each time the counts come.
    expect(await page.locator('select[name="agency"]').count()).toBe(0);
    const field = page.locator('input[name="agency"]');
    const suggestions = await page.locator(`datalist#${await field.getAttribute('list')} option`).evaluateAll((os) => os.map((o) => [(o as HTMLOptionElement).value, o.textContent]));
    const agencies = [...new Set(expected.map((r) => r.report.agency))];
    expect(suggestions.map(([agency]) => agency).sort()).toEqual(agencies.sort());
    for (const [agency, label] of suggestions) expect(label, agency!).toBe(`${expected.filter((r) => r.report.agency === agency).length} 篇`);
    expect(await field.getAttribute('placeholder')).toContain(`全部 ${agencies.length} 个`);

    // Each search begun, as the query string it was begun for.
    await page.evaluate(() => {
      const status = document.querySelector('[data-search-status]')!;
      const begun: string[] = [];
      new MutationObserver(() => status.textContent === '正在搜索…' && begun.push(location.search)).observe(status, { childList: true });
      Object.assign(globalThis, { searchesBegun: begun });
    });
    const begun = () => page.evaluate(() => (globalThis as unknown as { searchesBegun: string[] }).searchesBegun.length);
    const entries = () => page.evaluate(() => history.length);

    // Typed and entered: one search and one history entry, though Enter both changes the field and submits the form.
    const [typed, picked] = [expected[0]!, expected[1]!];
    const before = await entries();
    await field.fill(typed.report.agency);
    await field.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('agency') === typed.report.agency);
    expect((await results(page)).links.map(pathOf)).toEqual([pagePath(typed)]);
    expect({ searches: await begun(), entries: await entries() }).toEqual({ searches: 1, entries: before + 1 });
    // Asked for again, the same search runs again, without another history entry.
    await page.locator('.search-form button[type=submit]').click();
    await page.waitForFunction(() => (globalThis as unknown as { searchesBegun: string[] }).searchesBegun.length === 2);
    expect((await results(page)).links.map(pathOf)).toEqual([pagePath(typed)]);
    expect(await entries()).toBe(before + 1);

    // Picked from the suggestions: the browser replaces the field's text, and the filter applies at once.
    await field.evaluate((input: HTMLInputElement, agency) => {
      input.value = agency;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText' }));
    }, picked.report.agency);
    await page.waitForURL((url) => url.searchParams.get('agency') === picked.report.agency);
    expect((await results(page)).links.map(pathOf)).toEqual([pagePath(picked)]);
    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get('agency') === typed.report.agency);
    expect(await field.inputValue()).toBe(typed.report.agency);
    expect(consoleProblems).toEqual([]);
    await page.close();
  });

  test('passes axe (WCAG 2.1 AA) with results and with none, on a phone and a desktop', async () => {
    for (const [q, width] of [['依申请公开', 360], ['凌河公园', 1280]] as const) {
      const { page } = await watchedPage(browser, server.origin);
      await page.setViewportSize({ width, height: 800 });
      await page.goto(server.url(`search/?q=${encodeURIComponent(q)}`));
      await results(page);
      expect(await axeViolations(page), q).toEqual([]);
      // Nothing wider than the screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth), q).toBeLessThanOrEqual(width);
      await page.close();
    }
  });

  test('sorts by year when asked', async () => {
    const { page } = await watchedPage(browser, server.origin);
    await page.goto(server.url(`search/?q=${encodeURIComponent('主动公开')}&sort=year-asc`));
    const years = (await results(page)).metas.map((m) => Number(/(\d{4})年度/u.exec(m)![1]));
    expect(years.length).toBe(containing('主动公开').length);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    await page.close();
  });

  test('is reached by keyboard alone from the header box on any page', async () => {
    const { page, consoleProblems } = await watchedPage(browser, server.origin);
    await page.goto(server.url(''));
    await page.keyboard.press('Tab'); // skip link
    // Past the navigation and the text-size and contrast buttons.
    for (let i = 0; i < 30 && !(await page.evaluate(() => document.activeElement?.id === 'site-search-q')); i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    await page.keyboard.type('政府开放日');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/u);
    const shown = await results(page);
    expect(shown.links.map(pathOf)).toEqual(containing('政府开放日').map((r) => pagePath(r)));
    expect(consoleProblems).toEqual([]);
    await page.close();
  });

  test('opened without a search, gets the newest shard ready, so the first search loads only its words’ index', async () => {
    const { page, consoleProblems } = await watchedPage(browser, server.origin);
    const loaded: string[] = [];
    page.on('requestfinished', (r) => loaded.push(new URL(r.url()).pathname));
    const { shards } = JSON.parse(readFileSync(`${bundledSite.outDir}/pagefind/shards.json`, 'utf8')) as { shards: string[] };
    const first = `/pagefind/${shards[0]}`;
    await page.goto(server.url('search/'));
    await expect.poll(() => loaded.filter((p) => p.startsWith(first) && /\.pf_meta$|^wasm\./u.test(p.slice(first.length))).length).toBe(2);
    expect(loaded.filter((p) => p.endsWith('.pf_index') || p.endsWith('.pf_fragment'))).toEqual([]);
    const before = loaded.length;
    await page.locator('#search-q').fill('政府开放日');
    await page.locator('.search-form button[type=submit]').click();
    const shown = await results(page);
    expect(shown.links.map(pathOf)).toEqual(containing('政府开放日').map((r) => pagePath(r)));
    const searching = loaded.slice(before).filter((p) => p.startsWith(first));
    expect(searching.some((p) => p.endsWith('.pf_index'))).toBe(true);
    expect(searching.filter((p) => /pagefind-entry\.json$|\.pf_meta$|^wasm\./u.test(p.slice(first.length)))).toEqual([]);
    expect(consoleProblems).toEqual([]);
    await page.close();
  });

  test('opened with a search, uses the newest shard’s entry, metadata and WebAssembly the page preloaded, unpacked as its script starts, no web worker, and one WebAssembly module for all shards', async () => {
    const { page, consoleProblems } = await watchedPage(browser, server.origin);
    const asked: string[] = [];
    const workers: string[] = [];
    page.on('request', (r) => asked.push(r.url().slice(server.origin.length)));
    page.on('worker', (w) => workers.push(w.url()));
    const { shards, tags } = JSON.parse(readFileSync(`${bundledSite.outDir}/pagefind/shards.json`, 'utf8')) as { shards: string[]; tags: string[] };
    const first = `/pagefind/${shards[0]}`;
    await page.goto(server.url(`search/?q=${encodeURIComponent('政府开放日')}`));
    expect((await results(page)).links.map(pathOf)).toEqual(containing('政府开放日').map((r) => pagePath(r)));
    const opening = asked.filter((u) => u.startsWith(first) && /^(pagefind-entry\.json|.*\.pf_meta|wasm\..*)/u.test(u.slice(first.length)));
    // Each once: a fetch the page's preload did not answer would be a second request.
    expect(opening.map((u) => u.slice(first.length).replace(/_[0-9a-f]+\.pf_meta$/u, '.pf_meta')).sort()).toEqual([`pagefind-entry.json?ts=${tags[0]}`, 'pagefind.und.pf_meta', 'wasm.unknown.pagefind']);
    const preloaded = await page.locator('link[rel=preload]').evaluateAll((ls) => ls.map((l) => l.getAttribute('href')));
    expect([...preloaded].sort()).toEqual(['/pagefind/shards.json', ...opening].sort());
    // Pagefind took the metadata and WebAssembly the page's script had begun to unpack as it started.
    expect(await page.evaluate(() => (globalThis as { nianbaoUnpacked?: Map<string, unknown> }).nianbaoUnpacked?.size)).toBe(0);
    expect(workers).toEqual([]);
    // For the totals, the first shard and every shard holding the words listed in the word file of
    // the query's first word were searched (every shard when it lists none); the WebAssembly module is fetched for the first alone.
    const { words: files } = JSON.parse(readFileSync(`${bundledSite.outDir}/pagefind/shards.json`, 'utf8')) as { words?: number };
    const words = termWords(pagefindQuery('政府开放日'));
    const file = files ? (JSON.parse(readFileSync(`${bundledSite.outDir}/pagefind/${wordFile(words[0]!, files)}`, 'utf8')) as Record<string, string[]>) : {};
    const listed = holdingAll(words, (word) => (wordFile(word, files ?? 1) === wordFile(words[0]!, files ?? 1) ? file[word] : undefined));
    const holders = shards.filter((shard, i) => i === 0 || (listed?.has(shard) ?? true));
    expect(holders.length).toBeGreaterThan(1);
    expect([...new Set(asked.filter((u) => u.endsWith('.pf_index')).map((u) => `${u.split('/')[2]}/`))].sort()).toEqual(holders.sort());
    expect(asked.filter((u) => u.endsWith('/wasm.unknown.pagefind'))).toEqual([`${first}wasm.unknown.pagefind`]);
    expect(consoleProblems).toEqual([]);
    await page.close();
  });

  test('makes no Intl.Segmenter for a search, which Pagefind would make for every term (the first one takes Chromium 15–19 ms)', async () => {
    const { page, consoleProblems } = await watchedPage(browser, server.origin);
    await page.addInitScript(() => {
      const counted = globalThis as { segmenters?: number };
      counted.segmenters = 0;
      const Native = Intl.Segmenter;
      Object.defineProperty(Intl, 'Segmenter', {
        value: class extends Native {
          constructor(...args: ConstructorParameters<typeof Native>) {
            super(...args);
            counted.segmenters! += 1;
          }
        },
      });
    });
    await page.goto(server.url(`search/?q=${encodeURIComponent('政府开放日')}`));
    expect((await results(page)).links.map(pathOf)).toEqual(containing('政府开放日').map((r) => pagePath(r)));
    expect(await page.evaluate(() => (globalThis as { segmenters?: number }).segmenters)).toBe(0);
    expect(consoleProblems).toEqual([]);
    await page.close();
  });

  test('has the browser unpack each of pagefind’s gzip files it fetches', async () => {
    const { page, consoleProblems } = await watchedPage(browser, server.origin);
    await page.addInitScript(() => {
      const Native = window.DecompressionStream;
      const counted = window as unknown as { unpacked: number };
      counted.unpacked = 0;
      window.DecompressionStream = class extends Native {
        constructor(format: CompressionFormat) {
          super(format);
          counted.unpacked++;
        }
      };
    });
    const packed: string[] = [];
    page.on('request', (r) => {
      if (/\.(pf_meta|pf_index|pf_fragment|pf_filter|pagefind)$/u.test(r.url())) packed.push(r.url());
    });
    await page.goto(server.url(`search/?q=${encodeURIComponent('政府开放日')}`));
    expect((await results(page)).links.map(pathOf)).toEqual(containing('政府开放日').map((r) => pagePath(r)));
    await page.waitForFunction(() => !document.querySelector('[data-search]')?.hasAttribute('aria-busy'));
    expect(packed.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { unpacked: number }).unpacked)).toBe(packed.length);
    expect(consoleProblems).toEqual([]);
    await page.close();
  });

  test('says without JavaScript that search needs it and links to the browse pages', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(server.url('search/?q=凌河'));
    const text = await page.locator('main').innerText();
    expect(text).toContain('搜索需要浏览器启用 JavaScript');
    expect(await page.locator('main noscript a, main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toContain('/');
    await context.close();
  });

  test('works under a base path, with links that keep it', async () => {
    const fixture = await serveStatic(fixtureSite.outDir, fixtureSite.base);
    try {
      const { page, consoleProblems, foreignRequests } = await watchedPage(browser, fixture.origin);
      await page.goto(fixture.url(`search/?q=${encodeURIComponent('政府信息公开')}`));
      const shown = await results(page);
      expect(shown.links.length).toBeGreaterThan(1);
      for (const href of shown.links) expect(href).toMatch(/^\/xxgk\/ndbg\/reports\//u);
      expect(consoleProblems).toEqual([]);
      expect(foreignRequests).toEqual([]);
      await page.close();
    } finally {
      await fixture.close();
    }
  });
});

describe('search across the sites of a portal built one site per province', () => {
  const phrase = '凌河';

  test('finds the phrase in its own reports and in those of the other sites, each linked to its own site', async () => {
    const portal = await serveStatic(federatedSite.outDir, federatedSite.base, [{ root: bundledSite.outDir, base: bundledSite.base }]);
    try {
      const own = (await readReports(federatedSite.reportsDir)).filter((r) => containsPhrase(readFileSync(r.file, 'utf8'), phrase));
      const expected = [...own.map((r) => pagePath(r, federatedSite.base)), ...containing(phrase).map((r) => pagePath(r))];
      expect(own.length).toBeGreaterThan(0);
      expect(containing(phrase).length).toBeGreaterThan(0);
      const { page, consoleProblems, foreignRequests } = await watchedPage(browser, portal.origin);
      await page.goto(portal.url(`search/?q=${encodeURIComponent(phrase)}`));
      const shown = await results(page);
      expect(shown.links.map(pathOf).sort()).toEqual(expected.sort());
      expect(shown.status).toContain(`找到 ${expected.length} 篇`);
      // Newest year first, and a year's own reports before the other sites': both sites have one of 2023.
      expect(shown.links[0]).toMatch(/^\/fed\/reports\//u);
      // The filter counts add up both sites' reports.
      const years = [...own, ...containing(phrase)].map((r) => String(r.report.year));
      const byYear = [...new Set(years)].sort().reverse().map((y) => `${y}（${years.filter((x) => x === y).length}）`);
      expect(await page.locator('select[name="year"] option').allInnerTexts()).toEqual([`全部（${years.length}）`, ...byYear]);
      expect(consoleProblems).toEqual([]);
      expect(foreignRequests).toEqual([]);
      await page.close();
    } finally {
      await portal.close();
    }
  });

  test('leaves out another site’s index of another format, whose words its queries would not match, and says which in the console', async () => {
    const portal = await serveStatic(federatedSite.outDir, federatedSite.base, [{ root: bundledSite.outDir, base: bundledSite.base }]);
    try {
      const { page, consoleProblems } = await watchedPage(browser, portal.origin);
      // The other site's shard list as a build of the first format wrote it.
      await page.route(`${portal.origin}${bundledSite.base}pagefind/shards.json`, async (route) => {
        const manifest = (await (await route.fetch()).json()) as ShardList;
        await route.fulfill({ json: { ...manifest, version: 1 } });
      });
      await page.goto(portal.url(`search/?q=${encodeURIComponent(phrase)}`));
      const shown = await results(page);
      expect(shown.links.length).toBeGreaterThan(0);
      for (const href of shown.links) expect(href).toMatch(/^\/fed\/reports\//u);
      expect(consoleProblems.some((p) => p.includes(`the index of / is of format 1, not ${INDEX_FORMAT}`))).toBe(true);
      await page.close();
    } finally {
      await portal.close();
    }
  });

  test('still finds its own reports when another site’s index cannot be read, and says which in the console', async () => {
    const alone = await serveStatic(federatedSite.outDir, federatedSite.base);
    try {
      const { page, consoleProblems } = await watchedPage(browser, alone.origin);
      await page.goto(alone.url(`search/?q=${encodeURIComponent(phrase)}`));
      const shown = await results(page);
      expect(shown.links.length).toBeGreaterThan(0);
      for (const href of shown.links) expect(href).toMatch(/^\/fed\/reports\//u);
      expect(consoleProblems.some((p) => p.includes('the index of / could not be read (404)'))).toBe(true);
      await page.close();
    } finally {
      await alone.close();
    }
  });
});

import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { buildSearchIndex, searchSources } from '../../scripts/build/search-index';
import { pagefindQuery } from '../../src/search/query';
import { decodeText } from '../../src/search/tokens';
import { agencyLeads, listingFolder, listingFragment, planShards, type ShardManifest } from '../../src/search/shards';
import { wordFile } from '../../src/search/words';
import { contentCatalog } from '../../src/test-support/content';
import { launchBrowser, watchedPage } from '../support/browser';
import { serveStatic } from '../support/serve';
import { fixtureSite } from '../support/sites';

let browser: Browser;
const cache = mkdtempSync(join(tmpdir(), 'nianbao-search-cache-'));
beforeAll(async () => {
  // The same fixture reports as one single index, and as shards of one page each (years split too).
  const sources = searchSources(contentCatalog(fixtureSite.reportsDir), (entry) => entry.cacheKey);
  await buildSearchIndex(fixtureSite.outDir, sources, { dir: 'pagefind-single', plan: (pages) => [{ name: 'all', files: pages.map((p) => p.file) }], cache });
  await buildSearchIndex(fixtureSite.outDir, sources, { dir: 'pagefind-tiny', plan: (pages) => planShards(pages, 1), cache });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  rmSync(cache, { recursive: true, force: true });
});

interface Answer {
  term: string;
  filters: object;
  urls: string[];
  counts: Record<string, Record<string, number>>;
  shards: number;
}

/**
 * Opens an index as the search page does (src/search/client/pagefind.ts: one instance per shard on
 * the page's thread, all from one import of pagefind.js, the first one loaded before the others are
 * made, filter values loaded before counting) and runs every search on every shard, adding up the results and
 * the filter counts. Kept as source text: vitest would rewrite a dynamic import in a function.
 */
const IN_PAGE = `async ({ root, runs }) => {
  const { shards } = await (await fetch(root + 'shards.json')).json();
  const runtime = await import(root + 'pagefind.js');
  const instances = [];
  for (const shard of shards) {
    instances.push(runtime.createInstance({ basePath: root + shard, noWorker: true }));
    await instances.at(-1).filters();
  }
  const answers = [];
  for (const { term, filters } of runs) {
    const responses = await Promise.all(instances.map((i) => i.search(term, { filters })));
    const data = await Promise.all(responses.flatMap((r) => r.results).map((x) => x.data()));
    const counts = {};
    for (const r of responses) for (const [name, values] of Object.entries(r.filters)) for (const [value, n] of Object.entries(values)) {
      counts[name] ??= {};
      counts[name][value] = (counts[name][value] ?? 0) + n;
    }
    answers.push({ term, filters, urls: data.map((d) => d.url).sort(), counts, shards: shards.length });
  }
  return answers;
}`;

const QUERIES = ['政府信息公开', '依申请公开', '主动公开', '行政复议', '平潭', '2022'];
const FILTERS = [{}, { year: '2024' }, { province: '福建省' }, { template: '2019年版' }];

describe('a sharded search index', () => {
  test('gives the same results and filter counts as one single index', async () => {
    const server = await serveStatic(fixtureSite.outDir, fixtureSite.base);
    try {
      const { page, consoleProblems } = await watchedPage(browser, server.origin);
      await page.goto(server.url(''));
      const runs = QUERIES.flatMap((q) => FILTERS.map((filters) => ({ term: pagefindQuery(q), filters })));
      // Each index gets a fresh page: pagefind keeps one instance per page.
      const searchWith = async (dir: string) => {
        const p = await browser.newPage();
        await p.goto(server.url(''));
        const out = (await p.evaluate(`(${IN_PAGE})(${JSON.stringify({ root: `${fixtureSite.base}${dir}/`, runs })})`)) as Answer[];
        await p.close();
        return out;
      };
      const single = await searchWith('pagefind-single');
      const byYear = await searchWith('pagefind');
      const tiny = await searchWith('pagefind-tiny');
      expect(single[0]!.shards).toBe(1);
      expect(tiny[0]!.shards).toBeGreaterThan(byYear[0]!.shards);
      // The runs must find something, or the comparison says nothing.
      expect(single.filter((a) => a.urls.length > 1).length).toBeGreaterThan(runs.length / 2);
      const strip = (answers: Answer[]) => answers.map(({ shards: _, ...rest }) => rest);
      expect(strip(byYear)).toEqual(strip(single));
      expect(strip(tiny)).toEqual(strip(single));
      expect(consoleProblems).toEqual([]);
      await page.close();
    } finally {
      await server.close();
    }
  });
});

/** The fixture site indexed in shards of one report each, or `size` (its newest year is then several shards, the first and others). */
async function oneReportShards(prefix: string, size = 1) {
  const site = mkdtempSync(join(tmpdir(), prefix));
  cpSync(fixtureSite.outDir, site, { recursive: true });
  const sources = searchSources(contentCatalog(fixtureSite.reportsDir), (entry) => entry.cacheKey);
  const plan = (pages: Parameters<typeof planShards>[0]) => planShards(pages, size);
  await buildSearchIndex(site, sources, { plan, cache });
  const manifest = JSON.parse(readFileSync(join(site, 'pagefind/shards.json'), 'utf8')) as ShardManifest;
  return { site, sources, shards: plan(sources), manifest };
}

/** Holds back every request for the index of `shards` (not their pages' fragments) until the function returned is called. */
async function withholdShards(page: Page, shards: readonly string[]): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((ok) => (release = ok));
  await page.route(
    (url) => shards.some((shard) => url.pathname.startsWith(`${fixtureSite.base}pagefind/${shard}`)) && !url.pathname.includes('/fragment/'),
    async (route) => {
      await released;
      await route.continue();
    },
  );
  return release;
}

/** Resolves once the search page has ended its search. */
const searchEnded = (page: Page) => page.waitForFunction(() => !document.querySelector('[data-search]')?.hasAttribute('aria-busy'));

/** Every hit's link on the search page. */
const hitLinks = (page: Page) => page.locator('.search-hit h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));

/**
 * Opens the search page at `url` with the index of `withheld` shards held back: the first hit's link,
 * which must show meanwhile, and every hit's link once they are released and the search has ended.
 */
async function searchWithheld(page: Page, url: string, withheld: readonly string[]): Promise<{ first: string | null; links: string[] }> {
  const release = await withholdShards(page, withheld);
  await page.goto(url);
  const first = await page.locator('.search-hit h3 a').first().getAttribute('href', { timeout: 10_000 });
  release();
  await searchEnded(page);
  return { first, links: await hitLinks(page) };
}

/**
 * The link of a query's first result in one shard, or of its result for the page at `url`, as
 * Pagefind's own answer gives it, at the section of its first match (src/search/client/engine.ts),
 * in a fresh page of the site at `home`.
 */
async function pagefindLink(home: string, shard: string, query: string, url?: string): Promise<string> {
  const root = `${fixtureSite.base}pagefind/`;
  const page = await browser.newPage();
  try {
    await page.goto(home);
    return (await page.evaluate(
      `(async () => {
        const runtime = await import(${JSON.stringify(`${root}pagefind.js`)});
        const instance = runtime.createInstance({ basePath: ${JSON.stringify(`${root}${shard}`)}, noWorker: true });
        const { results } = await instance.search(${JSON.stringify(pagefindQuery(query))});
        const all = await Promise.all(results.map((r) => r.data()));
        const data = all.find((d) => ${JSON.stringify(url ?? null)} === null || d.url === ${JSON.stringify(url ?? null)});
        const at = Math.min(...data.locations);
        return data.sub_results.find((s) => s.locations.includes(at) && s.url.includes('#'))?.url ?? data.url;
      })()`,
    )) as string;
  } finally {
    await page.close();
  }
}

describe('a search for an agency’s name', () => {
  test('searches the shard of its newest report beside the first one, and opens no other before that report’s hit is fetched', { timeout: 120_000 }, async () => {
    const { site, sources, shards, manifest } = await oneReportShards('nianbao-lead-site-');
    const leads = agencyLeads(shards, (file) => sources.find((s) => s.file === file)!.agency);
    const byName = [...leads.byFile.values()][0]!;
    const [agency, lead] = Object.entries(byName)[0]!;
    expect(manifest.leads).toBe(leads.files);
    const server = await serveStatic(site, fixtureSite.base);
    try {
      const { page, consoleProblems, foreignRequests } = await watchedPage(browser, server.origin);
      const asked: string[] = [];
      page.on('request', (req) => asked.push(new URL(req.url()).pathname.slice(fixtureSite.base.length)));
      await page.goto(server.url(`search/?q=${encodeURIComponent(agency)}`));
      await page.locator('.search-hit').first().waitFor();
      // Its lead file read and the lead shard opened, the other shards are opened only once the
      // lead's hit has been fetched, so that it is not queued behind them.
      expect(asked.some((path) => path.startsWith('pagefind/agencies/'))).toBe(true);
      const entry = (shard: string) => asked.indexOf(`pagefind/${shard}pagefind-entry.json`);
      const leadHit = asked.findIndex((path) => path.startsWith(`pagefind/${lead}fragment/`));
      expect(leadHit).toBeGreaterThan(-1);
      for (const shard of manifest.shards.filter((s) => s !== manifest.shards[0] && s !== lead)) {
        const opened = entry(shard);
        if (opened > -1) expect(opened, shard).toBeGreaterThan(leadHit);
      }
      await searchEnded(page);
      expect(entry(lead)).toBeGreaterThan(-1);
      const links = await hitLinks(page);
      const leadReport = shards.find((s) => `${s.name}/` === lead)!.files[0]!.replace(/index\.html$/u, '');
      expect(links.some((href) => href.startsWith(`${fixtureSite.base}${leadReport}`))).toBe(true);
      expect(consoleProblems).toEqual([]);
      expect(foreignRequests).toEqual([]);
    } finally {
      await server.close();
      rmSync(site, { recursive: true, force: true });
    }
  });
});

describe('a search for an agency’s full name', () => {
  test('shows its newest report from its fragment before any shard but the first is read, with the link Pagefind gives', { timeout: 120_000 }, async () => {
    const { site, sources, shards, manifest } = await oneReportShards('nianbao-lead-page-site-');
    const leads = agencyLeads(shards, (file) => sources.find((s) => s.file === file)!.agency);
    // A name no other agency's begins with, so that its report is the only lead for it.
    const names = [...leads.byFile.values()].flatMap((listed) => Object.entries(listed));
    const [agency, lead] = names.find(([name]) => names.filter(([other]) => other.startsWith(name)).length === 1)!;
    const server = await serveStatic(site, fixtureSite.base);
    try {
      const { page, consoleProblems, foreignRequests } = await watchedPage(browser, server.origin);
      // The word directory listing nothing, as it could name that report too: only its lead shows it early.
      await page.route(
        (url) => url.pathname.startsWith(`${fixtureSite.base}pagefind/words/`),
        (route) => route.fulfill({ contentType: 'application/json', body: '{}' }),
      );
      const { first: href, links } = await searchWithheld(page, server.url(`search/?q=${encodeURIComponent(agency)}`), manifest.shards.slice(1));
      const expected = await pagefindLink(server.url(''), listingFolder(lead), agency);
      expect(href).toBe(expected);
      expect(links.filter((link) => link === href)).toHaveLength(1);
      expect(consoleProblems).toEqual([]);
      expect(foreignRequests).toEqual([]);
    } finally {
      await server.close();
      rmSync(site, { recursive: true, force: true });
    }
  });
});

describe('a search for a word few reports hold', () => {
  test('opens only the shards the word directory lists for it, and finds every report that holds it', { timeout: 120_000 }, async () => {
    const { site, sources, shards, manifest } = await oneReportShards('nianbao-words-site-');
    expect(manifest.words).toBeGreaterThan(0);
    // A number written between Chinese characters (the index parts it from them by a space, and leads it by a z) in some reports, not in the first shard's.
    const standalone = (document: string) => new Set(document.match(/(?<= )z\d{3,}(?= )/gu) ?? []);
    const numbersOf = new Map(sources.map((s) => [s.file, standalone(s.document())]));
    const holding = (word: string) => shards.filter((shard) => shard.files.some((file) => numbersOf.get(file)!.has(word)));
    const numbers = [...new Set([...numbersOf.values()].flatMap((words) => [...words]))].sort();
    const word = numbers.find((w) => holding(w).length <= shards.length / 2 && !holding(w).includes(shards[0]!))!;
    expect(word).toBeDefined();
    // The directory lists it with those shards, each with the fragment of its one page holding it.
    const file = JSON.parse(readFileSync(join(site, 'pagefind', wordFile(word, manifest.words!)), 'utf8')) as Record<string, string[]>;
    expect(file[word]!.map(listingFolder)).toEqual(holding(word).map((s) => `${s.name}/`));
    for (const listing of file[word]!) expect(existsSync(join(site, 'pagefind', listingFragment(listing)!))).toBe(true);
    const holders = holding(word).map((s) => `${s.name}/`);
    const server = await serveStatic(site, fixtureSite.base);
    try {
      const { page, consoleProblems, foreignRequests } = await watchedPage(browser, server.origin);
      const asked: string[] = [];
      page.on('request', (req) => asked.push(new URL(req.url()).pathname.slice(fixtureSite.base.length)));
      await page.goto(server.url(`search/?q=${decodeText(word)}`));
      await searchEnded(page);
      expect(asked.some((path) => path.startsWith('pagefind/words/'))).toBe(true);
      // No shard is searched but those holding the word, and the first one, searched before the directory answers.
      const searched = manifest.shards.filter((shard) => asked.some((path) => path.startsWith(`pagefind/${shard}index/`)));
      expect(searched).toEqual([manifest.shards[0], ...manifest.shards.filter((shard) => holders.includes(shard))]);
      const links = (await hitLinks(page)).map((link) => link.split('#')[0]!);
      const expected = sources.filter((s) => numbersOf.get(s.file)!.has(word)).map((s) => `${fixtureSite.base}${s.file.replace(/index\.html$/u, '')}`);
      expect(links.sort()).toEqual(expected.sort());
      expect(consoleProblems).toEqual([]);
      expect(foreignRequests).toEqual([]);
    } finally {
      await server.close();
      rmSync(site, { recursive: true, force: true });
    }
  });

  test('shows the first holder’s hit from its one page alone, at the section Pagefind gives, before any shard it holds is read', { timeout: 120_000 }, async () => {
    const { site, sources, shards, manifest } = await oneReportShards('nianbao-only-page-site-');
    // Numbers and two-character words (their index tokens).
    const standalone = (document: string) => new Set(document.match(/(?<= )(?:z\d{3,}|[0-9a-l][0-9a-z]{2}[0-9a-l][0-9a-z]{2})(?= )/gu) ?? []);
    const numbersOf = new Map(sources.map((s) => [s.file, standalone(s.document())]));
    const holding = (word: string) => shards.filter((shard) => shard.files.some((file) => numbersOf.get(file)!.has(word)));
    const numbers = [...new Set([...numbersOf.values()].flatMap((words) => [...words]))].sort();
    // First met in a section of its first holder's page, so that the link goes to that section.
    const inSection = (w: string) => {
      const document = sources.find((s) => s.file === holding(w)[0]!.files[0])!.document();
      return document.includes('<h2') && document.indexOf(` ${w} `) > document.indexOf('<h2');
    };
    const word = numbers.find((w) => holding(w).length <= shards.length / 2 && !holding(w).includes(shards[0]!) && inSection(w))!;
    const first = `${holding(word)[0]!.name}/`;
    const server = await serveStatic(site, fixtureSite.base);
    try {
      const { page, consoleProblems, foreignRequests } = await watchedPage(browser, server.origin);
      // Every shard but the first (searched at once, before the directory answers) is withheld.
      const query = decodeText(word);
      const { first: href, links } = await searchWithheld(page, server.url(`search/?q=${encodeURIComponent(query)}`), manifest.shards.slice(1));
      // The same link as Pagefind's own answer for that page gives, shown once.
      const expected = await pagefindLink(server.url(''), first, query);
      expect(href).toBe(expected);
      expect(href).toContain('#');
      expect(links.filter((link) => link === href)).toHaveLength(1);
      expect(links).toHaveLength(sources.filter((s) => numbersOf.get(s.file)!.has(word)).length);
      expect(consoleProblems).toEqual([]);
      expect(foreignRequests).toEqual([]);
    } finally {
      await server.close();
      rmSync(site, { recursive: true, force: true });
    }
  });

  test('shows a common word’s first hit from the first shard’s sample page, before any shard is read', { timeout: 120_000 }, async () => {
    const { site, sources, shards, manifest } = await oneReportShards('nianbao-sample-site-', 2);
    const tokensOf = new Map(sources.map((s) => [s.file, new Set(s.document().match(/(?<= )[0-9a-l][0-9a-z]{2}[0-9a-l][0-9a-z]{2}(?= )/gu) ?? [])]));
    const holding = (word: string) => shards.filter((shard) => shard.files.some((file) => tokensOf.get(file)!.has(word)));
    // In every page of the first shard (its sample is the first page), and in more than half of the shards: a common word.
    const [firstPage, ...others] = shards[0]!.files;
    expect(others.length).toBeGreaterThan(0);
    const word = [...tokensOf.get(firstPage!)!].find((w) => others.every((file) => tokensOf.get(file)!.has(w)) && holding(w).length > shards.length / 2)!;
    expect(word).toBeDefined();
    const server = await serveStatic(site, fixtureSite.base);
    try {
      const { page, consoleProblems, foreignRequests } = await watchedPage(browser, server.origin);
      const fragments: string[] = [];
      page.on('request', (req) => void (req.url().includes('/fragment/') && fragments.push(req.url())));
      // Every shard withheld, the first too.
      const query = decodeText(word);
      const { first: href, links } = await searchWithheld(page, server.url(`search/?q=${encodeURIComponent(query)}`), manifest.shards);
      const expected = await pagefindLink(server.url(''), `${shards[0]!.name}/`, query, `${fixtureSite.base}${firstPage!.replace(/index\.html$/u, '')}`);
      expect(href).toBe(expected);
      expect(links.filter((link) => link === href)).toHaveLength(1);
      expect(links).toHaveLength(sources.filter((s) => tokensOf.get(s.file)!.has(word)).length);
      // The same search again reads every page, the sample too, from memory.
      const read = fragments.length;
      await page.locator('.search-form button[type=submit]').click();
      await searchEnded(page);
      expect(await page.locator('.search-hit h3 a').first().getAttribute('href')).toBe(href);
      expect(fragments).toHaveLength(read);
      expect(consoleProblems).toEqual([]);
      expect(foreignRequests).toEqual([]);
    } finally {
      await server.close();
      rmSync(site, { recursive: true, force: true });
    }
  });
});

/**
 * npm run bench:search -- --site <built folder> [--base /] 查询1 查询2 …
 *
 * Measures the search of a built site (its indexing is timed by `npm run bench`): the index size,
 * and in Chromium on loopback the time from opening /search/?q=… to the first result shown (cold:
 * nothing cached) and to the totals and filter counts, the time from submitting the same query
 * again to its first result (warm: index already loaded), and the time from submitting the query
 * on a search page opened without one to its first result (typed: the page has readied the newest
 * shard, none of the query's index is loaded).
 */
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { glob } from 'tinyglobby';
import { launchBrowser } from '../test/support/browser';
import { serveStatic } from '../test/support/serve';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { site: { type: 'string' }, base: { type: 'string', default: '/' }, runs: { type: 'string', default: '3' } },
});
if (!values.site || positionals.length === 0) {
  console.error('usage: npm run bench:search -- --site <built folder> [--base /] 查询…');
  process.exit(1);
}
const site = resolve(values.site);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const files = await glob('pagefind/**', { cwd: site, onlyFiles: true });
const size = (pattern: RegExp) => files.filter((f) => pattern.test(f)).reduce((sum, f) => sum + statSync(join(site, f)).size, 0);
console.log(
  `index size: ${mb(size(/./u))} in ${files.length} files (fragments ${mb(size(/\.pf_fragment$/u))}, word index ${mb(size(/\.pf_index$/u))}, filters ${mb(size(/\.pf_filter$/u))}, runtime ${mb(size(/(pagefind\.js|worker\.js|\.pagefind)$/u))})`,
);

/** How long a search may take to show something before the benchmark stops, saying which, rather than waiting for ever. */
const LIMIT_MS = 60_000;
function within<T>(what: string, measured: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`${what}: nothing shown within ${LIMIT_MS / 1000} s`)), LIMIT_MS);
  });
  return Promise.race([measured, limit]).finally(() => clearTimeout(timer));
}

const server = await serveStatic(site, values.base);
const browser = await launchBrowser();
// The resolver is kept on the window: a promise nothing else held was once collected before the hit showed ("Resulting promise was garbage collected").
const firstHit = `new Promise((ok) => { window.nianbaoFirstHit = ok; const t0 = performance.now(); const seen = () => document.querySelector('.search-hit') || /没有找到/u.test(document.querySelector('[data-search-status]')?.textContent ?? ''); if (seen()) return ok(0); new MutationObserver((_, o) => { if (seen()) { o.disconnect(); ok(performance.now() - t0); } }).observe(document.body, { childList: true, subtree: true, characterData: true }); })`;
try {
  for (const q of positionals) {
    const cold: number[] = [];
    const warm: number[] = [];
    const complete: number[] = [];
    const typed: number[] = [];
    let status = '';
    for (let run = 0; run < Number(values.runs); run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(server.url(`search/?q=${encodeURIComponent(q)}`), { waitUntil: 'domcontentloaded' });
      // Time origin is the navigation start, so this is the time from opening the URL to the first result.
      cold.push(Number(await within(`“${q}” opened cold`, page.evaluate(`(async () => { await ${firstHit}; return performance.now(); })()`))));
      await page.waitForFunction(() => !document.querySelector('[data-search]')?.hasAttribute('aria-busy'), undefined, { timeout: 120_000 });
      complete.push(Number(await page.evaluate('performance.now()')));
      status = await page.locator('[data-search-status]').innerText();
      await page.evaluate(() => {
        document.querySelector('[data-search-results]')!.replaceChildren();
        document.querySelector('[data-search-status]')!.textContent = '';
      });
      const submitted = page.evaluate(`(async () => { const p = ${firstHit}; document.querySelector('.search-form button[type=submit]').click(); return p; })()`);
      warm.push(Number(await within(`“${q}” submitted again`, submitted)));
      await context.close();
      const fresh = await browser.newContext();
      const searchPage = await fresh.newPage();
      await searchPage.goto(server.url('search/'), { waitUntil: 'networkidle' });
      typed.push(
        Number(
          await within(
            `“${q}” typed`,
            searchPage.evaluate(
              `(async () => { const p = ${firstHit}; document.querySelector('#search-q').value = ${JSON.stringify(q)}; document.querySelector('.search-form button[type=submit]').click(); return p; })()`,
            ),
          ),
        ),
      );
      await fresh.close();
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!.toFixed(0);
    console.log(`“${q}”: ${status.replace(/\s+/gu, ' ')} first result on load ${median(cold)} ms (runs ${cold.map((x) => x.toFixed(0)).join(', ')}), totals and counts by ${median(complete)} ms, warm search ${median(warm)} ms (runs ${warm.map((x) => x.toFixed(0)).join(', ')}), typed on the open search page ${median(typed)} ms (runs ${typed.map((x) => x.toFixed(0)).join(', ')})`);
  }
} catch (e) {
  console.error(`bench:search: ${(e as Error).message}`);
  process.exitCode = 1;
} finally {
  await browser.close();
  await server.close();
}

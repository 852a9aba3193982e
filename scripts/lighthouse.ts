/**
 * npm run lighthouse -- [--dir dist] [--base /xxgk/ndbg/] [--min 95] [--desktop] <url or path>...
 *
 * Runs Lighthouse (performance, accessibility, best practices, SEO) in Debian's Chromium on each page
 * and prints the four scores, with the audits that cost points. A path (`reports/x/2023/`) is served
 * from the built folder under its base path (default: BASE_PATH); a full URL is audited as it is.
 * Exits with 1 when a score is below --min. A measurement script, not a test: scores vary by machine.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { deployment } from '../src/config/deploy.mjs';
import { serveStatic } from '../test/support/serve';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    dir: { type: 'string', default: 'dist' },
    base: { type: 'string', default: deployment().base },
    min: { type: 'string', default: '95' },
    desktop: { type: 'boolean', default: false },
  },
});

async function main() {
  const pages = positionals.length > 0 ? positionals : [''];
  const needsServer = pages.some((p) => !/^https?:\/\//.test(p));
  const server = needsServer ? await serveStatic(resolve(import.meta.dirname, '..', values.dir), values.base) : undefined;
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  let failed = false;
  try {
    for (const page of pages) {
      const url = /^https?:\/\//.test(page) ? page : server!.url(page);
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
        ...(values.desktop ? { formFactor: 'desktop', screenEmulation: { disabled: true } } : {}),
      }, values.desktop ? (await import('lighthouse/core/config/desktop-config.js')).default : undefined);
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { lhr } = result;
      const scores = CATEGORIES.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100));
      console.log(`${CATEGORIES.map((c, i) => `${c} ${scores[i]}`).join('  ')}  ${url}`);
      if (scores.some((s) => s < Number(values.min))) failed = true;
      for (const c of CATEGORIES) {
        for (const ref of lhr.categories[c]?.auditRefs ?? []) {
          const audit = lhr.audits[ref.id];
          if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) console.log(`    ${c}: ${audit.id} (${audit.score}) ${audit.title}`);
        }
      }
    }
  } finally {
    chrome.kill();
    await server?.close();
  }
  if (failed) {
    console.error(`A score is below ${values.min}.`);
    process.exit(1);
  }
}

await main();

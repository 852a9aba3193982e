import { cpSync, existsSync, linkSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { glob } from 'tinyglobby';
import { describe, expect, test } from 'vitest';
import { pageCopy } from '../../src/site/incremental-manifest';
import { buildSite } from '../support/build-site';
import { testSitesDir } from '../support/paths';
import { generatedSite, type TestSite } from '../support/sites';

const files = async (dir: string) => (await glob('**/*', { cwd: dir, dot: true })).sort();
/** Report pages Astro rendered since `since` rather than took from its cache (which keeps each page it renders, as a link). */
const renderedSince = async (outDir: string, since: number) =>
  (await glob('reports/*/*/index.html', { cwd: outDir }))
    .filter((f) => statSync(join(outDir, f)).mtimeMs >= since)
    .map((f) => f.replace(/^reports\/|\/index\.html$/gu, ''))
    .sort();

describe('a rebuild after editing one report and removing another', () => {
  test('gives exactly the site a clean build of the changed reports gives, re-rendering only the pages that show them', { timeout: 300_000 }, async () => {
    const reports = resolve(testSitesDir, 'incremental-reports');
    rmSync(reports, { recursive: true, force: true });
    cpSync(generatedSite.reportsDir, reports, { recursive: true });
    const site: TestSite = { ...generatedSite, name: 'incremental', reportsDir: reports, outDir: resolve(testSitesDir, 'incremental') };
    const cache = { ASTRO_CACHE_DIR: resolve(testSitesDir, 'incremental-cache') };
    rmSync(cache.ASTRO_CACHE_DIR, { recursive: true, force: true });
    // The build indexes the reports as soon as Astro has synced them: every shard is made before Astro ends.
    expect(await buildSite(site, cache)).toMatch(/search index: \d+ report pages in 3 shard\(s\), 0 unchanged since the last build, 3 made while Astro rendered, 0 after/u);

    // A correction to the 2021 report of one agency: five more applications from 自然人 (and in the 总计 column), and a sentence.
    const edited = join(reports, (await glob('2021/*.md', { cwd: reports })).sort()[0]!);
    const slug = /^slug: (\S+)$/mu.exec(readFileSync(edited, 'utf8'))?.[1];
    const before = readFileSync(edited, 'utf8');
    const after = `${before.replace(/^( {2}received: \[)(\d+)((?:, \d+){5}, )(\d+)\]/mu, (_, head: string, first: string, middle: string, total: string) => `${head}${Number(first) + 5}${middle}${Number(total) + 5}]`)}\n本报告发布后更正了一处数字。\n`;
    expect(after.match(/^ {2}received: .*$/mu)?.[0]).not.toBe(before.match(/^ {2}received: .*$/mu)?.[0]);
    writeFileSync(edited, after);
    // Another agency's 2022 report withdrawn: its page goes, and its other years' pages (which link to their years) change.
    const removed = (await glob('2022/*.md', { cwd: reports })).sort().find((f) => !readFileSync(join(reports, f), 'utf8').includes(`slug: ${slug}\n`))!;
    const removedSlug = /^slug: (\S+)$/mu.exec(readFileSync(join(reports, removed), 'utf8'))?.[1];
    rmSync(join(reports, removed));
    // The served page of the edited report, as a second name for the same file: the rebuild must not write through it.
    const served = join(site.outDir, 'reports', slug!, '2021', 'index.html');
    const probe = join(testSitesDir, 'incremental-probe.html');
    rmSync(probe, { force: true });
    linkSync(served, probe);
    const servedBefore = readFileSync(probe, 'utf8');
    // Astro's copy of the page, from which it would restore it, is another name of the same file (src/site/output-copies.ts).
    expect(statSync(pageCopy(cache.ASTRO_CACHE_DIR, join('reports', slug!, '2021', 'index.html'))).ino).toBe(statSync(served).ino);
    const rebuilt = Date.now();
    const log = await buildSite(site, cache);
    expect(readFileSync(probe, 'utf8')).toBe(servedBefore);
    expect(readFileSync(served, 'utf8')).not.toBe(servedBefore);
    rmSync(probe);
    // The pages of the last build were linked into the new one, not copied, and the removed report's page was taken out.
    expect(log).toMatch(/kept \d+ page\(s\) of the last build, 1 of them no longer built/u);
    // Only the shards whose reports changed are indexed again, while Astro renders: 2021 holds the edit, 2022 a report fewer; 2020's reports are as they were.
    expect(log).toMatch(/search index: 59 report pages in 3 shard\(s\), 1 unchanged since the last build, 2 made while Astro rendered, 0 after/u);

    const clean: TestSite = { ...site, name: 'incremental-clean', outDir: resolve(testSitesDir, 'incremental-clean') };
    await buildSite(clean, { ASTRO_CACHE_DIR: resolve(testSitesDir, 'incremental-clean-cache') });
    const all = await files(clean.outDir);
    expect(await files(site.outDir)).toEqual(all);
    const differing = all.filter((f) => !readFileSync(join(site.outDir, f)).equals(readFileSync(join(clean.outDir, f))));
    expect(differing).toEqual([]);

    // Only the edited page, the agency's next year (whose cross-year check reads it) and the pages of the removed report's other years were rendered again.
    expect(slug).toBeDefined();
    expect(removedSlug).toBeDefined();
    expect(await renderedSince(site.outDir, rebuilt)).toEqual([`${slug}/2021`, `${slug}/2022`, `${removedSlug}/2020`, `${removedSlug}/2021`].sort());
    expect(existsSync(join(site.outDir, 'reports', removedSlug!, '2022'))).toBe(false);

    // A deploy tool wrote into one page in place, then the output went (a CI job keeps only the cache
    // folder): Astro restores the other pages from its copies, as links, and renders that one again,
    // whose copy the deploy tool's write had changed too.
    const tampered = join(site.outDir, 'reports', slug!, '2022', 'index.html');
    writeFileSync(tampered, readFileSync(tampered, 'utf8').replace('</body>', '<script src="/tracker.js"></script></body>'));
    rmSync(site.outDir, { recursive: true });
    const restoredLog = await buildSite(site, cache);
    expect(restoredLog).not.toMatch(/kept \d+ page\(s\)/u);
    expect(await files(site.outDir)).toEqual(all);
    expect(all.filter((f) => !readFileSync(join(site.outDir, f)).equals(readFileSync(join(clean.outDir, f))))).toEqual([]);
    const other = join('reports', removedSlug!, '2021', 'index.html');
    expect(statSync(join(site.outDir, other)).ino).toBe(statSync(pageCopy(cache.ASTRO_CACHE_DIR, other)).ino);
    for (const dir of [site.outDir, clean.outDir, reports, cache.ASTRO_CACHE_DIR, resolve(testSitesDir, 'incremental-clean-cache')]) rmSync(dir, { recursive: true, force: true });
  });
});

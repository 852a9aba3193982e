import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { reportPath } from '../../src/report/catalog';
import { ReportCache } from '../../src/site/report-cache';
import { bundledReports, contentCatalog } from '../../src/test-support/content';
import { tempDir } from '../../src/test-support/temp-dir';
import { syncedSearchSources } from './synced-content';

describe('the reports Astro synced, as the build reads them for the search index', () => {
  test('are placed at their pages’ paths and keyed by the loader’s digests', async () => {
    const cache = new ReportCache(tempDir('nianbao-reports-'));
    const entries = contentCatalog(bundledReports);
    const synced = await Promise.all(entries.map(async (e, i) => ({ id: e.id, file: await cache.write(`d${i}`, e.report, e.narrative()), digest: `d${i}` })));
    const sources = syncedSearchSources(synced);
    expect(sources.map((s) => s.file).sort()).toEqual(entries.map((e) => `${reportPath(e.agencySlug, e.report.year)}index.html`).sort());
    const byFile = new Map(sources.map((s) => [s.file, s]));
    for (const [i, e] of entries.entries()) {
      const source = byFile.get(`${e.path}index.html`)!;
      expect(source.digest).toBe(`d${i}`);
      expect(source.document()).toContain(`<span data-pagefind-meta="title">${e.report.title}</span>`);
    }
  });

  test('name a file that cannot be read', () => {
    const file = join(tempDir('nianbao-reports-'), 'gone.json');
    expect(() => syncedSearchSources([{ id: '2024/a', file, digest: 'x' }])).toThrow(/gone\.json/u);
  });
});

import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { reportPath } from '../../src/report/catalog';
import { ReportCache } from '../../src/site/report-cache';
import { bundledReports, contentCatalog } from '../../src/test-support/content';
import { tempDir } from '../../src/test-support/temp-dir';
import { syncedSearchSources } from './synced-content';

describe('the reports Astro synced, as the build reads them for the search index', () => {
  test('are placed at their pages’ paths and keyed by the loader’s digests', () => {
    const pack = new ReportCache(tempDir('nianbao-reports-')).pack();
    const entries = contentCatalog(bundledReports);
    const synced = entries.map((e, i) => ({ id: e.id, record: pack.write(e.report, e.narrative()), digest: `d${i}` }));
    pack.close();
    const sources = syncedSearchSources(synced);
    expect(sources.map((s) => s.file).sort()).toEqual(entries.map((e) => `${reportPath(e.agencySlug, e.report.year)}index.html`).sort());
    const byFile = new Map(sources.map((s) => [s.file, s]));
    for (const [i, e] of entries.entries()) {
      const source = byFile.get(`${e.path}index.html`)!;
      expect(source.digest).toBe(`d${i}`);
      expect(source.document()).toContain(`<span data-pagefind-meta="title">${e.report.title}</span>`);
    }
  });

  test('name a pack that cannot be read', () => {
    const pack = join(tempDir('nianbao-reports-'), 'gone.jsonl');
    expect(() => syncedSearchSources([{ id: '2024/a', record: { pack, at: 0, report: 10, narrative: 10 }, digest: 'x' }])).toThrow(/gone\.jsonl/u);
  });
});

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { reportPath } from '../../src/report/catalog';
import { openDataReport } from '../../src/report/export/open-data';
import { searchableHtml } from '../../src/search/index-html';
import { catalogOf } from '../../src/test-support/catalog';
import { parseReport, seeds } from '../../src/test-support/seeds';
import { tempDir } from '../../src/test-support/temp-dir';
import { writeDatasetFiles } from './dataset-files';
import { writeReportFiles } from './report-files';
import { buildSearchIndex } from './search-index';
import { shardKey } from './search-shard';

// A code digest is of the files as they are when it is taken: here they are edited once the modules have loaded.
const code = vi.hoisted(() => ({ edited: false }));
vi.mock('../../src/site/fingerprint', () => ({ codeFingerprint: () => Promise.resolve(code.edited ? 'code after the edit' : 'code the build loaded') }));
code.edited = true;
const LOADED = 'code the build loaded';
const sha256 = (...parts: string[]) => parts.reduce((hash, part) => hash.update(part), createHash('sha256'));

/** The built site's dataset, as Astro writes it, with each report's page folder. */
function siteWithDataset() {
  const reports = catalogOf(seeds().map((s) => parseReport(s.expected))).map((e) => openDataReport(e, `/${e.path}`));
  const dir = tempDir('nianbao-site-');
  mkdirSync(join(dir, 'data'));
  writeFileSync(join(dir, 'data/reports.json'), JSON.stringify(reports));
  for (const r of reports) mkdirSync(join(dir, reportPath(r.agency_slug, r.year)), { recursive: true });
  return { dir, reports };
}

// Stored under the edited code's key, what the old code made would be taken by the next build, which runs the edited code.
describe('the build’s caches are keyed by the code the build loaded, not by the code as edited while it ran', () => {
  test('the search shards', { timeout: 60_000 }, async () => {
    const [site, cache] = [tempDir('nianbao-site-'), tempDir('nianbao-search-')];
    const file = 'reports/a/2023/index.html';
    await mkdir(dirname(join(site, file)), { recursive: true });
    await writeFile(join(site, file), '<!doctype html>');
    const shard = { name: '2023', files: [file] };
    const document = () => searchableHtml('<h1>凌河街道2023年政府信息公开工作年度报告</h1>');
    const { keys } = await buildSearchIndex(site, [{ file, year: 2023, agency: '凌河街道办事处', digest: 'content', document }], { cache, plan: () => [shard] });
    expect(keys).toEqual([shardKey(LOADED, shard, true, () => 'content')]);
  });

  test('each report’s own files', async () => {
    const { dir, reports } = siteWithDataset();
    const cache = tempDir('nianbao-report-files-');
    await writeReportFiles(dir, reports, cache);
    const key = sha256(LOADED, `${JSON.stringify(reports[0], null, 2)}\n`).digest('base64url');
    expect(existsSync(join(cache, `${key}.json`))).toBe(true);
  });

  test('the dataset downloads', async () => {
    const { dir, reports } = siteWithDataset();
    const cache = tempDir('nianbao-dataset-cache-');
    await writeDatasetFiles(dir, reports, cache);
    const key = sha256(LOADED, 'data/reports.csv', sha256(JSON.stringify(reports)).digest('hex')).digest('hex');
    expect(existsSync(join(cache, key))).toBe(true);
  });
});

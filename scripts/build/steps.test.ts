import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, onTestFinished, test, vi } from 'vitest';
import { reportPath } from '../../src/report/catalog';
import { openDataReport } from '../../src/report/export/open-data';
import { catalogOf } from '../../src/test-support/catalog';
import { parseReport, seeds } from '../../src/test-support/seeds';
import type { SearchPrefetch } from './search-prefetch';
import { postBuildSteps } from './steps';

const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
};

test('the open-data steps read data/reports.json once between them', async () => {
  vi.stubEnv('ASTRO_CACHE_DIR', tempDir('nianbao-steps-cache-'));
  onTestFinished(() => void vi.unstubAllEnvs());
  const reports = catalogOf(seeds().map((s) => parseReport(s.expected))).map((e) => openDataReport(e, `/${e.path}`));
  const dir = tempDir('nianbao-steps-');
  mkdirSync(join(dir, 'data'));
  writeFileSync(join(dir, 'data/reports.json'), JSON.stringify(reports));
  // Astro has written each report's page folder.
  for (const r of reports) mkdirSync(join(dir, reportPath(r.agency_slug, r.year)), { recursive: true });
  const [perReport, downloads] = postBuildSteps({} as SearchPrefetch).filter((s) => s.name !== 'search index');
  expect([perReport!.name, downloads!.name]).toEqual(['open data per report', 'dataset downloads']);
  await perReport!.run(dir);
  // Gone before the second step starts: it can only have the reports the first one read.
  rmSync(join(dir, 'data/reports.json'));
  await downloads!.run(dir);
  expect(existsSync(join(dir, 'data/reports.csv'))).toBe(true);
  expect(reports.every((r) => existsSync(join(dir, reportPath(r.agency_slug, r.year), 'report.csv')))).toBe(true);
});

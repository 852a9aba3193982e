import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, onTestFinished, test, vi } from 'vitest';
import { reportPath } from '../../src/report/catalog';
import { openDataReport } from '../../src/report/export/open-data';
import { catalogOf } from '../../src/test-support/catalog';
import { parseReport, seeds } from '../../src/test-support/seeds';
import { tempDir } from '../../src/test-support/temp-dir';
import type { SearchIndex } from './search-index';
import { postBuildSteps } from './steps';


/** The open-data steps, with a cache folder of their own, and a built site holding data/reports.json (when given) and the report folders. */
function openData(reports?: ReturnType<typeof openDataReport>[]) {
  vi.stubEnv('ASTRO_CACHE_DIR', tempDir('nianbao-steps-cache-'));
  onTestFinished(() => void vi.unstubAllEnvs());
  const dir = tempDir('nianbao-steps-');
  mkdirSync(join(dir, 'data'));
  if (reports) writeFileSync(join(dir, 'data/reports.json'), JSON.stringify(reports));
  // Astro has written each report's page folder.
  for (const r of reports ?? []) mkdirSync(join(dir, reportPath(r.agency_slug, r.year)), { recursive: true });
  const steps = postBuildSteps({} as SearchIndex);
  return { dir, step: (name: string) => steps.find((s) => s.name === name)! };
}

test('the open data’s thread writes the per-report files and the dataset downloads', async () => {
  const reports = catalogOf(seeds().map((s) => parseReport(s.expected))).map((e) => openDataReport(e, `/${e.path}`));
  const { dir, step } = openData(reports);
  await step('open data').run(dir);
  expect(readFileSync(join(dir, 'data/reports.csv'), 'utf8').trim().split('\n')).toHaveLength(reports.length + 1);
  expect(readFileSync(join(dir, 'data/reports.xlsx')).subarray(0, 2).toString()).toBe('PK');
  expect(reports.every((r) => existsSync(join(dir, reportPath(r.agency_slug, r.year), 'report.csv')))).toBe(true);
});

test('an open data thread that fails names what it missed', async () => {
  const { dir, step } = openData();
  await expect(step('open data').run(dir)).rejects.toThrow(/ENOENT.*data\/reports\.json/u);
});

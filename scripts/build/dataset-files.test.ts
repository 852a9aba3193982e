import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { openDataReport } from '../../src/report/export/open-data';
import { catalogOf } from '../../src/test-support/catalog';
import { parseReport, seeds } from '../../src/test-support/seeds';
import { tempDir } from '../../src/test-support/temp-dir';
import { writeDatasetFiles } from './dataset-files';

const site = () => {
  const dir = tempDir('nianbao-dataset-');
  mkdirSync(join(dir, 'data'));
  return dir;
};
const modified = (dir: string) => Object.fromEntries(readdirSync(dir).map((f) => [f, statSync(join(dir, f)).mtimeMs]));

describe('the dataset downloads', () => {
  const reports = catalogOf(seeds().map((s) => parseReport(s.expected))).map((e) => openDataReport(e, `/${e.path}`));
  const years = [...new Set(reports.map((r) => r.year))];

  test('give each year its own reports in JSON, CSV and Excel, beside the whole dataset', async () => {
    const dir = site();
    await writeDatasetFiles(dir, reports, tempDir('nianbao-dataset-cache-'));
    expect(readdirSync(join(dir, 'data')).sort()).toEqual([...years.map(String), 'reports.csv', 'reports.xlsx'].sort());
    for (const year of years) {
      const ofYear = JSON.parse(readFileSync(join(dir, `data/${year}/reports.json`), 'utf8')) as { year: number }[];
      expect(ofYear.length).toBe(reports.filter((r) => r.year === year).length);
      expect(ofYear.every((r) => r.year === year)).toBe(true);
      // The CSV: a header row, then one row per report.
      expect(readFileSync(join(dir, `data/${year}/reports.csv`), 'utf8').trim().split('\n').length).toBe(ofYear.length + 1);
      expect(readFileSync(join(dir, `data/${year}/reports.xlsx`)).subarray(0, 2).toString()).toBe('PK');
    }
  });

  test('are remade after an edit only where the edited report is: its year and the whole dataset', async () => {
    const cache = tempDir('nianbao-dataset-cache-');
    await writeDatasetFiles(site(), reports, cache);
    const before = modified(cache);
    expect(Object.keys(before).length).toBe(2 + 3 * years.length);

    const edited = structuredClone(reports);
    const target = edited.find((r) => r.year === 2023)!;
    target.agency = `${target.agency}（更正）`;
    const dir = site();
    await writeDatasetFiles(dir, edited, cache);
    const after = modified(cache);
    const kept = Object.keys(after).filter((f) => before[f] === after[f]);
    // The other years' nine files come from the cache; five are new, and the stale five are gone.
    expect(kept.length).toBe(3 * (years.length - 1));
    expect(Object.keys(after).length).toBe(Object.keys(before).length);
    expect(readFileSync(join(dir, 'data/2023/reports.csv'), 'utf8')).toContain('（更正）');
  });
});

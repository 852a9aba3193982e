import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { cacheDir } from '../../src/config/deploy.mjs';
import { datasetJson, reportsCsv, type OpenDataReport } from '../../src/report/export/open-data';
import { reportsXlsx } from '../../src/report/export/xlsx';
import { linkFile, pruneCache, writeWhole } from '../../src/site/build-cache';
import { loadedCode } from './loaded-code';

const root = resolve(import.meta.dirname, '../..');
const datasetCode = loadedCode(['scripts/build/dataset-files.ts']);

/** One download: its path below the site and how it is made from its reports. */
interface DatasetFile {
  path: string;
  reports: readonly OpenDataReport[];
  make: (reports: readonly OpenDataReport[]) => string | Buffer;
}


/** The whole dataset as CSV and Excel, and each year's reports in all three formats, cut from data/reports.json. */
export function datasetFiles(reports: readonly OpenDataReport[]): DatasetFile[] {
  const years = [...new Set(reports.map((r) => r.year))].sort((a, b) => a - b);
  return [
    { path: 'data/reports.csv', reports, make: reportsCsv },
    { path: 'data/reports.xlsx', reports, make: reportsXlsx },
    ...years.flatMap((year) => {
      const ofYear = reports.filter((r) => r.year === year);
      return [
        { path: `data/${year}/reports.json`, reports: ofYear, make: datasetJson },
        { path: `data/${year}/reports.csv`, reports: ofYear, make: reportsCsv },
        { path: `data/${year}/reports.xlsx`, reports: ofYear, make: reportsXlsx },
      ];
    }),
  ];
}

/**
 * Writes the dataset downloads. Each file is kept in a cache by the digest of its reports and
 * the code, so a rebuild after editing one report remakes only that year's files and the whole
 * dataset's, not every year's (at ten thousand reports, the whole dataset's Excel and CSV files take 1.5–2 s each).
 */
export async function writeDatasetFiles(dir: string, reports: readonly OpenDataReport[], cache = resolve(root, cacheDir(), 'nianbao-open-data')): Promise<void> {
  const code = await datasetCode();
  await mkdir(cache, { recursive: true });
  const used = new Set<string>();
  // Each set of reports (the whole dataset, each year) digested once for its three files.
  const digests = new Map<readonly OpenDataReport[], string>();
  const digestOf = (set: readonly OpenDataReport[]) => digests.get(set) ?? digests.set(set, createHash('sha256').update(JSON.stringify(set)).digest('hex')).get(set)!;
  for (const file of datasetFiles(reports)) {
    const key = createHash('sha256').update(code).update(file.path).update(digestOf(file.reports)).digest('hex');
    used.add(key);
    const cached = join(cache, key);
    if (!existsSync(cached)) await writeWhole(cached, file.make(file.reports));
    await mkdir(dirname(join(dir, file.path)), { recursive: true });
    // Linked, not copied: cache entries are never written again once made.
    linkFile(cached, join(dir, file.path));
  }
  await pruneCache(cache, used);
}

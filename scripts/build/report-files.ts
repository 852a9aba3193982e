import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { mkdir, readdir } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { cacheDir } from '../../src/config/deploy.mjs';
import { reportPath } from '../../src/report/catalog';
import { reportsCsv, type OpenDataReport } from '../../src/report/export/open-data';
import { linkFile, pruneCache } from '../../src/site/build-cache';
import { loadedCode } from './loaded-code';

const root = resolve(import.meta.dirname, '../..');
const reportFilesCode = loadedCode(['scripts/build/report-files.ts']);

/**
 * Writes each report's report.json and report.csv next to its page, cut from the whole dataset
 * in one pass. As Astro endpoints they cost two more routes of one page per report each, with
 * the catalog handed to each: at 10,000 reports, a quarter of the build. Each file is kept in a
 * cache by the digest of its report's record and the code: a file found there is linked into
 * place, a new one is written into place and then linked into the cache, so a rebuild after one
 * edit writes two files, not twenty thousand, and a cold build hardly more than it would anyway.
 */
export async function writeReportFiles(dir: string, reports: readonly OpenDataReport[], cache = resolve(root, cacheDir(), 'nianbao-report-files')): Promise<void> {
  const code = await reportFilesCode();
  await mkdir(cache, { recursive: true });
  // Listed once: in a cold build, trying to link each of 20,000 files first failed 20,000 times.
  const cachedNow = new Set(await readdir(cache));
  const used = new Set<string>();
  const place = (cached: string, target: string, make: () => string) => {
    used.add(basename(cached));
    if (cachedNow.has(basename(cached))) {
      try {
        return linkFile(cached, target);
      } catch (e) {
        // Removed since it was listed (by another build's pruning): written again.
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      }
    }
    writeFileSync(target, make());
    // Another build may have cached the same file meanwhile: it is the same file.
    try {
      linkFile(target, cached);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  };
  const write = (r: OpenDataReport) => {
    const json = `${JSON.stringify(r, null, 2)}\n`;
    const key = join(cache, createHash('sha256').update(code).update(json).digest('base64url'));
    const folder = join(dir, reportPath(r.agency_slug, r.year));
    place(`${key}.json`, join(folder, 'report.json'), () => json);
    place(`${key}.csv`, join(folder, 'report.csv'), () => reportsCsv([r]));
  };
  // Synchronous calls, on the open data's own thread: 20,000 awaited writes and links cost 5.1 CPU-seconds, these 4.3.
  for (const report of reports) write(report);
  await pruneCache(cache, used);
}

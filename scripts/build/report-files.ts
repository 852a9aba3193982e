import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { cacheDir } from '../../src/config/deploy.mjs';
import { reportPath } from '../../src/report/catalog';
import { reportsCsv, type OpenDataReport } from '../../src/report/export/open-data';
import { cacheEntry, linkTree, pruneCache } from '../../src/site/build-cache';
import { codeFingerprint } from '../../src/site/fingerprint';
import type { PostBuildStep } from './steps';

const root = resolve(import.meta.dirname, '../..');

/** Open data written by the site itself, which every report's own files are cut from. */
export const DATASET_FILE = 'data/reports.json';

/**
 * Writes each report's report.json and report.csv next to its page, cut from the whole dataset
 * in one pass. As Astro endpoints they cost two more routes of one page per report each, with
 * the catalog handed to each: at 10,000 reports, a quarter of the build. Each report's pair is
 * kept in a cache by the digest of its record and the code, and linked into place, so a rebuild
 * after one edit makes one pair, not ten thousand.
 */
export async function writeReportFiles(dir: string, cache = resolve(root, cacheDir(), 'nianbao-report-files')): Promise<void> {
  const reports = JSON.parse(await readFile(join(dir, DATASET_FILE), 'utf8')) as OpenDataReport[];
  const code = await codeFingerprint(root, ['scripts/build/report-files.ts']);
  await mkdir(cache, { recursive: true });
  const used = new Set<string>();
  const write = async (r: OpenDataReport) => {
    const json = `${JSON.stringify(r, null, 2)}\n`;
    const key = createHash('sha256').update(code).update(json).digest('base64url');
    used.add(key);
    const entry = await cacheEntry(cache, key, async (fresh) => {
      await writeFile(join(fresh, 'report.json'), json);
      await writeFile(join(fresh, 'report.csv'), reportsCsv([r]));
    });
    await linkTree(entry, join(dir, reportPath(r.agency_slug, r.year)));
  };
  for (let i = 0; i < reports.length; i += 64) await Promise.all(reports.slice(i, i + 64).map(write));
  await pruneCache(cache, used);
}

export const reportFilesStep: PostBuildStep = { name: 'open data per report', run: (dir) => writeReportFiles(dir) };

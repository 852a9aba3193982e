import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { reportPath } from '../../src/report/catalog';
import { reportsCsv, type OpenDataReport } from '../../src/report/export/open-data';
import type { PostBuildStep } from './steps';

/** Open data written by the site itself, which every report's own files are cut from. */
export const DATASET_FILE = 'data/reports.json';

/**
 * Writes each report's report.json and report.csv next to its page, cut from the whole dataset
 * in one pass. As Astro endpoints they cost two more routes of one page per report each, with
 * the catalog handed to each: at 10,000 reports, a quarter of the build.
 */
export async function writeReportFiles(dir: string): Promise<void> {
  const reports = JSON.parse(await readFile(join(dir, DATASET_FILE), 'utf8')) as OpenDataReport[];
  const write = async (r: OpenDataReport) => {
    const folder = join(dir, reportPath(r.agency_slug, r.year));
    await writeFile(join(folder, 'report.json'), `${JSON.stringify(r, null, 2)}\n`);
    await writeFile(join(folder, 'report.csv'), reportsCsv([r]));
  };
  for (let i = 0; i < reports.length; i += 64) await Promise.all(reports.slice(i, i + 64).map(write));
}

export const reportFilesStep: PostBuildStep = { name: 'open data per report', run: writeReportFiles };

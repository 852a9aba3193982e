/**
 * The open data cut from the built site's data/reports.json, on a thread of its own
 * (./open-data-worker.mjs, started by ./steps.ts).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { OpenDataReport } from '../../src/report/export/open-data';
import { writeDatasetFiles } from './dataset-files';
import { writeReportFiles } from './report-files';

/** Open data written by the site itself, which every report's own files are cut from. */
const DATASET_FILE = 'data/reports.json';

/** The reports of data/reports.json in the built site `dir`. */
export const readDataset = async (dir: string): Promise<OpenDataReport[]> => JSON.parse(await readFile(join(dir, DATASET_FILE), 'utf8')) as OpenDataReport[];

/**
 * Writes each report's files and the dataset downloads of the built site `dir`, cut from one
 * reading of its data/reports.json: each report's CSV line is made once for its own file, its year's
 * and the whole dataset's (the lines of 10,000 reports take about 3 CPU-seconds).
 */
export async function writeOpenData(dir: string): Promise<void> {
  const reports = await readDataset(dir);
  await writeReportFiles(dir, reports);
  await writeDatasetFiles(dir, reports);
}

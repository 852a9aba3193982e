import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { renderNarrative } from '../report/narrative';
import { checkReportFile } from '../report/validate';
import { ReportCache, readNarrative, readReport } from './report-cache';

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const seed = 'content/reports/2024/linziqu-qilingjiedao-banshichu.md';

/** An empty cache in a fresh folder, and a seed report as the loader checks it. */
async function cacheAndSeed() {
  dir = await mkdtemp(join(tmpdir(), 'reports-'));
  const cache = new ReportCache(dir);
  await cache.open();
  const checked = checkReportFile(await readFile(seed, 'utf8'), seed);
  if (!checked.ok) throw new Error(checked.problems.join('\n'));
  return { cache, report: checked.report, body: checked.body };
}

describe('the report cache', () => {
  test('gives the catalog back the report and a page the narrative the loader prepared', async () => {
    const { cache, report, body } = await cacheAndSeed();
    const narrative = renderNarrative(body);
    const file = await cache.write('abc', report, narrative);
    expect(readReport(file)).toEqual(report);
    expect(readNarrative(file)).toEqual(narrative);
    // Line breaks in the rendered HTML do not end the report's line.
    expect(JSON.stringify(narrative)).toContain('\\n');
  });

  test('names a file that is not a prepared report', async () => {
    const folder = (dir = await mkdtemp(join(tmpdir(), 'reports-')));
    await writeFile(join(folder, 'old.json'), '{"intro":""}');
    expect(() => readReport(join(folder, 'old.json'))).toThrow(/old\.json: not a prepared report/u);
  });

  test('drops the reports of versions no longer in the store and long unused', async () => {
    const { cache, report } = await cacheAndSeed();
    await Promise.all(['old', 'kept', 'recent'].map((d) => cache.write(d, report, renderNarrative(''))));
    const lastYear = new Date(Date.now() - 365 * 24 * 3600 * 1000);
    await Promise.all(['old', 'kept'].map((d) => utimes(cache.file(d), lastYear, lastYear)));
    await cache.prune(['kept']);
    expect(existsSync(cache.file('old'))).toBe(false);
    expect(existsSync(cache.file('kept'))).toBe(true);
    // Another build, sharing the folder, may be reading this one right now.
    expect(existsSync(cache.file('recent'))).toBe(true);
  });
});

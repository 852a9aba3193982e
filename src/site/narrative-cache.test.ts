import { existsSync } from 'node:fs';
import { mkdtemp, rm, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { renderNarrative } from '../report/narrative';
import { NarrativeCache, readNarrative } from './narrative-cache';

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the narrative cache', () => {
  test('gives a page back the narrative the loader rendered', async () => {
    dir = await mkdtemp(join(tmpdir(), 'narratives-'));
    const cache = new NarrativeCache(dir);
    await cache.open();
    const narrative = renderNarrative('## 一、总体情况\n\n全年主动公开政府信息**120**条。\n\n## 五、存在的主要问题及改进情况\n\n无。');
    expect(readNarrative(await cache.write('abc', narrative))).toEqual(narrative);
  });

  test('drops the narratives of report versions no longer in the store and long unused', async () => {
    dir = await mkdtemp(join(tmpdir(), 'narratives-'));
    const cache = new NarrativeCache(dir);
    await cache.open();
    const empty = renderNarrative('');
    await Promise.all(['old', 'kept', 'recent'].map((d) => cache.write(d, empty)));
    const lastYear = new Date(Date.now() - 365 * 24 * 3600 * 1000);
    await Promise.all(['old', 'kept'].map((d) => utimes(cache.file(d), lastYear, lastYear)));
    await cache.prune(['kept']);
    expect(existsSync(cache.file('old'))).toBe(false);
    expect(existsSync(cache.file('kept'))).toBe(true);
    // Another build, sharing the folder, may be reading this one right now.
    expect(existsSync(cache.file('recent'))).toBe(true);
  });
});

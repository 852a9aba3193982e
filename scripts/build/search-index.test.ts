import { mkdir, utimes, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Shard } from '../../src/search/shards';
import { tempDir } from '../../src/test-support/temp-dir';
import { buildSearchIndex } from './search-index';

const page = (place: string) =>
  `<!doctype html><html lang="zh-CN"><body><article data-pagefind-body><h1>${place}2022年政府信息公开工作年度报告</h1><p>${place}依申请公开</p></article></body></html>`;
const shards: Shard[] = [
  { name: '2023', files: ['reports/a/2023/index.html', 'reports/b/2023/index.html'] },
  { name: '2022', files: ['reports/c/2022/index.html', 'reports/d/2022/index.html'] },
];
const places = ['凌河街道', '青龙街道', '东山区', '西山区'];
const anHourAgo = () => new Date(Date.now() - 3600_000);

describe('the search step', () => {
  test('reads only the pages changed since it last ran, and indexes only their shard', { timeout: 60_000 }, async () => {
    const site = tempDir('nianbao-site-');
    const cache = tempDir('nianbao-search-');
    const files = shards.flatMap((s) => s.files);
    const write = async (file: string, place: string, time?: Date) => {
      await mkdir(dirname(join(site, file)), { recursive: true });
      await writeFile(join(site, file), page(place));
      if (time) await utimes(join(site, file), time, time);
    };
    const build = () => buildSearchIndex(site, { cache, plan: () => shards });
    const written = anHourAgo();
    await Promise.all(files.map((file, i) => write(file, places[i]!, written)));
    const first = await build();
    expect(first.made).toEqual(first.keys);
    expect(await build()).toMatchObject({ keys: first.keys, made: [] });

    // Same size, same time, same file: taken as unchanged, without being read (as git would).
    await write(files[2]!, '南山区', written);
    expect((await build()).keys).toEqual(first.keys);

    // Edited in place: its time changed, so it is read again, and only its shard is indexed again.
    await write(files[2]!, '北山区');
    const edited = await build();
    expect(edited.keys[0]).toBe(first.keys[0]);
    expect(edited.keys[1]).not.toBe(first.keys[1]);
    expect(edited.made).toEqual([edited.keys[1]]);

    // A damaged record of the digests only means every page is read again.
    await writeFile(join(cache, 'page-digests.json'), '{"stamps":');
    expect(await build()).toMatchObject({ keys: edited.keys, made: [] });
  });
});

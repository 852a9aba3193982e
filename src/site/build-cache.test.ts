import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { cacheEntry, linkFile, linkTree } from './build-cache';

describe('linkTree', () => {
  let dir: string;
  afterEach(() => rm(dir, { recursive: true, force: true }));

  test('puts every file of a cache entry, nested folders too, into the site as the same file', async () => {
    dir = await mkdtemp(join(tmpdir(), 'nianbao-link-'));
    const entry = join(dir, 'cache/key');
    await mkdir(join(entry, 'index/deep'), { recursive: true });
    await writeFile(join(entry, 'pagefind-entry.json'), '{}');
    await writeFile(join(entry, 'index/deep/a.pf_index'), 'chunk');
    const site = join(dir, 'site/pagefind/2023');
    await linkTree(entry, site);
    expect(await readFile(join(site, 'index/deep/a.pf_index'), 'utf8')).toBe('chunk');
    const [cached, linked] = await Promise.all([stat(join(entry, 'pagefind-entry.json')), stat(join(site, 'pagefind-entry.json'))]);
    expect(linked.ino).toBe(cached.ino);
    // Pruning the entry leaves the site's file in place.
    await rm(entry, { recursive: true });
    expect(await readFile(join(site, 'pagefind-entry.json'), 'utf8')).toBe('{}');
  });
});

describe('linkFile', () => {
  const dirs: string[] = [];
  afterEach(() => Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true }))));

  // /dev/shm is a tmpfs, another file system than the temporary folder's: no hard link can join them.
  test.runIf(existsSync('/dev/shm'))('copies across file systems, leaving no temporary file', async () => {
    const from = await mkdtemp('/dev/shm/nianbao-link-');
    const to = await mkdtemp(join(tmpdir(), 'nianbao-link-'));
    dirs.push(from, to);
    await writeFile(join(from, 'report.csv'), '年份\n2023\n');
    linkFile(join(from, 'report.csv'), join(to, 'report.csv'));
    expect(await readFile(join(to, 'report.csv'), 'utf8')).toBe('年份\n2023\n');
    expect((await stat(join(to, 'report.csv'))).ino).not.toBe((await stat(join(from, 'report.csv'))).ino);
    expect(await readdir(to)).toEqual(['report.csv']);
  });
});

describe('cacheEntry', () => {
  let dir: string;
  afterEach(() => rm(dir, { recursive: true, force: true }));

  test('makes an entry once, in a folder of its own renamed into place, and then only finds it', async () => {
    dir = await mkdtemp(join(tmpdir(), 'nianbao-entry-'));
    const made: string[] = [];
    const make = async (fresh: string) => {
      made.push(fresh);
      await writeFile(join(fresh, 'report.json'), '{}');
    };
    const entry = await cacheEntry(dir, 'key', make);
    expect(entry).toBe(join(dir, 'key'));
    expect(made).toEqual([join(dir, `key.${process.pid}`)]);
    expect(await readFile(join(entry, 'report.json'), 'utf8')).toBe('{}');
    expect(await cacheEntry(dir, 'key', make)).toBe(entry);
    expect(made).toHaveLength(1);
    await expect(stat(made[0]!)).rejects.toThrow();
  });

  test('asked for twice at once, makes it once; a make that fails leaves nothing behind', async () => {
    dir = await mkdtemp(join(tmpdir(), 'nianbao-entry-'));
    let makes = 0;
    const make = async (fresh: string) => {
      makes++;
      await new Promise((done) => setTimeout(done, 20));
      await writeFile(join(fresh, 'report.json'), '{}');
    };
    const [a, b] = await Promise.all([cacheEntry(dir, 'key', make), cacheEntry(dir, 'key', make)]);
    expect(a).toBe(b);
    expect(makes).toBe(1);
    await expect(
      cacheEntry(dir, 'broken', async () => {
        throw new Error('pagefind exited with 1');
      }),
    ).rejects.toThrow('pagefind exited with 1');
    expect((await readdir(dir)).sort()).toEqual(['key']);
  });
});

import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, linkSync, renameSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Caches that builds share (narratives, dataset files, validation results, search shards): an entry
 * is made under a name of the making process (`<name>.<pid>` or `<name>.<pid>.tmp`) and renamed into
 * place, so that another build never reads it half-made.
 */
export async function writeWhole(file: string, content: string | Uint8Array): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, content);
  await rename(temporary, file);
}

/**
 * The cache entry folder `<cache>/<key>`: when absent, `make` fills a folder of this process's,
 * which is then renamed into place. Another build that made the same entry meanwhile made the
 * same files, so this one's are dropped.
 */
export function cacheEntry(cache: string, key: string, make: (dir: string) => Promise<void>): Promise<string> {
  const entry = join(cache, key);
  if (existsSync(entry)) return Promise.resolve(entry);
  // The same entry asked for again while this process makes it (its folder is named after the process): the same promise.
  let making = inProgress.get(entry);
  if (!making) {
    making = makeEntry(entry, make).finally(() => inProgress.delete(entry));
    inProgress.set(entry, making);
  }
  return making;
}

const inProgress = new Map<string, Promise<string>>();

async function makeEntry(entry: string, make: (dir: string) => Promise<void>): Promise<string> {
  const fresh = `${entry}.${process.pid}`;
  await rm(fresh, { recursive: true, force: true });
  await mkdir(fresh, { recursive: true });
  try {
    await make(fresh);
  } catch (e) {
    await rm(fresh, { recursive: true, force: true });
    throw e;
  }
  await rename(fresh, entry).catch(async () => rm(fresh, { recursive: true, force: true }));
  return entry;
}

/** Whether a process of this id runs (the maker of a cache entry or a scratch folder). */
export const running = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Removes the entries of a cache folder this build did not use, but not one another build is still making. */
export async function pruneCache(dir: string, used: ReadonlySet<string>): Promise<void> {
  for (const name of await readdir(dir)) {
    const maker = /\.(\d+)(?:\.tmp)?$/u.exec(name)?.[1];
    if (used.has(name) || (maker && running(Number(maker)))) continue;
    await rm(join(dir, name), { recursive: true, force: true });
  }
}

/**
 * Makes `to` the same file as `from` (a hard link), or a copy where the two are on different file
 * systems, which like a link appears whole (copied beside it, then renamed): another build may
 * read a cache file the moment it exists. Cache entries are never written again once made (a
 * changed input makes a new one), so a site file linked to one cannot change under it, and a
 * pruned entry leaves it in place. Synchronous: the build links thousands of files (per-report
 * files, search shards), and awaiting each link cost more CPU than the link itself.
 */
export function linkFile(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EXDEV' && (e as NodeJS.ErrnoException).code !== 'EPERM') throw e;
    const temporary = `${to}.${process.pid}.tmp`;
    copyFileSync(from, temporary);
    renameSync(temporary, to);
  }
}

/** Puts every file of a cache entry folder into the site with `linkFile`. */
export async function linkTree(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) await linkTree(source, target);
    else linkFile(source, target);
  }
}

/**
 * Removes a folder in a process of its own, which outlives the build: the old output of a large
 * site takes seconds to delete (5 s at 10,000 reports), and nothing needs to wait for it.
 */
export function removeLater(dir: string): void {
  const script = 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })';
  spawn(process.execPath, ['-e', script, dir], { detached: true, stdio: 'ignore' }).unref();
}

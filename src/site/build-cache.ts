import { readdir, rename, rm, writeFile } from 'node:fs/promises';
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

const running = (pid: number) => {
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

import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, rm, stat, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import type { RenderedNarrative } from '../report/narrative';
import { writeWhole } from './build-cache';

/**
 * Rendered narratives, one file per report digest, beside Astro's content store rather than in
 * it: Astro bundles its whole store into the build, and the narratives are three quarters of it
 * (at 10,000 reports, 65 MB more to bundle and load). Each page reads only its own.
 */
export class NarrativeCache {
  constructor(readonly dir: string) {}

  file(digest: string): string {
    return join(this.dir, `${digest}.json`);
  }

  /** Files are named by digest, so an existing one already holds this narrative; a new one appears whole (rename). */
  async write(digest: string, narrative: RenderedNarrative): Promise<string> {
    const file = this.file(digest);
    if (existsSync(file)) return file;
    await writeWhole(file, JSON.stringify(narrative));
    return file;
  }

  async open(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
  }

  /** Marks a narrative as still in use, so that no prune takes it. */
  async keep(digest: string): Promise<void> {
    const now = new Date();
    await utimes(this.file(digest), now, now);
  }

  /**
   * Removes the narratives of report versions the store no longer holds and nobody used for a
   * day. Other builds may share the cache folder (another report folder, `astro check`, tests)
   * and read their narratives while their pages render: theirs are recent, so they stay.
   */
  async prune(digests: Iterable<string>, olderThanMs = 24 * 3600 * 1000): Promise<void> {
    const keep = new Set([...digests].map((d) => `${d}.json`));
    const before = Date.now() - olderThanMs;
    const unused = (await readdir(this.dir)).filter((name) => name.endsWith('.json') && !keep.has(name));
    const stale = async (name: string) => (await stat(join(this.dir, name)).catch(() => undefined))?.mtimeMs ?? Infinity;
    for (let i = 0; i < unused.length; i += 256) {
      await Promise.all(
        unused.slice(i, i + 256).map(async (name) => {
          if ((await stale(name)) < before) await rm(join(this.dir, name), { force: true });
        }),
      );
    }
  }
}

/** The narrative a page prints, read when the page renders. */
export const readNarrative = (file: string): RenderedNarrative => JSON.parse(readFileSync(file, 'utf8')) as RenderedNarrative;

import { readFileSync } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RenderedNarrative } from '../report/narrative';

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

  async write(digest: string, narrative: RenderedNarrative): Promise<string> {
    const file = this.file(digest);
    await writeFile(file, JSON.stringify(narrative));
    return file;
  }

  async open(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
  }

  /** Removes the narratives of report versions the store no longer holds. */
  async prune(digests: Iterable<string>): Promise<void> {
    const keep = new Set([...digests].map((d) => `${d}.json`));
    const stale = (await readdir(this.dir)).filter((name) => !keep.has(name));
    for (let i = 0; i < stale.length; i += 256) await Promise.all(stale.slice(i, i + 256).map((name) => rm(join(this.dir, name), { force: true })));
  }
}

/** The narrative a page prints, read when the page renders. */
export const readNarrative = (file: string): RenderedNarrative => JSON.parse(readFileSync(file, 'utf8')) as RenderedNarrative;

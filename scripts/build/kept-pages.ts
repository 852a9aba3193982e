/**
 * Pages kept from the last build. Astro's incremental build skips a page whose cacheKey is unchanged
 * when the page is already in the output folder, and otherwise copies it out of its cache: 14,000
 * copies into the fresh staging folder took 6 s of a 10,000-report rebuild. So the staging folder
 * starts with hard links to the pages of the current output, which Astro then leaves in place.
 *
 * Four things keep this safe:
 * - Only when the output is the one the last successful build made with this cache (`recordOutput`
 *   notes its folder and Astro's cache manifest; every build deletes the note first, so a failed or
 *   foreign build in between means nothing is kept).
 * - Only a page not changed since that build ended (by its mtime): one a person or a deploy tool
 *   changed in place is made again.
 * - A page Astro renders again is unlinked before it is written (src/site/kept-pages.ts, in the
 *   middleware), so the write makes a new file and never goes through the link into the output.
 * - A kept page this build no longer has (a report removed) is removed after Astro.
 *
 * Astro's copies of the pages, from which it restores a page it skips that the output lacks, are
 * links to the pages (src/site/output-copies.ts): a page changed in place changed its copy too. So
 * before Astro, the copies changed since the last successful build ended are removed, and Astro
 * renders those pages again.
 */
import { createHash } from 'node:crypto';
import { link, lstat, mkdir, readFile, rm, rmdir, stat, unlink } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import pLimit from 'p-limit';
import { cacheDir } from '../../src/config/deploy.mjs';
import { writeWhole } from '../../src/site/build-cache';
import { MANIFEST_FILE, pageCopy, parseIncrementalManifest } from '../../src/site/incremental-manifest';

const root = resolve(import.meta.dirname, '../..');
const astroManifest = () => resolve(root, cacheDir(), MANIFEST_FILE);
const note = () => resolve(root, cacheDir(), 'nianbao-output.json');
/** When the last successful build ended; unlike the note, kept when a build begins (a build that fails leaves the copies of before it as they were). */
const copiesNote = () => resolve(root, cacheDir(), 'nianbao-output-copies.json');
const copyOf = (file: string) => pageCopy(resolve(root, cacheDir()), file);

interface OutputNote {
  outDir: string;
  /** The folder's identity: a folder put in its place has another (its inode number may be reused, not with the same birth time). */
  dev: number;
  ino: number;
  birthtimeMs: number;
  /** Changes when a file is added to or removed from the folder itself. */
  mtimeMs: number;
  /** sha256 of Astro's manifest as the build left it. */
  manifest: string;
  /** When the build ended: a page changed in place since (by hand, by a deploy tool) has a later mtime and is not kept. */
  builtAt: number;
}

/** The pages of the last output that this build may keep. */
export interface KeepPlan {
  outDir: string;
  /** Relative to the output folder. */
  pages: string[];
  builtAt: number;
}

const digest = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const readBytes = (file: string) => readFile(file).catch(() => undefined);

/**
 * The output files of the pages in Astro's manifest (those with a cacheKey), relative to the output
 * folder; undefined when the manifest is missing or of a form this code does not know.
 */
function manifestPages(bytes: Buffer | undefined): Set<string> | undefined {
  const manifest = parseIncrementalManifest(bytes?.toString('utf8'));
  return manifest && new Set([...manifest.values()].flatMap((pages) => [...pages.values()].map((page) => decodeURIComponent(page.outputFile))));
}

/** After a successful build, once `outDir` holds it: what lets the next build keep its pages. */
export async function recordOutput(outDir: string): Promise<void> {
  const bytes = await readBytes(astroManifest());
  if (!bytes) return;
  const { dev, ino, birthtimeMs, mtimeMs } = await stat(outDir);
  const record: OutputNote = { outDir, dev, ino, birthtimeMs, mtimeMs, manifest: digest(bytes), builtAt: Date.now() };
  await mkdir(dirname(note()), { recursive: true });
  await writeWhole(note(), JSON.stringify(record));
  await writeWhole(copiesNote(), JSON.stringify({ builtAt: record.builtAt }));
}

/**
 * Removes Astro's copies of `pages` (relative to the output folder) changed since `builtAt`. A copy
 * that is a link to a page someone changed in place has that page's new time.
 */
async function dropChangedCopies(pages: Iterable<string>, builtAt: number): Promise<void> {
  await pLimit(64).map([...pages], async (file) => {
    const copy = await lstat(copyOf(file)).catch(() => undefined);
    if (copy && copy.mtimeMs > builtAt) await rm(copyOf(file), { force: true });
  });
}

/** When the output is not kept: Astro restores the pages it skips from its copies, so those changed since the last successful build go first. */
async function dropChangedCopiesOfAll(pages: Iterable<string>): Promise<void> {
  const record = await readFile(copiesNote(), 'utf8').then((text) => JSON.parse(text) as { builtAt: number }, () => undefined);
  // No note: the copies are from before they were links (Astro wrote them), or there are none.
  if (record) await dropChangedCopies(pages, record.builtAt);
}

/** Whether `outDir` is still what the last successful build with this cache left. */
async function isLastOutput(outDir: string, record: OutputNote, manifest: Buffer): Promise<boolean> {
  if (record.outDir !== outDir) return false;
  const now = await stat(outDir).catch(() => undefined);
  const same = now !== undefined && (['dev', 'ino', 'birthtimeMs', 'mtimeMs'] as const).every((key) => now[key] === record[key]);
  return same && digest(manifest) === record.manifest;
}

/**
 * Before Astro: forgets the last output (a build that fails from here on leaves no note), and when
 * `outDir` is still that output, says which of its pages Astro may skip.
 */
export async function pagesToKeep(outDir: string): Promise<KeepPlan | undefined> {
  const record = await readFile(note(), 'utf8').then((text) => JSON.parse(text) as OutputNote, () => undefined);
  await rm(note(), { force: true });
  const manifest = await readBytes(astroManifest());
  const pages = manifestPages(manifest);
  if (!record || !manifest || !pages || pages.size === 0 || !(await isLastOutput(outDir, record, manifest))) {
    if (pages) await dropChangedCopiesOfAll(pages);
    return undefined;
  }
  return { outDir, pages: [...pages], builtAt: record.builtAt };
}

/**
 * Links each page of the plan into `staging`; returns those linked. A page changed since the last
 * build, or that cannot be linked, is left to Astro, which then restores it from its copy, or
 * renders it again when the copy changed too: never a reason to fail the build.
 */
export async function keepPages({ outDir, pages, builtAt }: KeepPlan, staging: string): Promise<string[]> {
  const kept: string[] = [];
  const left: string[] = [];
  const made = new Set<string>();
  await pLimit(64).map(pages, async (file) => {
    try {
      const page = await lstat(join(outDir, file));
      if (!page.isFile() || page.mtimeMs > builtAt) return void left.push(file);
      const dir = dirname(join(staging, file));
      if (!made.has(dir)) {
        made.add(dir);
        await mkdir(dir, { recursive: true });
      }
      await link(join(outDir, file), join(staging, file));
      kept.push(file);
    } catch {
      left.push(file);
    }
  });
  await dropChangedCopies(left, builtAt);
  return kept;
}

/** After Astro: removes the kept pages this build no longer has (their folders too, when left empty). */
export async function dropStalePages(staging: string, kept: readonly string[]): Promise<number> {
  if (kept.length === 0) return 0;
  const pages = manifestPages(await readBytes(astroManifest()));
  // Astro wrote its manifest a moment ago: one it cannot have written is a fault, not a reason to publish stale pages.
  if (!pages) throw new Error(`Astro's incremental build manifest (${astroManifest()}) is missing or unreadable after the build`);
  const stale = kept.filter((file) => !pages.has(file));
  for (const file of stale) {
    await unlink(join(staging, file)).catch(() => undefined);
    for (let dir = dirname(join(staging, file)); dir.startsWith(`${staging}/`); dir = dirname(dir)) {
      if (!(await rmdir(dir).then(() => true, () => false))) break;
    }
  }
  return stale.length;
}

/**
 * Astro's incremental build keeps a copy of each page it renders in its cache folder, from which it
 * restores a page it skips when the output folder lacks it. Written as a second file, the copy
 * doubled the bytes a build writes (780 MB more at 10,000 reports); kept in a tree like the
 * output's, it made a folder per page. Under `npm run build` the copy is a hard link to the page
 * Astro has just written, in one folder of the cache (`pageCopy`).
 *
 * A link shares the page's content: a page changed in place after the build (by hand, by a deploy
 * tool) changes its copy too. Before Astro, `npm run build` removes the copies changed since the last
 * build ended (scripts/build/kept-pages.ts), so that Astro renders those pages again rather than
 * restoring the changed ones.
 */
import { existsSync, linkSync, renameSync, rmSync } from 'node:fs';
import { copyFile, link, mkdir, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { removeLater, writeWhole } from './build-cache';
import { buildChannel } from './build-channel';
import { ASTRO_COPIES_DIR, pageCopy } from './incremental-manifest';

interface Settings {
  config: { outDir: URL; cacheDir: URL };
}
/** The part of Astro 7's `IncrementalBuildCache` this module replaces. */
export interface OutputCache {
  writeOutputFile: (this: unknown, settings: Settings, outputFile: string, body: Uint8Array) => Promise<void>;
  restoreOutputFile: (this: unknown, settings: Settings, outputFile: string, destination: URL) => Promise<boolean>;
  deleteOutputFile: (this: unknown, settings: Settings, outputFile: string) => Promise<void>;
}

/** Astro names a page's output file URL-encoded, relative to the output folder. */
const copyPath = (settings: Settings, outputFile: string) => pageCopy(fileURLToPath(settings.config.cacheDir), decodeURIComponent(outputFile));

const made = new Set<string>();

/** Makes the folder of `file` once per build, as Astro does for its own copies. */
async function folderOf(file: string): Promise<void> {
  if (made.has(dirname(file))) return;
  await mkdir(dirname(file), { recursive: true });
  made.add(dirname(file));
}

/**
 * Makes `copy` a second name of `page`: one system call for a new copy (on this file system each
 * more cost about as much as writing the page again), made synchronously, as a cold build makes one
 * for each of its pages on Astro's thread (5,000 links, 3 rounds: 230–300 ms of CPU awaited, four at a time, 104–115 ms so).
 * An older copy (of a page rendered again) is replaced at once: another name first, then renamed
 * over it. Where no link can be made (another file system), the copy is written.
 */
async function linkCopy(page: string, copy: string, body: Uint8Array): Promise<void> {
  await folderOf(copy);
  try {
    linkSync(page, copy);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') return writeWhole(copy, body);
    const temporary = `${copy}.${process.pid}.tmp`;
    rmSync(temporary, { force: true });
    linkSync(page, temporary);
    renameSync(temporary, copy);
  }
}

const linking = Symbol('nianbao: output copies linked');

/**
 * Replaces three methods of Astro's incremental build cache (its prototype, `cache`): the copy of a
 * page is linked to the page in the output folder, which Astro has written just before; a page is
 * restored from a copy that no output shares as a link too (a copy of 14,000 pages took 6 s at
 * 10,000 reports), or else copied; and a page no longer built loses its copy.
 */
export function linkOutputCopies(cache: OutputCache): void {
  if ((cache as OutputCache & { [linking]?: true })[linking]) return;
  const { deleteOutputFile: remove } = cache;
  cache.writeOutputFile = async function (settings, outputFile, body) {
    await linkCopy(fileURLToPath(new URL(outputFile, settings.config.outDir)), copyPath(settings, outputFile), body);
  };
  cache.restoreOutputFile = async function (settings, outputFile, destination) {
    const copy = copyPath(settings, outputFile);
    const page = fileURLToPath(destination);
    const copied = await stat(copy).catch(() => undefined);
    if (!copied) return false;
    await folderOf(page);
    // A copy that is still a page of another output folder is copied: two outputs never share a file.
    if (copied.nlink === 1 && (await link(copy, page).then(() => true, () => false))) return true;
    await copyFile(copy, page);
    return true;
  };
  cache.deleteOutputFile = async function (settings, outputFile) {
    await rm(copyPath(settings, outputFile), { force: true });
    await remove.call(this, settings, outputFile);
  };
  Object.defineProperty(cache, linking, { value: true });
}

/**
 * Astro's `IncrementalBuildCache` prototype, or undefined when this Astro has none of the form known
 * here. Required (Node loads the ES module into the same module map Astro imports it from): an
 * `import()` here would go through Vite's module runner, which has loaded this file and is closed by now.
 */
export function astroOutputCache(): OutputCache | undefined {
  try {
    const require = createRequire(import.meta.url);
    const astro = dirname(require.resolve('astro/package.json'));
    const module = require(join(astro, 'dist/core/build/incremental.js')) as { IncrementalBuildCache?: { prototype: Partial<OutputCache> } };
    const prototype = module.IncrementalBuildCache?.prototype;
    const known =
      typeof prototype?.writeOutputFile === 'function' &&
      prototype.writeOutputFile.length === 3 &&
      typeof prototype.restoreOutputFile === 'function' &&
      prototype.restoreOutputFile.length === 3 &&
      typeof prototype.deleteOutputFile === 'function' &&
      prototype.deleteOutputFile.length === 2;
    return known ? (prototype as OutputCache) : undefined;
  } catch {
    return undefined;
  }
}

/** The integration: under `npm run build` only, whose build checks the copies before Astro restores any. */
export function outputCopiesLinked(): AstroIntegration {
  let config: { cacheDir: URL };
  return {
    name: 'nianbao-output-copies',
    hooks: {
      'astro:config:done': (options) => {
        config = options.config;
      },
      'astro:build:start': ({ logger }) => {
        if (!buildChannel) return;
        const cache = astroOutputCache();
        // Astro changed: its own copies are slower, not wrong.
        if (cache) {
          linkOutputCopies(cache);
          removeAstroCopies(fileURLToPath(config.cacheDir));
        } else logger.warn('Astro’s incremental build cache is not of the form nianbao knows: its page copies are written, not linked (slower builds).');
      },
    },
  };
}

/**
 * Astro's own tree of copies, left by earlier builds, is removed in a process of its own: it is
 * never read again, and its links would keep the pages of old outputs on disk.
 */
function removeAstroCopies(cacheDir: string): void {
  const tree = join(cacheDir, ASTRO_COPIES_DIR);
  if (existsSync(tree)) removeLater(tree);
}

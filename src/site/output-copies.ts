/**
 * Astro's incremental build keeps a copy of each page it renders in its cache folder (`<cacheDir>/dist/`),
 * from which it restores a page it skips when the output folder lacks it. Written as a second file,
 * the copy doubled the bytes a build writes (780 MB more at 10,000 reports). Under `npm run build`
 * the copy is a hard link to the page Astro has just written.
 *
 * A link shares the page's content: a page changed in place after the build (by hand, by a deploy
 * tool) changes its copy too. Before Astro, `npm run build` removes the copies changed since the last
 * build ended (scripts/build/kept-pages.ts), so that Astro renders those pages again rather than
 * restoring the changed ones.
 */
import { createRequire } from 'node:module';
import { link, mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildChannel } from './build-channel';
import { COPIES_DIR } from './incremental-manifest';

interface Settings {
  config: { outDir: URL; cacheDir: URL };
}
/** The part of Astro 7's `IncrementalBuildCache` this module replaces. */
export interface OutputCache {
  writeOutputFile: (this: unknown, settings: Settings, outputFile: string, body: Uint8Array) => Promise<void>;
  restoreOutputFile: (this: unknown, settings: Settings, outputFile: string, destination: URL) => Promise<boolean>;
}

const copyPath = (settings: Settings, outputFile: string) => fileURLToPath(new URL(outputFile, new URL(`${COPIES_DIR}/`, settings.config.cacheDir)));

const made = new Set<string>();

/** Makes the folder of `file` once per build, as Astro does for its own copies. */
async function folderOf(file: string): Promise<void> {
  if (made.has(dirname(file))) return;
  await mkdir(dirname(file), { recursive: true });
  made.add(dirname(file));
}

/**
 * Makes `copy` a second name of `page`. An older copy (of a page rendered again) is replaced at once:
 * another name first, then renamed over it. One system call for a new copy: on this file system each
 * more cost about as much as writing the page again.
 */
async function linkCopy(page: string, copy: string): Promise<void> {
  await folderOf(copy);
  await link(page, copy).catch(async (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EEXIST') throw e;
    const temporary = `${copy}.${process.pid}.tmp`;
    await rm(temporary, { force: true });
    await link(page, temporary);
    await rename(temporary, copy);
  });
}

const linking = Symbol('nianbao: output copies linked');

/**
 * Replaces two methods of Astro's incremental build cache (its prototype, `cache`): the copy of a page
 * is linked to the page in the output folder, which Astro has written just before; and a page is
 * restored from a copy that no output shares as a link too (a copy of 14,000 pages took 6 s at
 * 10,000 reports). Where a link cannot be made (another file system), Astro writes and copies as before.
 */
export function linkOutputCopies(cache: OutputCache): void {
  if ((cache as OutputCache & { [linking]?: true })[linking]) return;
  const { writeOutputFile: write, restoreOutputFile: restore } = cache;
  cache.writeOutputFile = async function (settings, outputFile, body) {
    const page = fileURLToPath(new URL(outputFile, settings.config.outDir));
    await linkCopy(page, copyPath(settings, outputFile)).catch(() => write.call(this, settings, outputFile, body));
  };
  cache.restoreOutputFile = async function (settings, outputFile, destination) {
    const copy = copyPath(settings, outputFile);
    const page = fileURLToPath(destination);
    // A copy that is still a page of another output folder is copied: two outputs never share a file.
    const alone = await stat(copy).then((s) => s.nlink === 1, () => false);
    if (alone && (await folderOf(page).then(() => link(copy, page)).then(() => true, () => false))) return true;
    return restore.call(this, settings, outputFile, destination);
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
    const known = typeof prototype?.writeOutputFile === 'function' && prototype.writeOutputFile.length === 3 && typeof prototype.restoreOutputFile === 'function' && prototype.restoreOutputFile.length === 3;
    return known ? (prototype as OutputCache) : undefined;
  } catch {
    return undefined;
  }
}

/** The integration: under `npm run build` only, whose build checks the copies before Astro restores any. */
export function outputCopiesLinked(): AstroIntegration {
  return {
    name: 'nianbao-output-copies',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (!buildChannel) return;
        const cache = astroOutputCache();
        // Astro changed: its own copies are slower, not wrong.
        if (cache) linkOutputCopies(cache);
        else logger.warn('Astro’s incremental build cache is not of the form nianbao knows: its page copies are written, not linked (slower builds).');
      },
    },
  };
}

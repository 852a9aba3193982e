import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { tempDir } from '../test-support/temp-dir';
import { pageCopy } from './incremental-manifest';
import { astroOutputCache, linkOutputCopies, type OutputCache } from './output-copies';

const PAGE = 'reports/a/2023/index.html';

/** A subclass of the installed Astro's cache, so that linking its copies leaves Astro's own class as it is. */
function probeCache(): { cache: OutputCache; settings: { config: { outDir: URL; cacheDir: URL } }; out: string; cacheDir: string } {
  const astro = astroOutputCache();
  expect(astro, 'the installed Astro has an IncrementalBuildCache whose writeOutputFile(settings, outputFile, body) nianbao knows').toBeDefined();
  const Probe = class extends (astro!.constructor as new (...args: unknown[]) => OutputCache) {};
  linkOutputCopies(Probe.prototype);
  const dir = tempDir('nianbao-copies-');
  const out = join(dir, 'dist.staging');
  const cacheDir = join(dir, 'cache');
  const settings = { config: { outDir: pathToFileURL(`${out}/`), cacheDir: pathToFileURL(`${cacheDir}/`) } };
  return { cache: new Probe('config', 'lockfile', 'key'), settings, out, cacheDir };
}

function writePage(out: string, text: string): Buffer {
  const body = Buffer.from(text);
  mkdirSync(dirname(join(out, PAGE)), { recursive: true });
  writeFileSync(join(out, PAGE), body);
  return body;
}

describe('Astro’s copies of the pages it renders', () => {
  test('are links to the pages in the output folder, not second files', async () => {
    const { cache, settings, out, cacheDir } = probeCache();
    const body = writePage(out, '<p>第一版</p>');
    await cache.writeOutputFile.call(cache, settings, PAGE, body);
    const copy = pageCopy(cacheDir, PAGE);
    expect(statSync(copy).ino).toBe(statSync(join(out, PAGE)).ino);
    expect(readFileSync(copy, 'utf8')).toBe('<p>第一版</p>');
  });

  test('follow a page rendered again to its new file, leaving the one the last output serves as it was', async () => {
    const { cache, settings, out, cacheDir } = probeCache();
    await cache.writeOutputFile.call(cache, settings, PAGE, writePage(out, '<p>第一版</p>'));
    const served = join(dirname(out), 'served.html');
    const copy = pageCopy(cacheDir, PAGE);
    // The page as the last output serves it (another name of the same file), unlinked from the staging folder before Astro writes it anew.
    linkSync(join(out, PAGE), served);
    unlinkSync(join(out, PAGE));
    await cache.writeOutputFile.call(cache, settings, PAGE, writePage(out, '<p>更正版</p>'));
    expect(readFileSync(copy, 'utf8')).toBe('<p>更正版</p>');
    expect(statSync(copy).ino).toBe(statSync(join(out, PAGE)).ino);
    expect(readFileSync(served, 'utf8')).toBe('<p>第一版</p>');
  });

  test('give back a page the output folder lacks as a link to a copy no output shares, and nothing when there is no copy', async () => {
    const { cache, settings, out, cacheDir } = probeCache();
    await cache.writeOutputFile.call(cache, settings, PAGE, writePage(out, '<p>第一版</p>'));
    // The output it was linked to is gone (a CI job that keeps only the cache folder).
    rmSync(out, { recursive: true });
    const next = join(dirname(out), 'next.staging');
    expect(await cache.restoreOutputFile.call(cache, settings, PAGE, pathToFileURL(join(next, PAGE)))).toBe(true);
    expect(statSync(join(next, PAGE)).ino).toBe(statSync(pageCopy(cacheDir, PAGE)).ino);
    expect(await cache.restoreOutputFile.call(cache, settings, 'reports/b/2023/index.html', pathToFileURL(join(next, 'reports/b/2023/index.html')))).toBe(false);
  });

  test('give back a page as a file of its own while its copy is a page of another output folder', async () => {
    const { cache, settings, out, cacheDir } = probeCache();
    await cache.writeOutputFile.call(cache, settings, PAGE, writePage(out, '<p>第一版</p>'));
    const other = join(dirname(out), 'other');
    expect(await cache.restoreOutputFile.call(cache, settings, PAGE, pathToFileURL(join(other, PAGE)))).toBe(true);
    expect(readFileSync(join(other, PAGE), 'utf8')).toBe('<p>第一版</p>');
    expect(statSync(join(other, PAGE)).ino).not.toBe(statSync(pageCopy(cacheDir, PAGE)).ino);
  });

  test('are written where no link can be made', async () => {
    const { cache, settings, cacheDir } = probeCache();
    // No page in the output folder to link to: a copy of the body Astro gave.
    await cache.writeOutputFile.call(cache, settings, PAGE, Buffer.from('<p>只有副本</p>'));
    expect(readFileSync(pageCopy(cacheDir, PAGE), 'utf8')).toBe('<p>只有副本</p>');
  });

  test('lie side by side in one folder, not in a folder per page, and go with their page', async () => {
    const { cache, settings, out, cacheDir } = probeCache();
    const pages = ['reports/a/2023/index.html', 'reports/a/2024/index.html', 'agencies/%E5%AE%89/index.html'];
    for (const page of pages) {
      mkdirSync(dirname(join(out, decodeURIComponent(page))), { recursive: true });
      writeFileSync(join(out, decodeURIComponent(page)), page);
      await cache.writeOutputFile.call(cache, settings, page, Buffer.from(page));
    }
    const folder = dirname(pageCopy(cacheDir, PAGE));
    expect(readdirSync(cacheDir)).toEqual([basename(folder)]);
    expect(readdirSync(folder, { withFileTypes: true }).map((e) => e.isFile())).toEqual([true, true, true]);
    // Named by the page's path as kept-pages names it: decoded.
    expect(readFileSync(pageCopy(cacheDir, 'agencies/安/index.html'), 'utf8')).toBe(pages[2]);
    await cache.deleteOutputFile.call(cache, settings, pages[0]!);
    expect(existsSync(pageCopy(cacheDir, pages[0]!))).toBe(false);
    expect(readdirSync(folder)).toHaveLength(2);
  });
});

import { existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { pageCopy } from '../../src/site/incremental-manifest';
import { dropStalePages, keepPages, pagesToKeep, recordOutput } from './kept-pages';

let dir: string;
let out: string;
const pages = ['reports/a/2023/index.html', 'reports/b/2023/index.html', 'agencies/a/index.html'];

/** Astro's incremental manifest as Astro 7 writes it, for the given output files. */
function writeManifest(files: readonly string[]) {
  const paths = Object.fromEntries(files.map((file) => [`/${dirname(file)}/`, { cacheKey: 'k', outputFile: file }]));
  writeFileSync(join(dir, 'cache', 'incremental-build.json'), JSON.stringify({ version: 1, configHash: 'c', lockfileHash: 'l', routes: { 'src/pages/x.astro': { dependencyHash: 'd', paths } } }));
}

function writeOutput(folder: string, files: readonly string[]) {
  for (const file of files) {
    mkdirSync(dirname(join(folder, file)), { recursive: true });
    writeFileSync(join(folder, file), `page ${file}`);
  }
}

/** Astro's copies of the pages, as `npm run build` has it make them: links to the pages in the output. */
function linkCopies(files: readonly string[]) {
  for (const file of files) {
    mkdirSync(dirname(pageCopy(join(dir, 'cache'), file)), { recursive: true });
    linkSync(join(out, file), pageCopy(join(dir, 'cache'), file));
  }
}

/** The pages that still have a copy. */
const copies = () => pages.filter((file) => existsSync(pageCopy(join(dir, 'cache'), file))).sort();

/** A page changed in place (the same file, as a deploy tool writing into it does) after `after`. */
function changeInPlace(file: string, after: number) {
  writeFileSync(join(out, file), `page ${file}, with a snippet a deploy tool added`);
  const later = new Date(after + 60_000);
  utimesSync(join(out, file), later, later);
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'nianbao-kept-'));
  out = join(dir, 'dist');
  mkdirSync(join(dir, 'cache'));
  process.env.ASTRO_CACHE_DIR = join(dir, 'cache');
  writeManifest(pages);
  writeOutput(out, pages);
});
afterEach(() => {
  delete process.env.ASTRO_CACHE_DIR;
  rmSync(dir, { recursive: true, force: true });
});

describe('pages kept from the last build', () => {
  test('are the pages of the output the last successful build left, linked, not copied', async () => {
    await recordOutput(out);
    const toKeep = await pagesToKeep(out);
    expect(toKeep?.pages.sort()).toEqual([...pages].sort());
    const staging = join(dir, 'staging');
    expect((await keepPages(toKeep!, staging)).sort()).toEqual([...pages].sort());
    for (const file of pages) expect(statSync(join(staging, file)).ino).toBe(statSync(join(out, file)).ino);
  });

  test('leave out a page changed in place since the build (by hand, by a deploy tool): Astro makes it again', async () => {
    await recordOutput(out);
    const toKeep = await pagesToKeep(out);
    const later = new Date(toKeep!.builtAt + 60_000);
    writeFileSync(join(out, 'reports/b/2023/index.html'), 'page reports/b/2023/index.html, with a snippet a deploy tool added');
    utimesSync(join(out, 'reports/b/2023/index.html'), later, later);
    const staging = join(dir, 'staging');
    expect((await keepPages(toKeep!, staging)).sort()).toEqual(['agencies/a/index.html', 'reports/a/2023/index.html']);
    expect(existsSync(join(staging, 'reports/b/2023/index.html'))).toBe(false);
  });

  test('are none once a build has begun since (it may have failed), nor without a note', async () => {
    await recordOutput(out);
    expect((await pagesToKeep(out))?.pages).toHaveLength(3);
    expect(await pagesToKeep(out)).toBeUndefined();
  });

  test('are none when another build used the cache since, or the output folder was replaced', async () => {
    await recordOutput(out);
    writeManifest(pages.slice(1));
    expect(await pagesToKeep(out)).toBeUndefined();

    writeManifest(pages);
    await recordOutput(out);
    renameSync(out, join(dir, 'elsewhere'));
    writeOutput(out, pages);
    expect(await pagesToKeep(out)).toBeUndefined();

    await recordOutput(out);
    expect(await pagesToKeep(join(dir, 'elsewhere'))).toBeUndefined();

    await recordOutput(out);
    writeFileSync(join(out, 'added.html'), 'a file put there by hand');
    expect(await pagesToKeep(out)).toBeUndefined();
  });

  test('are none when Astro left no manifest, or one of a form this code does not know', async () => {
    await recordOutput(out);
    rmSync(join(dir, 'cache', 'incremental-build.json'));
    expect(await pagesToKeep(out)).toBeUndefined();

    writeFileSync(join(dir, 'cache', 'incremental-build.json'), JSON.stringify({ version: 2, routes: {} }));
    await recordOutput(out);
    expect(await pagesToKeep(out)).toBeUndefined();
  });

  test('that this build no longer has are removed with the folders they leave empty', async () => {
    const staging = join(dir, 'staging');
    await keepPages({ outDir: out, pages, builtAt: Date.now() }, staging);
    writeManifest(pages.filter((p) => p !== 'reports/b/2023/index.html'));
    expect(await dropStalePages(staging, pages)).toBe(1);
    expect(existsSync(join(staging, 'reports/b'))).toBe(false);
    expect(readFileSync(join(staging, 'reports/a/2023/index.html'), 'utf8')).toBe('page reports/a/2023/index.html');
    // The output they were linked from keeps them.
    expect(existsSync(join(out, 'reports/b/2023/index.html'))).toBe(true);
  });

  test('leave out a page changed in place with its copy, which goes too: Astro renders the page rather than restoring the changed copy', async () => {
    linkCopies(pages);
    await recordOutput(out);
    const toKeep = await pagesToKeep(out);
    changeInPlace('reports/b/2023/index.html', toKeep!.builtAt);
    expect((await keepPages(toKeep!, join(dir, 'staging'))).sort()).toEqual(['agencies/a/index.html', 'reports/a/2023/index.html']);
    expect(copies()).toEqual(['agencies/a/index.html', 'reports/a/2023/index.html']);
  });

  test('are none when the output folder was replaced, and the copies changed in place with their pages since the last build go', async () => {
    linkCopies(pages);
    await recordOutput(out);
    changeInPlace('reports/b/2023/index.html', Date.now());
    renameSync(out, join(dir, 'elsewhere'));
    expect(await pagesToKeep(out)).toBeUndefined();
    expect(copies()).toEqual(['agencies/a/index.html', 'reports/a/2023/index.html']);
  });

  test('leave Astro’s copies alone when no build has noted when it ended (copies Astro wrote itself, before they were links)', async () => {
    linkCopies(pages);
    changeInPlace('reports/b/2023/index.html', Date.now());
    expect(await pagesToKeep(out)).toBeUndefined();
    expect(copies()).toEqual([...pages].sort());
  });

  test('are not pruned when the manifest after the build is unreadable: the build fails instead', async () => {
    const staging = join(dir, 'staging');
    await keepPages({ outDir: out, pages, builtAt: Date.now() }, staging);
    rmSync(join(dir, 'cache', 'incremental-build.json'));
    await expect(dropStalePages(staging, pages)).rejects.toThrow(/manifest .* is missing or unreadable/u);
  });
});

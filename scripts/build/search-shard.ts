/**
 * One search shard: its key in the build cache, and its index, made with pagefind's command line,
 * which does the same work as its Node API for about 8.5 ms of CPU a report page against 11–13 ms
 * (1,000 pages, as zh-cn): the API passes every page and every index file through one pipe. The
 * shard's reports are written as their search documents (src/search/document.ts) at their pages'
 * paths below a folder of their own, which pagefind indexes (./search-index.ts).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { constants, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { access, mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { setPriority } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { constants as zlib, gunzipSync } from 'node:zlib';
import { cacheDir } from '../../src/config/deploy.mjs';
import { readFragment, urlAtStart } from '../../src/search/fragment-file';
import type { Shard } from '../../src/search/shards';
import { addPageWords, type ShardWords } from '../../src/search/words';
import { cacheEntry, running } from '../../src/site/build-cache';
import { loadedCode } from './loaded-code';
import { patchPagefind } from './pagefind-patches';

const root = resolve(import.meta.dirname, '../..');

/**
 * Pagefind's ready-made UIs and its web worker are not shipped: the site has its own search page,
 * which runs pagefind on the page's thread (src/search/client/pagefind.ts).
 */
const UNSHIPPED = /^pagefind-(ui|modular-ui|component-ui|highlight|worker)\./u;
/** Pagefind's script, which every shard shares. */
const RUNTIME_FILE = 'pagefind.js';
/**
 * Pagefind's binary for this platform, found as the package's own command finds it (its module is
 * beside the package's main one). Started directly, not through that command: one Node.js process
 * less a shard, and the process that does the work is the one whose priority is set.
 */
let pagefindBinary: Promise<string> | undefined;
const binary = () =>
  (pagefindBinary ??= import(new URL('resolveBinary.js', import.meta.resolve('pagefind')).href).then((m: { resolveBinaryPath: (names: string[]) => string }) =>
    m.resolveBinaryPath(['pagefind_extended', 'pagefind']),
  ));

/** Pagefind processes running niced, beside Astro's rendering. */
const niced = new Set<number>();
let besideAstro = false;

/**
 * While Astro renders, shards are indexed niced: they take only the CPU Astro leaves. Once it has
 * finished, the index is what the build waits for: new shards run at normal priority and the
 * running ones are raised again where the system allows it (root may; others keep them niced).
 */
export function indexBesideAstro(beside: boolean): void {
  besideAstro = beside;
  if (beside) return;
  for (const pid of niced) {
    // A priority is a thread's: Pagefind's worker threads are listed in /proc on Linux.
    let threads = [pid];
    try {
      threads = readdirSync(`/proc/${pid}/task`).map(Number);
    } catch {}
    for (const thread of threads) {
      try {
        setPriority(thread, 0);
      } catch {}
    }
  }
  niced.clear();
}

/**
 * Writes each report's search document to `<into>/<file>`: the paths, hence the URLs, of the built site. In order, as pagefind numbers pages in the order it finds them, which is the
 * order of creation on a memory file system: the same pages must give the same index files. And
 * synchronously: small files in memory take microseconds each, while a thousand awaited writes
 * wait on whatever else the build is doing (1,000 pages: 0.87 s, then 0.62 s with the folders
 * made synchronously, and this).
 */
export function writeShardPages(documents: ReadonlyMap<string, string>, into: string): void {
  for (const [file, document] of documents) {
    mkdirSync(dirname(join(into, file)), { recursive: true });
    writeFileSync(join(into, file), document);
  }
}

/**
 * A folder for the pages pagefind reads, removed once it has: in memory where the system has a
 * memory file system (a 1,000-page shard's thousand folders took 1.8 s to write on disk), else
 * beside the shard.
 */
async function scratchFolder(onDisk: string): Promise<string> {
  const memory = '/dev/shm';
  try {
    await access(memory, constants.W_OK);
    scratchSwept ??= sweepScratch(memory);
    await scratchSwept;
    return await mkdtemp(join(memory, `${SCRATCH}${process.pid}-`));
  } catch {
    return onDisk;
  }
}

const SCRATCH = 'nianbao-pages-';
let scratchSwept: Promise<void> | undefined;

/** Removes the scratch folders of builds that were stopped before removing them: they would hold memory until the machine restarts. */
async function sweepScratch(memory: string): Promise<void> {
  for (const name of await readdir(memory)) {
    const maker = name.startsWith(SCRATCH) ? Number(name.slice(SCRATCH.length).split('-')[0]) : NaN;
    if (Number.isInteger(maker) && maker !== process.pid && !running(maker)) await rm(join(memory, name), { recursive: true, force: true });
  }
}

async function runPagefind(pages: string, output: string): Promise<void> {
  // One index for every page, whatever it declares. Its text is encodeText's Latin tokens, which
  // need no word segmentation or stemming: as "und" (undetermined) pagefind does neither, and takes
  // a third less CPU than as zh-cn (1,000 pages: 5.9 against 8.5 CPU-seconds). The browser opens
  // the only index there is whatever the page's language.
  const args = ['--site', pages, '--output-path', output, '--force-language', 'und', '--silent'];
  const command = await binary();
  return new Promise((ok, fail) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'inherit'] });
    const pid = child.pid;
    if (besideAstro && pid !== undefined) {
      // A process already gone reports its exit below.
      try {
        setPriority(pid, 10);
        niced.add(pid);
      } catch {}
    }
    child.on('error', fail);
    child.on('exit', (code) => {
      if (pid !== undefined) niced.delete(pid);
      if (code === 0) ok();
      else fail(new Error(`pagefind exited with ${code}`));
    });
  });
}

let warned = false;

async function patchScript(script: string): Promise<void> {
  const { script: patched, left } = patchPagefind(await readFile(script, 'utf8'));
  await writeFile(script, patched);
  if (left.length > 0 && !warned) console.warn(`search index: pagefind's ${basename(script)} is not as pagefind 1.6.0 wrote it; left out: ${left.join('; ')} (scripts/build/pagefind-patches.ts)`);
  warned ||= left.length > 0;
}

/**
 * Indexes the pages written by `writeShardPages` to `pages` into `<into>/shard/`, and pagefind's
 * script into `<into>/runtime/` when `runtime` is set, changed to open shards sooner
 * (./pagefind-patches.ts); then removes the pages.
 */
export async function indexShardPages(pages: string, into: string, runtime: boolean): Promise<void> {
  const shard = join(into, 'shard');
  try {
    await runPagefind(pages, shard);
  } finally {
    await rm(pages, { recursive: true, force: true });
  }
  for (const file of await readdir(shard)) {
    if (file === RUNTIME_FILE && runtime) {
      await patchScript(join(shard, file));
      await mkdir(join(into, 'runtime'), { recursive: true });
      await rename(join(shard, file), join(into, 'runtime', file));
    } else if (file === RUNTIME_FILE || UNSHIPPED.test(file)) {
      await rm(join(shard, file));
    }
  }
}

/** Where built shards are kept between builds, one folder per `shardKey`. */
export const shardCache = () => resolve(root, cacheDir(), 'nianbao-search');

/**
 * The digest of the code a shard's index depends on, beside the pages' articles, as this process
 * loaded it: the search modules the build shares, not the browser's own (src/search/client/),
 * whose changes would otherwise make every shard again.
 */
export const SEARCH_CODE = ['src/search/*.ts', 'scripts/build/search-*.ts', 'scripts/build/pagefind-*.ts'];
export const searchCode = loadedCode(SEARCH_CODE);

/**
 * A shard's cache key: the code, the shard and, in the shard's order, each page's file and its
 * report's content digest (its document is made from its content alone): a rebuild after one edit
 * re-indexes the edited report's shard only.
 */
export function shardKey(code: string, shard: Shard, runtime: boolean, digest: (file: string) => string): string {
  const hash = createHash('sha256').update(`${code}\n${shard.name}\n${runtime}\n`);
  for (const file of shard.files) hash.update(`${file}\n${digest(file)}\n`);
  return hash.digest('base64url');
}

/**
 * The cache folder of a shard's index (`shard/`, and `runtime/` for the first shard) and its words,
 * made when the cache lacks it from each report's search document, by page file, in the shard's order.
 */
export function cachedShard(cache: string, key: string, documents: () => ReadonlyMap<string, string>, runtime: boolean): Promise<string> {
  return cacheEntry(cache, key, async (fresh) => {
    let texts: ReadonlyMap<string, string> | undefined = documents();
    const pages = await writtenPages(texts, join(fresh, 'pages'));
    // The words are taken while Pagefind reads the pages, and the texts let go: the build's heap then
    // holds no shard's texts (1,000 pages: 20 MB) through Pagefind's seconds of work, during which
    // its garbage collector would mark them again and again.
    const indexing = indexShardPages(pages, fresh, runtime);
    const words: ShardWords = new Map();
    for (const [file, text] of texts) addPageWords(text, file, words);
    const files = [...texts.keys()];
    texts = undefined;
    await indexing;
    const fragments = await pageFragments(join(fresh, 'shard'));
    // A first field, and a tab and the page's fragment when it is known.
    const line = (first: string, page: string | null) => {
      const fragment = page === null ? undefined : fragments.get(pageUrl(page));
      return fragment ? `${first}\t${fragment}` : first;
    };
    await writeFile(join(fresh, WORDS_FILE), Array.from(words, ([word, { page, only }]) => line(word, only ? page : null)).join('\n'));
    await writeFile(join(fresh, PAGES_FILE), files.map((file) => line(file, file)).join('\n'));
    // The first shard's: the words several of its pages hold, each with the first of those (src/search/words.ts).
    if (runtime) await writeFile(join(fresh, SAMPLES_FILE), Array.from(words, ([word, { page, only }]) => (only ? '' : line(word, page))).filter(Boolean).join('\n'));
  });
}

/** The folder `texts` are written to for Pagefind: a scratch folder, or `onDisk`. */
async function writtenPages(texts: ReadonlyMap<string, string>, onDisk: string): Promise<string> {
  const pages = await scratchFolder(onDisk);
  try {
    writeShardPages(texts, pages);
    return pages;
  } catch (e) {
    await rm(pages, { recursive: true, force: true });
    if (pages === onDisk) throw e;
  }
  // A memory file system can be small (64 MB in a container by default): the disk, then.
  try {
    writeShardPages(texts, onDisk);
    return onDisk;
  } catch (again) {
    await rm(onDisk, { recursive: true, force: true });
    throw again;
  }
}

/** The URL Pagefind gives a page written at `file` (`reports/a/2024/index.html` → `/reports/a/2024/`). */
const pageUrl = (file: string): string => `/${file.replace(/index\.html$/u, '')}`;

const FRAGMENT_EXTENSION = '.pf_fragment';

/**
 * The URL of the page of a fragment file. The first few hundred packed bytes hold it (unpacked with
 * a sync flush, a cut stream is no error): a tenth of the time of unpacking the page's whole text.
 */
function fragmentUrl(file: string): string {
  const packed = readFileSync(file);
  return urlAtStart(gunzipSync(packed.subarray(0, 512), { finishFlush: zlib.Z_SYNC_FLUSH }).toString('utf8')) ?? readFragment(gunzipSync(packed)).url;
}

/** Each page's fragment in a shard's index (`und_1a2b3c4`, of `fragment/und_1a2b3c4.pf_fragment`), by the page's URL. */
async function pageFragments(shard: string): Promise<Map<string, string>> {
  const names = (await readdir(join(shard, 'fragment'))).filter((f) => f.endsWith(FRAGMENT_EXTENSION));
  return new Map(names.map((name) => [fragmentUrl(join(shard, 'fragment', name)), basename(name, FRAGMENT_EXTENSION)]));
}

/**
 * The words of a shard's documents (src/search/words.ts), one a line, each followed by a tab and the
 * fragment of the one page holding it when one does, in its cache folder beside `shard/`.
 */
export const WORDS_FILE = 'words.txt';
/** A shard's pages, one a line: the page's file, and a tab and its fragment, in its cache folder beside `shard/`. */
export const PAGES_FILE = 'pages.txt';
/** The first shard's words that several of its pages hold, one a line, each with a tab and the first of those pages' fragment. */
export const SAMPLES_FILE = 'samples.txt';

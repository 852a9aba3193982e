/**
 * Indexes one search shard with pagefind's command line, which does the same work as its Node API
 * for about 8.5 ms of CPU a report page against 11–13 ms (1,000 pages): the API passes every page
 * and every index file through one pipe. The shard's pages are written, as the index reads them
 * (`searchableHtml`), below a folder of their own, which pagefind indexes.
 */
import { spawn } from 'node:child_process';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { searchableHtml } from '../../src/search/index-html';

/** Pagefind's ready-made UIs: the site has its own search page, so they are not shipped. */
const UI_FILES = /^pagefind-(ui|modular-ui|component-ui|highlight)\./u;
/** Pagefind's script, which every shard shares. Its web worker stays in every shard: the browser starts it from whichever shard it opens first. */
const RUNTIME_FILE = 'pagefind.js';
/** The package's command (its `bin`, which finds the binary for this platform), beside its main module. */
const PAGEFIND_BIN = fileURLToPath(new URL('runner/bin.cjs', import.meta.resolve('pagefind')));

/** Writes each page's article, as the index reads it, to `<into>/<file>`: the paths, hence the URLs, of the built site. */
export async function writeShardPages(articles: ReadonlyMap<string, string>, into: string): Promise<void> {
  for (const [file, article] of articles) {
    const target = join(into, file);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, searchableHtml(article));
  }
}

function runPagefind(pages: string, output: string): Promise<void> {
  // Report pages are zh-CN; forcing it keeps every page in one index, whatever a page declares.
  const args = [PAGEFIND_BIN, '--site', pages, '--output-path', output, '--force-language', 'zh-cn', '--silent'];
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? ok() : fail(new Error(`pagefind exited with ${code}`))));
  });
}

/**
 * Indexes the pages written by `writeShardPages` to `pages` into `<into>/shard/`, and pagefind's
 * script into `<into>/runtime/` when `runtime` is set; then removes the pages.
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
      await mkdir(join(into, 'runtime'), { recursive: true });
      await rename(join(shard, file), join(into, 'runtime', file));
    } else if (file === RUNTIME_FILE || UI_FILES.test(file)) {
      await rm(join(shard, file));
    }
  }
}

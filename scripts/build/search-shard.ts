/**
 * Indexes one search shard in its own process (and so its own pagefind binary), so that shards
 * build in parallel and each one's memory is freed when it ends. Reads `{ site, files, output }`
 * as JSON on stdin; prints `{ pages }` on stdout. The files are taken from pagefind and written
 * here, so that every one is on disk before the process ends (pagefind's writeFiles could answer
 * before its last file was written, and closing the service then cut it short).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { text } from 'node:stream/consumers';
import * as pagefind from 'pagefind';
import { searchableHtml } from '../../src/search/index-html';

interface ShardJob {
  site: string;
  files: string[];
  output: string;
  /**
   * Where to write pagefind's script, which every shard shares (given to one shard only). Its web
   * worker stays in every shard: the browser starts it from whichever shard it opens first.
   */
  runtime?: string;
}

/** Pagefind's ready-made UIs: the site has its own search page, so they are not shipped. */
const UI_FILES = /^pagefind-(ui|modular-ui|component-ui|highlight)\./u;
const RUNTIME_FILES = /^pagefind\.js$/u;

const fail = (what: string, errors: string[]) => {
  throw new Error(`pagefind ${what}: ${errors.join('; ')}`);
};

const job = JSON.parse(await text(process.stdin)) as ShardJob;
// Report pages are zh-CN; forcing it keeps every page in one index, whatever a page declares.
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
if (!index) fail('createIndex', errors);
const pageHtml = async (file: string) => searchableHtml(await readFile(join(job.site, file), 'utf8'));
// Pages go to pagefind one at a time and in order, which keeps its index the same run to run; the
// next page is read and prepared while pagefind indexes the one before.
let next = job.files.length ? pageHtml(job.files[0]!) : undefined;
for (const [i, file] of job.files.entries()) {
  const content = await next!;
  next = i + 1 < job.files.length ? pageHtml(job.files[i + 1]!) : undefined;
  const added = await index!.addHTMLFile({ url: `/${file.replace(/index\.html$/u, '')}`, content });
  if (added.errors.length) fail(`indexing ${file}`, added.errors);
}
const { files, errors: fileErrors } = await index!.getFiles();
if (fileErrors.length) fail('getFiles', fileErrors);
for (const file of files) {
  const folder = RUNTIME_FILES.test(file.path) ? job.runtime : job.output;
  if (UI_FILES.test(file.path) || !folder) continue;
  const target = join(folder, file.path);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, file.content);
}
await pagefind.close();
process.stdout.write(JSON.stringify({ pages: job.files.length }));

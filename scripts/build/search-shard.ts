/**
 * Indexes one search shard in its own process (and so its own pagefind binary), so that shards
 * build in parallel and each one's memory is freed when it ends. Reads `{ site, files, output }`
 * as JSON on stdin; prints `{ pages }` on stdout.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import * as pagefind from 'pagefind';
import { searchableHtml } from '../../src/search/index-html';

interface ShardJob {
  site: string;
  files: string[];
  output: string;
}

const fail = (what: string, errors: string[]) => {
  throw new Error(`pagefind ${what}: ${errors.join('; ')}`);
};

const job = JSON.parse(await text(process.stdin)) as ShardJob;
// Report pages are zh-CN; forcing it keeps every page in one index, whatever a page declares.
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
if (!index) fail('createIndex', errors);
for (const file of job.files) {
  const added = await index!.addHTMLFile({ url: `/${file.replace(/index\.html$/u, '')}`, content: searchableHtml(await readFile(join(job.site, file), 'utf8')) });
  if (added.errors.length) fail(`indexing ${file}`, added.errors);
}
const written = await index!.writeFiles({ outputPath: job.output });
if (written.errors.length) fail('writeFiles', written.errors);
await pagefind.close();
process.stdout.write(JSON.stringify({ pages: job.files.length }));

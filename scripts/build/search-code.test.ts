import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { expect, test, vi } from 'vitest';
import { articleDigest, pageArticle } from '../../src/search/index-html';
import { tempDir } from '../../src/test-support/temp-dir';
import { buildSearchIndex } from './search-index';
import { SearchPrefetch } from './search-prefetch';
import { shardKey } from './search-shard';

// The search code's digest, as its files are at the moment it is taken: edited while the build runs.
const code = vi.hoisted(() => ({ edited: false }));
vi.mock('../../src/site/fingerprint', () => ({ codeFingerprint: () => Promise.resolve(code.edited ? 'code after the edit' : 'code the build loaded') }));

const file = 'reports/a/2023/index.html';
const page = '<!doctype html><html lang="zh-CN"><body><article data-pagefind-body><h1>凌河街道2023年政府信息公开工作年度报告</h1></article></body></html>';

test('the search step keys its shards by the code the build loaded, not by the code as edited while the build ran', { timeout: 60_000 }, async () => {
  const [site, cache] = [tempDir('nianbao-site-'), tempDir('nianbao-search-')];
  await mkdir(dirname(join(site, file)), { recursive: true });
  await writeFile(join(site, file), page);
  const prefetch = new SearchPrefetch({ cache });
  code.edited = true;
  const shard = { name: '2023', files: [file] };
  const { keys } = await buildSearchIndex(site, { cache, plan: () => [shard], ready: prefetch.finished() });
  // Stored under the edited code's key, a shard the old code made would be the next build's, which runs the edited code.
  expect(keys).toEqual([shardKey('code the build loaded', shard, true, () => articleDigest(pageArticle(page)))]);
});

import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { tempDir } from '../../src/test-support/temp-dir';
import { shortenOpenWait } from './pagefind-wait';
import { buildSearchIndex } from './search-index';

const file = 'reports/a/2023/index.html';
/** Pagefind 1.6.0's wait, as its scripts spell it. */
const WAIT = 'while(this.raw_ptr===null){if(this.initError){throw this.initError;}await asyncSleep(50);}';
const page = '<!doctype html><html lang="zh-CN"><body><article data-pagefind-body><h1>凌河街道2023年政府信息公开工作年度报告</h1></article></body></html>';

describe('pagefind’s wait for an index to open', () => {
  test('is every 5 ms, not 50, in the script the built index ships, which has no web worker', { timeout: 60_000 }, async () => {
    const [site, cache] = [tempDir('nianbao-site-'), tempDir('nianbao-search-')];
    await mkdir(dirname(join(site, file)), { recursive: true });
    await writeFile(join(site, file), page);
    await buildSearchIndex(site, { cache, plan: () => [{ name: '2023', files: [file] }] });
    const code = readFileSync(join(site, 'pagefind/pagefind.js'), 'utf8');
    // Compared as booleans: a failure would otherwise print the whole script.
    expect({ shorter: code.includes(WAIT.replace('(50)', '(5)')), known: code.includes(WAIT) }).toEqual({ shorter: true, known: false });
    expect(existsSync(join(site, 'pagefind/2023/pagefind-worker.js'))).toBe(false);
  });

  test('leaves a script alone unless it holds the known wait exactly once', () => {
    expect(shortenOpenWait(`a${WAIT}b`)).toBe(`a${WAIT.replace('(50)', '(5)')}b`);
    expect(shortenOpenWait('while(this.raw_ptr===null){await asyncSleep(50);}')).toBeUndefined();
    expect(shortenOpenWait(WAIT + WAIT)).toBeUndefined();
  });
});

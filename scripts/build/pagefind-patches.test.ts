import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { searchableHtml } from '../../src/search/index-html';
import { tempDir } from '../../src/test-support/temp-dir';
import { patchPagefind, PATCHES } from './pagefind-patches';
import { buildSearchIndex } from './search-index';

const file = 'reports/a/2023/index.html';
/** Pagefind 1.6.0's texts, as its script spells them. */
const WAIT = 'while(this.raw_ptr===null){if(this.initError){throw this.initError;}await asyncSleep(50);}';
const LOAD = 'async loadWasm(language){try{const wasm_url=`${this.basePath}wasm.${language}.pagefind`;';
const FETCH = 'async performFetch(queued){try{const response=await fetch(queued.input);';
const SEGMENTED = 'if(trueLanguage&&typeof Intl.Segmenter!=="undefined"){';
const document = () => searchableHtml('<h1>凌河街道2023年政府信息公开工作年度报告</h1>');

describe('pagefind’s script as the built index ships it', () => {
  test('waits 5 ms, not 50, for a shard to open, loads the WebAssembly once for every shard, has the browser unpack gzip, takes the files the page unpacked early, cuts an ASCII term without a segmenter, and has no web worker', { timeout: 60_000 }, async () => {
    const [site, cache] = [tempDir('nianbao-site-'), tempDir('nianbao-search-')];
    await mkdir(dirname(join(site, file)), { recursive: true });
    await writeFile(join(site, file), '<!doctype html>');
    await buildSearchIndex(site, [{ file, year: 2023, agency: '凌河街道办事处', digest: 'content', document }], { cache, plan: () => [{ name: '2023', files: [file] }] });
    const code = readFileSync(join(site, 'pagefind/pagefind.js'), 'utf8');
    // Compared as booleans: a failure would otherwise print the whole script.
    expect({
      shorter: code.includes(WAIT.replace('(50)', '(5)')),
      known: code.includes(WAIT),
      wasmOnce: code.includes('async loadWasm(language){try{if(this.backend.nianbaoLoaded){') && code.includes('this.wasm=this.backend.nianbaoLoaded=await'),
      inflated: code.includes('pipeThrough(new DecompressionStream("gzip"))') && !code.includes('queued.resolve(response);'),
      unpackedEarly: code.includes('const early=globalThis.nianbaoUnpacked?.get(queued.input);'),
      asciiUnsegmented: code.includes('if(trueLanguage&&typeof Intl.Segmenter!=="undefined"&&/[^\\x00-\\x7f]/u.test(term)){'),
    }).toEqual({ shorter: true, known: false, wasmOnce: true, inflated: true, unpackedEarly: true, asciiUnsegmented: true });
    expect(existsSync(join(site, 'pagefind/2023/pagefind-worker.js'))).toBe(false);
  });

  test('keeps pagefind’s own text where a change’s text is not there exactly once, and names that change', () => {
    const loaded = 'this.wasm=await this.backend({module_or_path:final_wasm});';
    const both = `a${WAIT}b${LOAD}c${loaded}d${FETCH}queued.resolve(response);e${SEGMENTED}`;
    expect(patchPagefind(both).left).toEqual([]);
    expect(patchPagefind(both).script).not.toContain(WAIT);
    expect(patchPagefind(WAIT + WAIT)).toEqual({ script: WAIT + WAIT, left: PATCHES.map((p) => p.name) });
    // One text of the WebAssembly change missing: neither of its texts is changed (nor is the segmenter's, whose text is not there).
    const noLoad = `${WAIT}${LOAD}${FETCH}queued.resolve(response);`;
    expect(patchPagefind(noLoad)).toEqual({ script: `${WAIT.replace('(50)', '(5)')}${LOAD}${patchPagefind(`${FETCH}queued.resolve(response);`).script}`, left: [PATCHES[1]!.name, PATCHES.at(-1)!.name] });
  });
});

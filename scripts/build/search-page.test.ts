import { describe, expect, test } from 'vitest';
import { preloadNewestShard, preloadPageScripts } from './search-page';

const list = (base: string) => `<link rel="preload" href="${base}pagefind/shards.json" as="fetch" crossorigin="anonymous">`;
const page = (base: string) => `<html><head><link rel="modulepreload" href="${base}pagefind/pagefind.js">${list(base)}<link rel="stylesheet" href="${base}_astro/a.css"></head><body></body></html>`;
const entry = JSON.stringify({ version: '1.6.0', languages: { und: { hash: 'und_e045df57588', wasm: null, page_count: 29 } } });
const preload = { shard: '2024-1/', tag: '8u-BTlFBknZmnZ9I', entry };
const links = (html: string) => html.match(/<link rel="preload" href="[^"]*"/gu)?.map((l) => l.slice('<link rel="preload" href="'.length, -1));

describe('the search page’s preloads of the newest shard', () => {
  test('are its entry (with its tag), metadata and WebAssembly, after the shard list, under the site’s base path', () => {
    expect(links(preloadNewestShard(page('/gov/nianbao/'), 'pagefind', preload)!)).toEqual([
      '/gov/nianbao/pagefind/shards.json',
      '/gov/nianbao/pagefind/2024-1/pagefind-entry.json?ts=8u-BTlFBknZmnZ9I',
      '/gov/nianbao/pagefind/2024-1/pagefind.und_e045df57588.pf_meta',
      '/gov/nianbao/pagefind/2024-1/wasm.unknown.pagefind',
    ]);
  });

  test('replace those of an earlier build', () => {
    const earlier = preloadNewestShard(page('/'), 'pagefind', preload)!;
    const later = preloadNewestShard(earlier, 'pagefind', { shard: '2025-1/', tag: 'new', entry: entry.replace('und_e045df57588', 'und_0123456789a') })!;
    expect(links(later)).toEqual(['/pagefind/shards.json', '/pagefind/2025-1/pagefind-entry.json?ts=new', '/pagefind/2025-1/pagefind.und_0123456789a.pf_meta', '/pagefind/2025-1/wasm.unknown.pagefind']);
    expect(preloadNewestShard(earlier, 'pagefind', preload)).toBe(earlier);
  });

  test('are only the entry when it has several languages, of which the page’s language picks one', () => {
    const two = JSON.stringify({ languages: { en: { hash: 'en_1', wasm: 'en' }, zh: { hash: 'zh_2', wasm: 'zh' } } });
    expect(links(preloadNewestShard(page('/'), 'pagefind', { ...preload, entry: two })!)).toEqual(['/pagefind/shards.json', '/pagefind/2024-1/pagefind-entry.json?ts=8u-BTlFBknZmnZ9I']);
  });

  test('go after the site’s own shard list, leaving the lists of the other sites it searches alone', () => {
    const federated = page('/fed/').replace('</head>', `${list('/anhui/')}${list('/')}</head>`);
    expect(links(preloadNewestShard(federated, 'pagefind', preload)!)).toEqual([
      '/fed/pagefind/shards.json',
      '/fed/pagefind/2024-1/pagefind-entry.json?ts=8u-BTlFBknZmnZ9I',
      '/fed/pagefind/2024-1/pagefind.und_e045df57588.pf_meta',
      '/fed/pagefind/2024-1/wasm.unknown.pagefind',
      '/anhui/pagefind/shards.json',
      '/pagefind/shards.json',
    ]);
  });

  test('are not added to a page that does not preload the shard list', () => {
    expect(preloadNewestShard('<html><head></head></html>', 'pagefind', preload)).toBeUndefined();
    expect(preloadNewestShard(page('/'), 'pagefind-single', preload)).toBeUndefined();
  });
});

describe('the search page’s preloads of its own scripts', () => {
  const script = (src: string) => `<script type="module" src="${src}"></script>`;
  const modules = (html: string) => html.match(/<link rel="modulepreload" href="[^"]*"/gu)?.map((l) => l.slice('<link rel="modulepreload" href="'.length, -1));

  test('come first among the module preloads, once each', () => {
    const html = page('/gov/').replace('</body>', `${script('/gov/_astro/search.a1.js')}${script('/gov/_astro/other.b2.js')}${script('/gov/_astro/search.a1.js')}</body>`);
    const preloaded = preloadPageScripts(html);
    expect(modules(preloaded)).toEqual(['/gov/_astro/search.a1.js', '/gov/_astro/other.b2.js', '/gov/pagefind/pagefind.js']);
    expect(preloadPageScripts(preloaded)).toBe(preloaded);
  });

  test('go at the end of the head of a page without other module preloads, and none for a page without scripts', () => {
    const bare = '<html><head><title>t</title></head><body></body></html>';
    expect(preloadPageScripts(bare.replace('</body>', `${script('/a.js')}</body>`))).toBe(`<html><head><title>t</title><link rel="modulepreload" href="/a.js"></head><body>${script('/a.js')}</body></html>`);
    expect(preloadPageScripts(bare)).toBe(bare);
  });
});

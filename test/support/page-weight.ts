import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { TestSite } from './sites';

/** A file of the built site, from a URL path as a page links it (base path included); folders answer with index.html. */
function fileOf(site: TestSite, url: string): string {
  const path = new URL(url, 'http://x/').pathname.slice(site.base.length);
  return join(site.outDir, path === '' || path.endsWith('/') ? `${path}index.html` : path);
}

const attrs = (html: string, tag: RegExp) => [...html.matchAll(tag)].map((m) => m[1]!);

/** Stylesheets a page links. */
export const stylesheetsOf = (html: string) => attrs(html, /<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"/gu);

/** Scripts a page loads: external and module-preloaded files. Inline scripts are counted apart. */
export const scriptsOf = (html: string) => [
  ...attrs(html, /<script\b[^>]*\bsrc="([^"]+)"/gu),
  ...attrs(html, /<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/gu),
];

/** Inline <script> bodies (JSON-LD and other data blocks excluded: the browser does not run them). */
export const inlineScriptsOf = (html: string) =>
  [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gu)]
    .filter(([, a]) => !/\bsrc=/u.test(a!) && !/type="application\/(?:ld\+)?json"/u.test(a!))
    .map((m) => m[2]!);

/** Whether a page draws a chart (charts are <canvas> elements enhanced by chart.js). */
export const hasChart = (html: string) => /<canvas\b|data-chart\b/u.test(html);

export interface PageWeight {
  /** The HTML plus every stylesheet it links, uncompressed. */
  htmlCssBytes: number;
  /** Every script the page runs, with the modules they import, each once, gzip-compressed. */
  jsGzipBytes: number;
}

/** What a person's browser downloads for one page of a built site. */
/** `except`: script files (by name) left out of the JavaScript count. */
export function pageWeight(site: TestSite, pageUrl: string, except: readonly string[] = []): PageWeight {
  const html = readFileSync(fileOf(site, pageUrl), 'utf8');
  const css = stylesheetsOf(html).reduce((sum, href) => sum + readFileSync(fileOf(site, new URL(href, `http://x${pageUrl}`).pathname)).length, 0);
  const seen = new Set<string>();
  const queue = scriptsOf(html)
    .map((src) => new URL(src, `http://x${pageUrl}`).pathname)
    .filter((path) => !except.some((name) => path.endsWith(`/${name}`)));
  let js = inlineScriptsOf(html).reduce((sum, s) => sum + gzipSync(s).length, 0);
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const code = readFileSync(fileOf(site, path));
    js += gzipSync(code).length;
    // Static and dynamic imports of the bundle: the chart code a page pulls in counts too.
    for (const m of code.toString('utf8').matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+\.m?js)["']/gu)) {
      queue.push(new URL(m[1]!, `http://x${path}`).pathname);
    }
  }
  return { htmlCssBytes: Buffer.byteLength(html) + css, jsGzipBytes: js };
}

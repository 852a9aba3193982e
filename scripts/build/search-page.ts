import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeWhole } from '../../src/site/build-cache';

/** What the search page fetches of the newest shard before its first search: pagefind's entry, metadata and WebAssembly. */
export interface ShardPreload {
  /** The shard's folder below the index folder, ending in `/`, e.g. `2024-1/`. */
  shard: string;
  /** The shard's tag (`ShardManifest.tags`), with which the page asks for the entry. */
  tag: string;
  /** The shard's `pagefind-entry.json`. */
  entry: string;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** The entry, with the tag, and pagefind's metadata and WebAssembly for its only language (none when it has several: the page's language picks one). */
function shardFiles({ tag, entry }: ShardPreload): string[] {
  const languages = Object.values((JSON.parse(entry) as { languages?: Record<string, { hash: string; wasm?: string | null }> }).languages ?? {});
  const files = [`pagefind-entry.json?ts=${encodeURIComponent(tag)}`];
  if (languages.length === 1) files.push(`pagefind.${languages[0]!.hash}.pf_meta`, `wasm.${languages[0]!.wasm ?? 'unknown'}.pagefind`);
  return files;
}

/**
 * The search page with the newest shard's first files preloaded, beside the shard list the page
 * already preloads (src/pages/search/index.astro): the browser fetches them while it parses and
 * lays out the page, instead of one after another once the page's script has run. The files are
 * known only once the index is built, after Astro wrote the page; links added by an earlier build
 * are replaced. Undefined when the page has no preload of `<dir>/shards.json`.
 */
export function preloadNewestShard(html: string, dir: string, preload: ShardPreload): string | undefined {
  const listLink = new RegExp(`<link rel="preload" href="([^"]*)${escapeRegExp(`${dir}/shards.json`)}" as="fetch" crossorigin="anonymous">`, 'u');
  const prefix = listLink.exec(html)?.[1];
  if (prefix === undefined) return undefined;
  const root = `${prefix}${dir}/`;
  const earlier = new RegExp(`<link rel="preload" href="${escapeRegExp(root)}(?!shards\\.json")[^"]*" as="fetch" crossorigin="anonymous">`, 'gu');
  const links = shardFiles(preload)
    .map((file) => `<link rel="preload" href="${root}${preload.shard}${file}" as="fetch" crossorigin="anonymous">`)
    .join('');
  return html.replace(earlier, '').replace(listLink, (list) => list + links);
}

const MODULE_SCRIPT = /<script type="module" src="([^"]+)"><\/script>/gu;

/**
 * The page with its module scripts, which Astro writes at the end of the body, preloaded from the
 * head, before Pagefind's script: the browser otherwise asked for the search page's script only once
 * the blocking script at the start of the body (public/preferences.js) had run, behind the index
 * files the head preloads (Chromium on loopback, 10,000 reports, 10 alternating pairs: a common word's
 * first hit 341 → 315 ms, an agency's 308 → 280 ms). A script preloaded already is left alone.
 */
export function preloadPageScripts(html: string): string {
  const links = [...new Set(Array.from(html.matchAll(MODULE_SCRIPT), (m) => m[1]!))]
    .map((src) => `<link rel="modulepreload" href="${src}">`)
    .filter((link) => !html.includes(link))
    .join('');
  if (!links) return html;
  const at = html.indexOf('<link rel="modulepreload"');
  return at >= 0 ? html.slice(0, at) + links + html.slice(at) : html.replace('</head>', `${links}</head>`);
}

/**
 * Adds the newest shard's preloads and those of the page's scripts to the built search page, written
 * anew rather than in place: the page may be a link to Astro's copy of it (src/site/output-copies.ts).
 */
export async function preloadOnSearchPage(site: string, dir: string, preload: ShardPreload): Promise<void> {
  const file = join(site, 'search', 'index.html');
  if (!existsSync(file)) return;
  const html = await readFile(file, 'utf8');
  const shard = preloadNewestShard(html, dir, preload);
  if (shard === undefined) console.warn(`search index: ${file} has no preload of ${dir}/shards.json; the newest shard is not preloaded (src/pages/search/index.astro)`);
  const updated = preloadPageScripts(shard ?? html);
  if (updated !== html) await writeWhole(file, updated);
}

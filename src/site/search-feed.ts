/**
 * The search feed: under `npm run build` (src/site/build-channel.ts) each report page is passed
 * to the build as soon as it is rendered (scripts/build/search-prefetch.ts), so that the search
 * index is made on the core Astro's single-threaded rendering leaves idle rather than after it.
 * Report pages are rendered shard by shard for this. The build's search step still checks every
 * shard against the written pages.
 */

import type { CatalogEntry } from '../report/catalog';
import { articleDigest, articleText, pageArticleBytes } from '../search/index-html';
import { planShards, reportFile, type Shard } from '../search/shards';
import { buildChannel, sendToBuild } from './build-channel';
import { getCatalog } from './catalog';

const pageFile = (entry: CatalogEntry) => `${entry.path}index.html`;

let shards: Promise<Shard[]> | undefined;

/** The search shards of this build's report pages: those the search step plans from the written site. */
export function searchShards(): Promise<Shard[]> {
  shards ??= getCatalog().then((catalog) => planShards(catalog.entries.map((e) => ({ file: pageFile(e), year: e.report.year }))));
  return shards;
}

/** Report entries in the order of the search shards, so that each shard is rendered whole before the next begins. */
export async function inShardOrder(entries: readonly CatalogEntry[]): Promise<CatalogEntry[]> {
  const order = new Map((await searchShards()).flatMap((s) => s.files).map((file, i) => [file, i]));
  return [...entries].sort((a, b) => order.get(pageFile(a))! - order.get(pageFile(b))!);
}

let planSent: Promise<void> | undefined;

/** Passes a rendered report page's article to the build (the plan first); any other page is let through untouched. */
export async function feedPage(pathname: string, response: Response): Promise<Response> {
  if (!buildChannel || response.status !== 200) return response;
  const file = reportFile(pathname);
  if (!file) return response;
  // Without the plan the build makes no shard early; the page is still written.
  planSent ??= searchShards()
    .then((shards) => sendToBuild({ kind: 'plan', shards }))
    .catch(() => undefined);
  await planSent;
  // As bytes: the page goes back to Astro without being decoded and encoded again, the digest is
  // of the bytes as written, and only the article is decoded.
  const html = Buffer.from(await response.arrayBuffer());
  let article: Buffer | undefined;
  try {
    article = pageArticleBytes(html);
  } catch {
    // A page without an article is left to the search step, which names it.
  }
  // A page the build does not receive is indexed by its search step.
  if (article !== undefined) sendToBuild({ kind: 'page', file, digest: articleDigest(article), text: articleText(article.toString('utf8')) }).catch(() => undefined);
  return new Response(html, response);
}

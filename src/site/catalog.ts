import { getCollection } from 'astro:content';
import type { Catalog } from '../report/catalog';
import { cachedCatalog } from './report-cache';

let catalog: Promise<Catalog> | undefined;

/** The catalog of every report, queried and checked once per build and shared by all pages. */
export function getCatalog(): Promise<Catalog> {
  // Each entry holds where the loader stored its validated report and rendered body (src/site/report-prepare.ts).
  catalog ??= getCollection('reports').then((entries) => cachedCatalog(entries.map((e) => ({ id: e.id, file: e.filePath, record: e.data, digest: String(e.digest) }))));
  return catalog;
}

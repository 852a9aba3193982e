import { getCollection } from 'astro:content';
import { buildCatalog, type Catalog } from '../report/catalog';

let catalog: Promise<Catalog> | undefined;

/** The catalog of every report, queried and checked once per build and shared by all pages. */
export function getCatalog(): Promise<Catalog> {
  catalog ??= getCollection('reports').then((entries) =>
    buildCatalog(entries.map((e) => ({ id: e.id, report: e.data, body: e.body }))),
  );
  return catalog;
}

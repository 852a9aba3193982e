import { getCollection } from 'astro:content';
import { buildCatalog, type Catalog } from '../report/catalog';
import { readNarrative, readReport } from './report-cache';

let catalog: Promise<Catalog> | undefined;

/** The catalog of every report, queried and checked once per build and shared by all pages. */
export function getCatalog(): Promise<Catalog> {
  catalog ??= getCollection('reports').then((entries) =>
    buildCatalog(
      entries.map((e) => ({
        id: e.id,
        // Validated, and its body rendered, by the loader (src/site/report-prepare.ts) before it was stored.
        report: readReport(e.data.file),
        narrative: () => readNarrative(e.data.file),
        digest: String(e.digest),
      })),
    ),
  );
  return catalog;
}

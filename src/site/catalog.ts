import { getCollection } from 'astro:content';
import { buildCatalog, type Catalog } from '../report/catalog';
import type { Report } from '../report/schema';
import { readNarrative } from './narrative-cache';

let catalog: Promise<Catalog> | undefined;

/** The catalog of every report, queried and checked once per build and shared by all pages. */
export function getCatalog(): Promise<Catalog> {
  catalog ??= getCollection('reports').then((entries) =>
    buildCatalog(
      entries.map((e) => ({
        id: e.id,
        // Validated by the loader (src/site/report-prepare.ts) before it was stored.
        report: JSON.parse(e.data.json) as Report,
        // Written by src/site/report-loader.ts, which renders every body once when it loads the file.
        narrative: () => readNarrative(e.rendered?.metadata?.narrativeFile as string),
        digest: String(e.digest),
      })),
    ),
  );
  return catalog;
}

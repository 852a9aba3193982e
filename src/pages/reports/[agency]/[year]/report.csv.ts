import type { APIRoute, GetStaticPaths } from 'astro';
import type { CatalogEntry } from '../../../../report/catalog';
import { reportsCsv } from '../../../../report/export/open-data';
import { getCatalog } from '../../../../site/catalog';
import { csvResponse, toOpenData } from '../../../../site/open-data';

export const getStaticPaths = (async () =>
  (await getCatalog()).entries.map((entry) => ({
    params: { agency: entry.agencySlug, year: String(entry.report.year) },
    props: { entry },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CatalogEntry }> = ({ props }) => csvResponse(reportsCsv([toOpenData(props.entry)]));

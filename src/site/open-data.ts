import type { CatalogEntry } from '../report/catalog';
import { datasetJson, openDataReport, type OpenDataReport } from '../report/export/open-data';
import { withBase } from './paths';

/** The open-data object of a catalog entry, with its page URL as the site links to it (base path included). */
export const toOpenData = (entry: CatalogEntry): OpenDataReport => openDataReport(entry, withBase(entry.path));

const JSON_HEADERS = { 'Content-Type': 'application/json; charset=utf-8' };

/** JSON for people to read as well, indented. */
export const jsonResponse = (data: unknown) => new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: JSON_HEADERS });

/** The whole dataset's JSON (`datasetJson`). */
export const datasetJsonResponse = (reports: readonly OpenDataReport[]) => new Response(datasetJson(reports), { headers: JSON_HEADERS });


export const csvResponse = (csv: string) => new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });

export const xlsxResponse = (xlsx: Buffer) =>
  new Response(new Uint8Array(xlsx), { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });

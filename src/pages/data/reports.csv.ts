import type { APIRoute } from 'astro';
import { reportsCsv } from '../../report/export/open-data';
import { getCatalog } from '../../site/catalog';
import { csvResponse, toOpenData } from '../../site/open-data';

export const GET: APIRoute = async () => csvResponse(reportsCsv((await getCatalog()).entries.map(toOpenData)));

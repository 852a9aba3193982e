import type { APIRoute } from 'astro';
import { reportsXlsx } from '../../report/export/xlsx';
import { getCatalog } from '../../site/catalog';
import { toOpenData, xlsxResponse } from '../../site/open-data';

export const GET: APIRoute = async () => xlsxResponse(await reportsXlsx((await getCatalog()).entries.map(toOpenData)));

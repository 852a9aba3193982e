import type { APIRoute } from 'astro';
import { reportsXlsx } from '../../../report/export/xlsx';
import { toOpenData, xlsxResponse } from '../../../site/open-data';
import { entriesOfYear, yearPaths } from '../../../site/year-data';

export const getStaticPaths = yearPaths;
export const GET: APIRoute = async ({ params }) => xlsxResponse(await reportsXlsx((await entriesOfYear(params.year)).map(toOpenData)));

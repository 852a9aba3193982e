import type { APIRoute } from 'astro';
import { reportsCsv } from '../../../report/export/open-data';
import { csvResponse, toOpenData } from '../../../site/open-data';
import { entriesOfYear, yearPaths } from '../../../site/year-data';

export const getStaticPaths = yearPaths;
export const GET: APIRoute = async ({ params }) => csvResponse(reportsCsv((await entriesOfYear(params.year)).map(toOpenData)));

import type { APIRoute } from 'astro';
import { indicatorsCsv } from '../../stats/indicators-csv';
import { csvResponse } from '../../site/open-data';
import { getStats } from '../../site/stats';

export const GET: APIRoute = async () => csvResponse(indicatorsCsv((await getStats()).reports));

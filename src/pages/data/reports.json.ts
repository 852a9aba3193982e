import type { APIRoute } from 'astro';
import { getCatalog } from '../../site/catalog';
import { datasetJsonResponse, toOpenData } from '../../site/open-data';

export const GET: APIRoute = async () => datasetJsonResponse((await getCatalog()).entries.map(toOpenData));

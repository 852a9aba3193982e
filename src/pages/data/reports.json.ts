import type { APIRoute } from 'astro';
import { getCatalog } from '../../site/catalog';
import { jsonResponse, toOpenData } from '../../site/open-data';

export const GET: APIRoute = async () => jsonResponse((await getCatalog()).entries.map(toOpenData));

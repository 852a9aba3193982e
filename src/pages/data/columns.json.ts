import type { APIRoute } from 'astro';
import { COLUMN_DICTIONARY } from '../../report/export/dictionary';
import { jsonResponse } from '../../site/open-data';

export const GET: APIRoute = () => jsonResponse(COLUMN_DICTIONARY);

import type { APIRoute } from 'astro';
import { dictionaryCsv } from '../../report/export/dictionary';
import { csvResponse } from '../../site/open-data';

export const GET: APIRoute = () => csvResponse(dictionaryCsv());

import type { APIRoute } from 'astro';
import { jsonResponse, toOpenData } from '../../../site/open-data';
import { entriesOfYear, yearPaths } from '../../../site/year-data';

export const getStaticPaths = yearPaths;
export const GET: APIRoute = async ({ params }) => jsonResponse((await entriesOfYear(params.year)).map(toOpenData));

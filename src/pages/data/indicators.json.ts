import type { APIRoute } from 'astro';
import { indicatorIndex } from '../../stats/index-file';
import { withBase } from '../../site/paths';
import { getStats } from '../../site/stats';

/** Compact on purpose (no indentation): the compare page downloads it. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(indicatorIndex(await getStats(), withBase)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });

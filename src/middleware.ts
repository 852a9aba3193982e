import { defineMiddleware } from 'astro:middleware';
import { feedPage } from './site/search-feed';

/** Only `npm run build` has a use for middleware: it feeds rendered report pages to the search index (any other response passes untouched). */
export const onRequest = defineMiddleware(async ({ url }, next) => feedPage(url.pathname, await next()));

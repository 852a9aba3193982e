import { defineMiddleware } from 'astro:middleware';
import { releaseKeptPage } from './site/kept-pages';
import { feedPage } from './site/search-feed';

/**
 * Only `npm run build` has a use for middleware: a page rendered anew replaces the one kept from the
 * last build, and rendered report pages feed the search index (any other response passes untouched).
 */
export const onRequest = defineMiddleware(async ({ url }, next) => {
  await releaseKeptPage(url.pathname);
  return feedPage(url.pathname, await next());
});

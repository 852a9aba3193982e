import { defineMiddleware } from 'astro:middleware';
import { releaseKeptPage } from './site/kept-pages';

/**
 * Only `npm run build` has a use for middleware: a page rendered anew replaces the one kept from the
 * last build.
 */
export const onRequest = defineMiddleware(async ({ url }, next) => {
  await releaseKeptPage(url.pathname);
  return next();
});

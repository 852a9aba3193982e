import { defineMiddleware } from 'astro:middleware';
import { buildChannel } from './site/build-channel';
import { feedPage } from './site/search-feed';

/** Only `npm run build` has a use for middleware: it feeds rendered report pages to the search index. */
export const onRequest = defineMiddleware(async ({ url }, next) => {
  const response = await next();
  return buildChannel ? feedPage(url.pathname, response) : response;
});

import type { APIRoute } from 'astro';
import { withBase } from '../site/paths';
import { sitemapIndexXml, sitemapPartPath, urlsetXml } from '../site/sitemap';
import { sitemapPageParts } from '../site/sitemap-pages';

const xmlResponse = (xml: string) => new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });

/** Every HTML page as absolute URLs under SITE_URL and BASE_PATH; past 50,000 pages, an index of the parts in sitemaps/. */
export const GET: APIRoute = async ({ site }) => {
  const origin = site ?? new URL('http://localhost/');
  const absolute = (path: string) => new URL(withBase(path), origin).href;
  const parts = await sitemapPageParts();
  if (parts.length === 1) return xmlResponse(urlsetXml(parts[0]!.map(absolute)));
  return xmlResponse(sitemapIndexXml(parts.map((_, i) => absolute(sitemapPartPath(i + 1)))));
};

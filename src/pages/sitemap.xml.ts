import type { APIRoute } from 'astro';
import { getCatalog } from '../site/catalog';
import { withBase } from '../site/paths';

/** Every HTML page, as absolute URLs under SITE_URL and BASE_PATH. */
export const GET: APIRoute = async ({ site }) => {
  const { entries } = await getCatalog();
  const paths = ['/', '/data/', ...entries.map((e) => e.path)];
  const origin = site ?? new URL('http://localhost/');
  const urls = paths.map((p) => `  <url><loc>${new URL(withBase(p), origin).href}</loc></url>`);
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};

import type { APIRoute } from 'astro';
import { withBase } from '../../site/paths';
import { urlsetXml } from '../../site/sitemap';
import { sitemapPageParts } from '../../site/sitemap-pages';

/** The parts of a sitemap too large for one file (sitemap.xml is then their index); none for a smaller site. */
export async function getStaticPaths() {
  const parts = await sitemapPageParts();
  return parts.length === 1 ? [] : parts.map((paths, i) => ({ params: { part: String(i + 1) }, props: { paths } }));
}

export const GET: APIRoute<{ paths: string[] }> = ({ site, props }) => {
  const origin = site ?? new URL('http://localhost/');
  return new Response(urlsetXml(props.paths.map((p) => new URL(withBase(p), origin).href)), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};

/** The sitemap protocol's limit: one sitemap file lists at most 50,000 URLs. */
export const SITEMAP_LIMIT = 50_000;

const escape = (url: string) => url.replace(/&/gu, '&amp;').replace(/</gu, '&lt;');
const xml = (root: string, item: string, urls: readonly string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<${root} xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.map((u) => `  <${item}><loc>${escape(u)}</loc></${item}>`).join('\n')}\n</${root}>\n`;

export const urlsetXml = (urls: readonly string[]) => xml('urlset', 'url', urls);
export const sitemapIndexXml = (sitemaps: readonly string[]) => xml('sitemapindex', 'sitemap', sitemaps);

/** The site's page paths in parts of at most `limit`: one part is sitemap.xml itself, more go below sitemaps/ with sitemap.xml as their index. */
export function sitemapParts<T>(paths: readonly T[], limit = SITEMAP_LIMIT): T[][] {
  const parts: T[][] = [];
  for (let i = 0; i < paths.length; i += limit) parts.push(paths.slice(i, i + limit));
  return parts.length ? parts : [[]];
}

/** Where part `n` (from 1) lives when there are several. */
export const sitemapPartPath = (n: number) => `/sitemaps/${n}.xml`;

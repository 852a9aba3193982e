import { describe, expect, test } from 'vitest';
import { sitemapIndexXml, sitemapParts, urlsetXml } from './sitemap';

describe('the sitemap', () => {
  test('keeps every part within the limit, in order, losing no path', () => {
    const paths = Array.from({ length: 23 }, (_, i) => `/p${i}/`);
    const parts = sitemapParts(paths, 10);
    expect(parts.map((p) => p.length)).toEqual([10, 10, 3]);
    expect(parts.flat()).toEqual(paths);
    expect(sitemapParts(paths.slice(0, 10), 10)).toHaveLength(1);
  });

  test('writes a urlset, or an index of sitemaps, with escaped URLs', () => {
    expect(urlsetXml(['https://x.gov.cn/a/?q=1&b=2'])).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n  <url><loc>https://x.gov.cn/a/?q=1&amp;b=2</loc></url>\n</urlset>\n',
    );
    expect(sitemapIndexXml(['https://x.gov.cn/sitemaps/1.xml'])).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n  <sitemap><loc>https://x.gov.cn/sitemaps/1.xml</loc></sitemap>');
  });
});

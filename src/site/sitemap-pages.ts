import { regionPath, walkRegions } from '../stats/regions';
import { agencyPath, yearPath } from './browse-links';
import { getCatalog } from './catalog';
import { sitemapParts } from './sitemap';
import { getStats } from './stats';

const FIXED = ['/', '/regions/', '/years/', '/agencies/', '/compare/', '/quality/', '/data/', '/about-data/', '/search/'];

/** Every HTML page of the site (the 404 page aside), split into sitemap parts. */
export async function sitemapPageParts(): Promise<string[][]> {
  const { entries } = await getCatalog();
  const stats = await getStats();
  return sitemapParts([
    ...FIXED,
    ...stats.years.map(yearPath),
    ...[...walkRegions(stats.regions)].map((n) => regionPath(n.slugs)),
    ...stats.agencies.map((a) => agencyPath(a.slug)),
    ...entries.map((e) => e.path),
  ]);
}

import type { APIRoute } from 'astro';
import { siteConfig } from '../config/site';
import { atomFeed } from '../feed/atom';
import { reportFeedEntries } from '../feed/report-feed';
import { getCatalog } from '../site/catalog';
import { withBase } from '../site/paths';

/** Atom feed of the newest reports (`FEED_ENTRIES`), newest publication first, with absolute URLs under SITE_URL and BASE_PATH. */
export const GET: APIRoute = async ({ site }) => {
  const { entries } = await getCatalog();
  const origin = site ?? new URL('http://localhost/');
  const absolute = (path: string) => new URL(withBase(path), origin).href;
  const xml = atomFeed({
    title: siteConfig.name,
    subtitle: siteConfig.description,
    selfUrl: absolute('/feed.xml'),
    siteUrl: absolute('/'),
    author: siteConfig.organisation,
    entries: reportFeedEntries(entries, absolute),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};

import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { glob, globSync } from 'tinyglobby';
import type { TestSite } from './sites';

/** Every HTML file of a built site, sorted. */
export const htmlFiles = (site: TestSite): Promise<string[]> =>
  glob('**/*.html', { cwd: site.outDir, absolute: true }).then((files) => files.sort());

/** The URL path a built file answers at: `reports/x/2023/index.html` → `/xxgk/ndbg/reports/x/2023/`. */
export function urlPathOf(site: TestSite, file: string): string {
  const rel = relative(site.outDir, file).split(sep).join('/');
  return `${site.base}${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The built file that answers a same-origin URL path, as a static server would, or undefined (a 404). */
export function fileFor(site: TestSite, pathname: string): string | undefined {
  const path = decodeURIComponent(pathname);
  if (!path.startsWith(site.base)) return undefined;
  const candidate = join(site.outDir, path.slice(site.base.length));
  if (!candidate.startsWith(site.outDir)) return undefined;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  return path.endsWith('/') && existsSync(index) ? index : undefined;
}

/** Values of every href and src attribute (Astro writes attributes double-quoted). */
export const linksIn = (html: string): string[] =>
  [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));

/** The ids of a page, the targets of its #fragment links. */
export const idsIn = (html: string): Set<string> => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));

/** The absolute URLs listed in the site's sitemap.xml. */
export const sitemapUrls = (site: TestSite): string[] =>
  [...(existsSync(join(site.outDir, 'sitemap.xml')) ? readFileSync(join(site.outDir, 'sitemap.xml'), 'utf8') : '').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);

export interface BrokenLink {
  from: string;
  href: string;
  why: string;
}

/**
 * Follows every internal link (href, src) of every built HTML page, plus the sitemap and the feed,
 * to a file of the build; a #fragment must name an id of its target page. Links to other origins
 * (the original report, the registries in the footer) are not the site's to check.
 */
export function checkLinks(site: TestSite, siteUrl: string): { checked: number; broken: BrokenLink[] } {
  const broken: BrokenLink[] = [];
  let checked = 0;
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => ids.get(file) ?? ids.set(file, idsIn(readFileSync(file, 'utf8'))).get(file)!;
  const check = (from: string, href: string, base: URL) => {
    const url = new URL(href, base);
    if (url.origin !== base.origin) return;
    checked++;
    const file = fileFor(site, url.pathname);
    if (!file) broken.push({ from, href, why: 'no such file in the build' });
    else if (url.hash && file.endsWith('.html') && !idsOf(file).has(decodeURIComponent(url.hash.slice(1)))) {
      broken.push({ from, href, why: `no id “${url.hash.slice(1)}” on the page` });
    }
  };
  // Pages resolve against SITE_URL, so their canonical links are checked too; so are the absolute
  // URLs of the sitemap, the feed and robots.txt.
  const origin = new URL(siteUrl);
  for (const file of globSync('**/*.html', { cwd: site.outDir, absolute: true }).sort()) {
    const from = urlPathOf(site, file);
    for (const href of linksIn(readFileSync(file, 'utf8'))) {
      if (/^(mailto|tel):/.test(href)) continue;
      check(from, href, new URL(from, origin));
    }
  }
  for (const loc of sitemapUrls(site)) check('sitemap.xml', loc, origin);
  const text = (name: string) => (existsSync(join(site.outDir, name)) ? readFileSync(join(site.outDir, name), 'utf8') : '');
  for (const m of text('feed.xml').matchAll(/href="([^"]+)"/g)) check('feed.xml', m[1]!.replaceAll('&amp;', '&'), origin);
  for (const m of text('robots.txt').matchAll(/^Sitemap: (\S+)$/gm)) check('robots.txt', m[1]!, origin);
  return { checked, broken };
}

/**
 * Every HTML page of a built site that a visitor or a search engine can reach: the home page and the
 * sitemap, then every internal link followed, page by page. New page kinds are found without listing them.
 */
export function sitePages(site: TestSite, siteUrl: string): string[] {
  const origin = new URL(siteUrl);
  const start = [site.base, ...sitemapUrls(site).map((u) => new URL(u).pathname)];
  const seen = new Set<string>();
  const queue = [...start];
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    const file = fileFor(site, path);
    if (!file?.endsWith('.html')) continue;
    seen.add(path);
    for (const href of linksIn(readFileSync(file, 'utf8'))) {
      const url = new URL(href, new URL(path, origin));
      if (url.origin === origin.origin && !seen.has(url.pathname)) queue.push(url.pathname);
    }
  }
  return [...seen].sort();
}

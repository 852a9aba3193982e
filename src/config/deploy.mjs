// Where the built site lives: SITE_URL (origin) and BASE_PATH (sub-path) move it with no code edits.
export function deployment(env = process.env) {
  const site = env.SITE_URL || 'http://localhost:4321';
  return { site, base: basePath(env.BASE_PATH || '/') };
}

/** A base path as the site uses it: one slash at each end, `/` for none. */
const basePath = (raw) => `/${raw.trim().replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

/**
 * Other sites on this origin that the search page searches too (SEARCH_SITES: their base paths,
 * comma-separated, e.g. `/anhui/,/beijing/`): a portal built one site per province searches as one.
 * Same origin only: the page fetches their indexes under its Content-Security-Policy ('self').
 */
export function searchSites(env = process.env) {
  const own = deployment(env).base;
  const sites = (env.SEARCH_SITES || '').split(',').map((s) => s.trim()).filter(Boolean);
  const foreign = sites.find((s) => !s.startsWith('/') || s.startsWith('//'));
  if (foreign !== undefined) throw new Error(`SEARCH_SITES: “${foreign}” is not a base path on this site's origin (such as /anhui/); other origins' indexes cannot be searched from this site.`);
  return [...new Set(sites.map(basePath))].filter((base) => base !== own);
}

/** Folder of report files: content/reports, or REPORTS_DIR (tests and benchmarks build other report sets). */
export const reportsDir = (env = process.env) => env.REPORTS_DIR || 'content/reports';

/** Astro's cache (content store, incremental pages): ASTRO_CACHE_DIR lets a benchmark build beside the real cache. */
export const cacheDir = (env = process.env) => env.ASTRO_CACHE_DIR || './node_modules/.astro';

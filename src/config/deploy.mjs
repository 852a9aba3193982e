// Where the built site lives: SITE_URL (origin) and BASE_PATH (sub-path) move it with no code edits.
export function deployment(env = process.env) {
  const site = env.SITE_URL || 'http://localhost:4321';
  const raw = (env.BASE_PATH || '/').trim();
  const base = `/${raw.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  return { site, base };
}

/** Folder of report files: content/reports, or REPORTS_DIR (tests and benchmarks build other report sets). */
export const reportsDir = (env = process.env) => env.REPORTS_DIR || 'content/reports';

/** Astro's cache (content store, incremental pages): ASTRO_CACHE_DIR lets a benchmark build beside the real cache. */
export const cacheDir = (env = process.env) => env.ASTRO_CACHE_DIR || './node_modules/.astro';

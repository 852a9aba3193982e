import { createHash } from 'node:crypto';
import { join } from 'node:path';

/** A page in Astro's incremental-build manifest: the cacheKey it was rendered with and its output file. */
export interface ManifestPage {
  cacheKey: string | undefined;
  /** Relative to the output folder, URL-encoded. */
  outputFile: string;
}

/** The manifest's pages by route component (`src/pages/…`), then by pathname. */
export type IncrementalManifest = Map<string, Map<string, ManifestPage>>;

/** Astro writes its record of the pages a rebuild may skip here (node_modules/astro/dist/core/build/incremental.js). */
export const MANIFEST_FILE = 'incremental-build.json';

/**
 * Astro keeps a copy of each page it renders, from which it restores a skipped page the output
 * lacks, in a tree like the output's below `dist/` (`INCREMENTAL_OUTPUT_DIR` there). Under
 * `npm run build` the copies are links in this one folder instead (src/site/output-copies.ts): a
 * tree needs a folder per page, and on this build machine's file system making 14,000 folders cost
 * as much system time as writing as many pages.
 */
export const ASTRO_COPIES_DIR = 'dist';
const COPIES_DIR = 'nianbao-page-copies';

/** The copy of the page at `file` (relative to the output folder, not URL-encoded) in the cache folder `cacheDir`. */
export const pageCopy = (cacheDir: string, file: string): string =>
  join(cacheDir, COPIES_DIR, `${createHash('sha256').update(file).digest('base64url').slice(0, 32)}.html`);

/** Reads Astro's incremental-build manifest; undefined when it is missing or of a form this code does not know. */
export function parseIncrementalManifest(text: string | undefined): IncrementalManifest | undefined {
  if (text === undefined) return undefined;
  try {
    const manifest = JSON.parse(text) as { version?: unknown; routes?: Record<string, { paths?: Record<string, { cacheKey?: unknown; outputFile?: unknown }> }> };
    if (manifest.version !== 1 || typeof manifest.routes !== 'object' || manifest.routes === null) return undefined;
    const routes: IncrementalManifest = new Map();
    for (const [component, route] of Object.entries(manifest.routes)) {
      const pages = new Map<string, ManifestPage>();
      for (const [pathname, page] of Object.entries(route.paths ?? {})) {
        if (typeof page.outputFile !== 'string') return undefined;
        pages.set(pathname, { cacheKey: typeof page.cacheKey === 'string' ? page.cacheKey : undefined, outputFile: page.outputFile });
      }
      routes.set(component, pages);
    }
    return routes;
  } catch {
    return undefined;
  }
}

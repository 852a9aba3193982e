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

/** And its copies of the pages it rendered, from which it restores a skipped page the output lacks, below this folder (`INCREMENTAL_OUTPUT_DIR` there). */
export const COPIES_DIR = 'dist';

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

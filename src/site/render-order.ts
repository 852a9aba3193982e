import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { reportFile } from '../search/shards';
import { buildChannel, sendToBuild } from './build-channel';
import { MANIFEST_FILE, parseIncrementalManifest, type IncrementalManifest } from './incremental-manifest';

/** The route of the report pages, the only ones the search index reads. */
export const REPORT_ROUTE = '/reports/[agency]/[year]';

interface RenderPath {
  pathname: string;
  cacheKey?: string | undefined;
  route: { route: string; component: string };
}

/**
 * The paths to render, report pages first and, among them, those the last build (`last`, Astro's
 * manifest) rendered with another cacheKey or not at all: the pages Astro will render again
 * (`rendering`). Each group keeps the order Astro gave.
 */
export function reportPathsFirst<T extends RenderPath>(paths: readonly T[], last?: IncrementalManifest): { paths: T[]; rendering: T[] } {
  const isReport = (p: T) => p.route.route === REPORT_ROUTE;
  const changed = (p: T) => p.cacheKey === undefined || last?.get(p.route.component)?.get(p.pathname)?.cacheKey !== p.cacheKey;
  const reports = paths.filter(isReport);
  const rendering = reports.filter(changed);
  return { paths: [...rendering, ...reports.filter((p) => !changed(p)), ...paths.filter((p) => !isReport(p))], rendering };
}

/**
 * Astro renders routes in its route manifest's order, which puts the report pages after the ~4,000
 * agency and region pages. Rendered first, they reach the search step (scripts/build/search-prefetch.ts)
 * while Astro is still rendering the others, so the search index is made beside Astro rather than
 * after it; and in a rebuild the edited reports come first of all, so their shards are begun at once
 * rather than after Astro has checked the thousands of reports before them.
 */
export function reportsFirst(): AstroIntegration {
  let manifest = '';
  return {
    name: 'nianbao-reports-first',
    hooks: {
      'astro:config:done': ({ config }) => {
        manifest = fileURLToPath(new URL(MANIFEST_FILE, config.cacheDir));
      },
      'astro:build:start': ({ setPrerenderer }) =>
        setPrerenderer((prerenderer) => {
          const getStaticPaths = prerenderer.getStaticPaths.bind(prerenderer);
          prerenderer.getStaticPaths = async () => {
            const { paths, rendering } = reportPathsFirst(await getStaticPaths(), parseIncrementalManifest(readText(manifest)));
            // The search step then knows when every report page it is to get has come.
            if (buildChannel) await sendToBuild({ kind: 'rendering', files: rendering.map((p) => reportFile(p.pathname)).filter((f) => f !== undefined) });
            return paths;
          };
          return prerenderer;
        }),
    },
  };
}

const readText = (file: string): string | undefined => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};

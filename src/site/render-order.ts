import type { AstroIntegration } from 'astro';

/** The route of the report pages, the only ones the search index reads. */
export const REPORT_ROUTE = '/reports/[agency]/[year]';

/** The paths to render with the report pages first, each group in the order Astro gave. */
export function reportPathsFirst<T extends { route: { route: string } }>(paths: readonly T[]): T[] {
  const isReport = (p: T) => p.route.route === REPORT_ROUTE;
  return [...paths.filter(isReport), ...paths.filter((p) => !isReport(p))];
}

/**
 * Astro renders routes in its route manifest's order, which puts the report pages after the ~4,000
 * agency and region pages. Rendered first, they reach the search step (scripts/build/search-prefetch.ts)
 * while Astro is still rendering the others, so the search index is made beside Astro rather than after it.
 */
export function reportsFirst(): AstroIntegration {
  return {
    name: 'nianbao-reports-first',
    hooks: {
      'astro:build:start': ({ setPrerenderer }) =>
        setPrerenderer((prerenderer) => {
          const getStaticPaths = prerenderer.getStaticPaths.bind(prerenderer);
          prerenderer.getStaticPaths = async () => reportPathsFirst(await getStaticPaths());
          return prerenderer;
        }),
    },
  };
}

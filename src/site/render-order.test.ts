import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIncrementalManifest } from './incremental-manifest';
import { reportFile } from '../search/shards';
import { REPORT_ROUTE, reportPathsFirst } from './render-order';

const REPORTS = 'src/pages/reports/[agency]/[year]/index.astro';
const path = (pathname: string, route: string, cacheKey?: string) => ({ pathname, cacheKey, route: { route, component: route === REPORT_ROUTE ? REPORTS : `src/pages${route}.astro` } });
const paths = [
  path('/agencies/a/', '/agencies/[agency]', 'k1'),
  path('/reports/a/2024/', REPORT_ROUTE, 'k2'),
  path('/regions/b/', '/regions/[...region]', 'k3'),
  path('/reports/b/2024/', REPORT_ROUTE, 'k4'),
  path('/reports/a/2023/', REPORT_ROUTE, 'k5'),
  path('/', '/'),
];

describe('reportPathsFirst', () => {
  it('puts the report pages first and keeps the order within each group', () => {
    expect(reportPathsFirst(paths).paths.map((p) => p.pathname)).toEqual(['/reports/a/2024/', '/reports/b/2024/', '/reports/a/2023/', '/agencies/a/', '/regions/b/', '/']);
  });

  it('puts first the report pages whose cacheKey changed since the last build', () => {
    const manifest = {
      version: 1,
      routes: {
        [REPORTS]: {
          paths: {
            '/reports/a/2024/': { cacheKey: 'k2', outputFile: 'reports/a/2024/index.html' },
            '/reports/b/2024/': { cacheKey: 'old', outputFile: 'reports/b/2024/index.html' },
            '/reports/a/2023/': { cacheKey: 'k5', outputFile: 'reports/a/2023/index.html' },
          },
        },
      },
    };
    const { paths: order, rendering } = reportPathsFirst(paths, parseIncrementalManifest(JSON.stringify(manifest)));
    expect(order.slice(0, 3).map((p) => p.pathname)).toEqual(['/reports/b/2024/', '/reports/a/2024/', '/reports/a/2023/']);
    expect(rendering.map((p) => reportFile(p.pathname))).toEqual(['reports/b/2024/index.html']);
  });

  it('names the route that src/pages has for report pages', () => {
    expect(existsSync(`src/pages${REPORT_ROUTE}/index.astro`)).toBe(true);
    expect(existsSync(REPORTS)).toBe(true);
  });
});

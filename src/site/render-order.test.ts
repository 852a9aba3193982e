import { describe, expect, it } from 'vitest';
import { REPORT_ROUTE, reportPathsFirst } from './render-order';

const path = (pathname: string, route: string) => ({ pathname, route: { route } });

describe('reportPathsFirst', () => {
  it('puts the report pages first and keeps the order within each group', () => {
    const paths = [
      path('/agencies/a/', '/agencies/[agency]'),
      path('/reports/a/2024/', REPORT_ROUTE),
      path('/regions/b/', '/regions/[...region]'),
      path('/reports/b/2024/', REPORT_ROUTE),
      path('/reports/a/2023/', REPORT_ROUTE),
      path('/', '/'),
    ];
    expect(reportPathsFirst(paths).map((p) => p.pathname)).toEqual(['/reports/a/2024/', '/reports/b/2024/', '/reports/a/2023/', '/agencies/a/', '/regions/b/', '/']);
  });

  it('names the route that src/pages has for report pages', async () => {
    const { existsSync } = await import('node:fs');
    expect(existsSync(`src/pages${REPORT_ROUTE}/index.astro`)).toBe(true);
  });
});

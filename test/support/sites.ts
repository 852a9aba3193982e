import { resolve } from 'node:path';
import { repoRoot, testSitesDir } from './paths';

export interface TestSite {
  name: string;
  /** Report folder the site is built from. */
  reportsDir: string;
  /** BASE_PATH the site is built for ('/' for none). */
  base: string;
  outDir: string;
  /** More of the build's environment. */
  env?: Record<string, string>;
}

const site = (name: string, reportsDir: string, base: string, env?: Record<string, string>): TestSite => ({
  name,
  reportsDir: resolve(repoRoot, reportsDir),
  base,
  outDir: resolve(testSitesDir, name),
  ...(env ? { env } : {}),
});

/** The bundled reports, at the root of the origin. */
export const bundledSite = site('bundled', 'content/reports', '/');
/** Test fixtures (a broken 勾稽关系, a 2019-layout later year, nulls) under a government-style sub-path. */
export const fixtureSite = site('fixture', 'test/fixtures/reports', '/xxgk/ndbg/');

/** 60 generated reports (4 provinces, 2020–2022, both templates, some broken rules) for the browse pages; written under .cache/, never content/. */
export const generatedSite = site('generated', '.cache/generated-reports', '/gk/');

export const TEST_SITES = [bundledSite, fixtureSite, generatedSite];

/** The fixtures again, as one province of a portal built per province: its search covers the bundled site at / too (SEARCH_SITES). */
export const federatedSite = site('federated', 'test/fixtures/reports', '/fed/', { SEARCH_SITES: '/' });

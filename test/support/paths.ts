import { resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../..');
/** ../shared beside the repo: the seeds, their expected values and real fixtures. */
export const sharedDir = resolve(repoRoot, '../shared');
export const seedsDir = resolve(sharedDir, 'seeds');
export const expectedDir = resolve(seedsDir, 'expected');
export const realFixturesDir = resolve(sharedDir, 'fixtures/real');
/** Where test builds go (ignored by git). */
export const testSitesDir = resolve(repoRoot, '.cache/test-sites');

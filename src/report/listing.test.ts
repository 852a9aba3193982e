import { describe, expect, test } from 'vitest';
import { generateReports } from '../../scripts/synthetic/generate';
import { catalogOf } from '../test-support/catalog';
import { parseReport } from '../test-support/seeds';
import { newestReports } from './listing';
import { publicationDate } from './dates';

describe('newestReports', () => {
  const entries = catalogOf(generateReports({ reports: 60, seed: 3 }).map((g) => parseReport(g.report)));

  test('gives the most recently published reports, newest first, at most the count asked for', () => {
    const newest = newestReports(entries, 7);
    expect(newest).toHaveLength(7);
    const dates = newest.map((e) => publicationDate(e.report));
    expect(dates).toEqual([...dates].sort().reverse());
    const oldestShown = dates.at(-1)!;
    // No report left out is newer than the oldest one shown.
    expect(entries.filter((e) => !newest.includes(e)).every((e) => publicationDate(e.report) <= oldestShown)).toBe(true);
  });

  test('lists every report of a small site', () => {
    expect(newestReports(entries.slice(0, 5))).toHaveLength(5);
  });
});

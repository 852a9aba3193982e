import { describe, expect, test } from 'vitest';
import { generateReports } from '../../scripts/synthetic/generate';
import { buildCatalog, type CatalogItem } from './catalog';
import { reportSchema } from './schema';

const narrative = () => ({ intro: '', parts: {}, rest: [] });
/** One agency's five years (2020–2024), each with a digest as the loader gives it. */
const agencyYears = (): CatalogItem[] =>
  generateReports({ reports: 5, seed: 11 }).map((g, i) => ({ id: g.path, report: reportSchema.parse(g.report), narrative, digest: `d${i}` }));

const keysByYear = (items: CatalogItem[]) => new Map(buildCatalog(items).entries.map((e) => [e.report.year, e.cacheKey]));

describe('the cache key of a report page', () => {
  test('stays the same when nothing the page shows changed', () => {
    expect(keysByYear(agencyYears())).toEqual(keysByYear(agencyYears()));
  });

  test('changes for the edited report and for the next year, whose cross-year check reads it', () => {
    const before = keysByYear(agencyYears());
    const items = agencyYears();
    items.find((i) => i.report.year === 2022)!.digest = 'edited';
    const after = keysByYear(items);
    expect([2020, 2021, 2022, 2023, 2024].filter((y) => before.get(y) !== after.get(y))).toEqual([2022, 2023]);
  });

  test('changes for every year of the agency when a year is added, since each page lists the years', () => {
    const four = agencyYears().filter((i) => i.report.year !== 2024);
    const before = keysByYear(four);
    const after = keysByYear(agencyYears());
    for (const year of [2020, 2021, 2022, 2023]) expect(after.get(year)).not.toBe(before.get(year));
  });
});

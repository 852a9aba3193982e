import { describe, expect, test } from 'vitest';
import { generateReports } from '../../scripts/synthetic/generate';
import { seedReport } from '../test-support/seeds';
import { buildCatalog, type CatalogItem } from './catalog';
import { CatalogError } from './errors';
import { reportSchema, type Report } from './schema';

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

describe('buildCatalog', () => {
  const item = (id: string, report: Report): CatalogItem => ({ id, report, narrative, digest: id });
  const year = (y: number, cf = [0, 0, 0, 0, 0, 0, 0]) => {
    const r = seedReport();
    r.year = y;
    r.applications.carried_forward = cf;
    r.applications.received = r.applications.received.map((v, i) => (v ?? 0) + cf[i]!);
    return r;
  };

  test('orders an agency’s years newest first and checks each against the year before (rule 5)', () => {
    const catalog = buildCatalog([
      item('a-2022', year(2022, [1, 0, 0, 0, 0, 0, 1])),
      item('a-2023', year(2023)),
    ]);
    const list = catalog.byAgency.get('anqiushi-linghejiedao-banshichu')!;
    expect(list.map((e) => e.report.year)).toEqual([2023, 2022]);
    expect(list[0]!.path).toBe('reports/anqiushi-linghejiedao-banshichu/2023/');
    expect(list[0]!.findings.map((f) => `${f.rule}:${f.column}`)).toEqual(['5:0', '5:6']);
    expect(list[1]!.findings).toEqual([]);
  });

  test('dates the site by its newest report, a printed date or else the 31 January deadline', () => {
    const dated = year(2022);
    dated.published = '2023-03-01';
    const earlier = year(2021);
    earlier.published = '2022-01-20';
    expect(buildCatalog([item('a-2022', dated), item('a-2021', earlier)]).latestPublished).toBe('2023-03-01');
    const undated = year(2023);
    undated.published = undefined;
    expect(buildCatalog([item('a-2022', dated), item('a-2023', undated)]).latestPublished).toBe('2024-01-31');
  });

  test('refuses two reports of one agency for the same year, naming both files', () => {
    expect(() => buildCatalog([item('x', year(2023)), item('y', year(2023))])).toThrow(
      new CatalogError('a second report of 安丘市凌河街道办事处 for 2023 (the other is x); expected one report per agency and year', 'y'),
    );
  });

  test('refuses two agencies whose names give the same slug, asking for a slug', () => {
    const other = year(2023);
    other.agency = '安邱市凌河街道办事处';
    expect(() => buildCatalog([item('x', year(2023)), item('y', other)])).toThrow(/expected a distinct `slug:`/);
  });
});

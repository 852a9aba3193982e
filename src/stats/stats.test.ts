import { describe, expect, test } from 'vitest';
import { parseReport, realFixtures, seedReport } from '../test-support/seeds';
import { yearOnYear } from './year-on-year';
import { nullableSum, reportFigures, sumFigures } from './figures';
import { computeIndicators, formatChange, rate } from './indicators';
import { buildRegionTree, regionPath, walkRegions } from './regions';
import { agencyCount, buildStats, carryOverChecks } from './rollup';
import { catalogOf } from '../test-support/catalog';

describe('figures and indicators', () => {
  test('reads the 总计 column of a template-2021 seed and sums its groups', () => {
    const r = seedReport();
    const f = reportFigures(r);
    const a = r.applications;
    expect(f.received).toBe(a.received[6]);
    expect(f.handled).toBe(a.results.total[6]);
    expect(f.withheld).toBe(Object.values(a.results.withheld).reduce((s, row) => s + (row[6] ?? 0), 0));
    expect(f.other).toBe(Object.values(a.results.other as Record<string, (number | null)[]>).reduce((s, row) => s + (row[6] ?? 0), 0));
    expect(f.review_total).toBe(r.appeals.review[4]);
  });

  test('maps the single （六）其他处理 row of template 2019 onto the same figure as the three rows of 2021', () => {
    const fixture = realFixtures().find((x) => x.name === 'pingtan-ziranziyuan-2020')!;
    const r = parseReport(fixture.expected);
    if (r.template !== '2019') throw new Error('expected a template-2019 fixture');
    expect(reportFigures(r).other).toBe(r.applications.results.other[6]);
  });

  test('computes 公开率 as (予以公开 + 部分公开) / 总计, in percent with one decimal', () => {
    const r = seedReport();
    r.applications.results.disclosed[6] = 2;
    r.applications.results.partially_disclosed[6] = 1;
    r.applications.results.total[6] = 7;
    expect(computeIndicators(reportFigures(r)).disclosure_rate).toBe(42.9);
  });

  test('makes an indicator “not reported” (null) when its cells are blank, never 0', () => {
    const r = seedReport();
    r.applications.results.partially_disclosed[6] = null;
    r.applications.results.total[6] = 5;
    r.appeals.review = [null, null, null, null, null];
    const ind = computeIndicators(reportFigures(r));
    expect(ind.disclosure_rate).toBeNull();
    expect(ind.reviews).toBeNull();
    expect(ind.review_correction_rate).toBeNull();
  });

  test('computes 纠正率 as 纠正 / (总计 − 尚未审结) and leaves it out when every case is pending', () => {
    const r = seedReport();
    r.appeals.review = [1, 1, 0, 2, 4];
    r.appeals.litigation_direct = [0, 0, 0, 3, 3];
    r.appeals.litigation_after_review = [0, 0, 0, 0, 0];
    const ind = computeIndicators(reportFigures(r));
    expect(ind.review_correction_rate).toBe(50);
    expect(ind.lawsuits).toBe(3);
    expect(ind.lawsuit_correction_rate).toBeNull();
  });

  test('sums blanks as 0 unless every part is blank', () => {
    expect(nullableSum([null, 2, null])).toBe(2);
    expect(nullableSum([null, null])).toBeNull();
    const a = reportFigures(seedReport(0));
    const b = { ...reportFigures(seedReport(1)), received: null };
    expect(sumFigures([a, b]).received).toBe(a.received);
    expect(rate(1, 0)).toBeNull();
    expect(formatChange(-2.5, '%')).toBe('−2.5 个百分点');
  });
});

describe('region tree and rollups', () => {
  test('nests regions with ASCII pinyin slugs and gives homophone siblings distinct slugs', () => {
    const items = [['山东省', '潍坊市', '安丘市'], ['山东省', '潍坊市'], ['山东省', '威海市'], ['福建省', '长乐区'], ['福建省', '常乐区']];
    const tree = buildRegionTree(items, (x) => x);
    const paths = [...walkRegions(tree)].map((n) => regionPath(n.slugs));
    expect(paths).toContain('regions/shandongsheng/weifangshi/anqiushi/');
    expect(new Set(paths).size).toBe(paths.length);
    for (const p of paths) expect(p).toMatch(/^regions\/([a-z0-9-]+\/)+$/);
    const weifang = tree.children.find((c) => c.name === '山东省')!.children.find((c) => c.name === '潍坊市')!;
    expect(weifang.own).toHaveLength(1);
    expect(weifang.all).toHaveLength(2);
  });

  test('rolls up an agency’s years and finds a broken carry-over between adjacent years', () => {
    const thisYear = seedReport(0);
    const lastYear = seedReport(0);
    lastYear.year = thisYear.year - 1;
    lastYear.applications.carried_forward[6] = (thisYear.applications.carried_over[6] ?? 0) + 1;
    const stats = buildStats(catalogOf([thisYear, lastYear]));
    expect(stats.agencies).toHaveLength(1);
    const checks = carryOverChecks(stats.agencies[0]!.years);
    expect(checks.map((c) => c.year)).toEqual([lastYear.year, thisYear.year]);
    expect(checks[0]!.findings).toBeUndefined();
    expect(checks[1]!.findings!.length).toBeGreaterThan(0);
    expect(stats.yearTotals.get(thisYear.year)!.figures.received).toBe(thisYear.applications.received[6]);
    // Two reports, one agency: the region counts it once.
    expect(stats.regions.all).toHaveLength(2);
    expect(agencyCount(stats.regions.all)).toBe(1);
  });
});

describe('year-on-year change', () => {
  test('compares each year with the previous report with tables, in 件 and in percentage points', () => {
    const last = seedReport(0);
    const now = seedReport(0);
    last.year = now.year - 2;
    last.applications.received[6] = 10;
    now.applications.received[6] = 4;
    // A prose-only report in between is skipped, not compared as zeros.
    const prose = parseReport({ title: now.title, agency: now.agency, region: now.region, year: now.year - 1, template: 'none' });
    const stats = buildStats(catalogOf([now, last, prose]));
    const rows = yearOnYear(stats.agencies[0]!.years);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ year: now.year, previousYear: last.year });
    expect(rows[0]!.changes.received).toBe(-6);
  });
});

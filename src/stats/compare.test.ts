import { describe, expect, test } from 'vitest';
import { summarize } from '../charts/spec';
import { seedReport } from '../test-support/seeds';
import { comparisonRows, DEFAULT_INDICATORS, parseSelection, selectionQuery } from './compare';
import { indicatorIndex } from './index-file';
import { buildStats } from './rollup';
import { catalogOf } from '../test-support/catalog';

function twoAgencies() {
  const a = seedReport(0);
  const b = seedReport(1);
  const aBefore = seedReport(0);
  aBefore.year = a.year - 1;
  aBefore.applications.received[6] = 40;
  const stats = buildStats(catalogOf([a, aBefore, b]));
  return { index: indicatorIndex(stats, (p) => `/x/${p}`), a, b, aBefore, stats };
}

describe('a comparison in the URL', () => {
  test('round-trips agencies, indicators and years through the query string', () => {
    const { index } = twoAgencies();
    const slugs = index.agencies.map((x) => x.slug);
    const selection = { agencies: [slugs[1]!, slugs[0]!], indicators: ['handled' as const, 'reviews' as const], years: [index.years[0]!] };
    const query = selectionQuery(selection);
    expect(query).toBe(`?a=${slugs[1]},${slugs[0]}&i=handled,reviews&y=${index.years[0]}`);
    expect(parseSelection(query, index)).toEqual(selection);
  });

  test('drops unknown agencies, indicators and years, so an old or mistyped link still opens', () => {
    const { index } = twoAgencies();
    const s = parseSelection('?a=nobody,' + index.agencies[0]!.slug + '&i=bogus&y=1999', index);
    expect(s.agencies).toEqual([index.agencies[0]!.slug]);
    expect(s.indicators).toEqual(DEFAULT_INDICATORS);
    expect(s.years).toEqual(index.years);
  });

  test('gives each agency and year the indicators of its report, and null for a year without one', () => {
    const { index, a, aBefore, b, stats } = twoAgencies();
    const slugA = stats.agencies.find((x) => x.agency === a.agency)!.slug;
    const slugB = stats.agencies.find((x) => x.agency === b.agency)!.slug;
    const rows = comparisonRows(index, { agencies: [slugA, slugB], indicators: ['received'], years: [aBefore.year, a.year] });
    const received = (slug: string, year: number) => rows.find((r) => r.slug === slug && r.year === year)!;
    expect(received(slugA, aBefore.year).values).toEqual([40]);
    expect(received(slugA, a.year).values).toEqual([a.applications.received[6]]);
    if (b.year !== aBefore.year) expect(received(slugB, aBefore.year)).toMatchObject({ values: [null], reported: false });
  });
});

describe('chart summaries for screen readers', () => {
  test('state the range of each series, the start and end of a trend, and “not reported” series', () => {
    const text = summarize({
      kind: 'line',
      categories: ['2021年', '2022年', '2023年'],
      series: [
        { label: '新收申请', values: [5, 12, 8] },
        { label: '行政复议', values: [null, null, null] },
      ],
      unit: '件',
    });
    expect(text).toBe('新收申请：从2021年的 5 件 变为2023年的 8 件，最高为2022年（12 件），最低为2021年（5 件）；行政复议：均未报告。');
  });
});

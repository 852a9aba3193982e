import { describe, expect, test } from 'vitest';
import { reportSchema } from '../report/schema';
import { seeds } from '../test-support/seeds';
import { applyFilters, countFacets, orderValues, reportFilters } from './facets';

const item = (year: string, province: string, agency: string) => ({ filters: { year: [year], province: [province], agency: [agency] } });
const items = [item('2023', '山东省', 'A'), item('2023', '河南省', 'B'), item('2024', '山东省', 'A'), item('2020', '山东省', 'C')];

describe('search filters', () => {
  test('are declared for a report from its year, region, agency and template', () => {
    const report = reportSchema.parse(seeds()[0]!.expected);
    const filters = reportFilters(report);
    expect(filters).toMatchObject({ year: String(report.year), province: report.region[0], agency: report.agency });
    expect(filters.template).toMatch(/年版|无统一表格/u);
  });

  test('keep the items with every chosen value', () => {
    expect(applyFilters(items, { year: '2023', province: '山东省' })).toEqual([items[0]]);
    expect(applyFilters(items, {})).toEqual(items);
  });

  test('count each value among the items matching the other chosen filters', () => {
    const counts = countFacets(items, { year: '2023' });
    // Other years keep their counts, so the reader can switch year.
    expect(counts.year).toEqual({ '2023': 2, '2024': 1, '2020': 1 });
    expect(counts.province).toEqual({ 山东省: 1, 河南省: 1 });
    expect(counts.agency).toEqual({ A: 1, B: 1 });
  });

  test('list years newest first and other values by count', () => {
    expect(orderValues('year', { '2020': 5, '2024': 1, '2023': 2 }).map(([v]) => v)).toEqual(['2024', '2023', '2020']);
    expect(orderValues('province', { 河南省: 1, 山东省: 3 }).map(([v]) => v)).toEqual(['山东省', '河南省']);
  });
});

describe('filter counts of several shards', () => {
  test('add up value by value', async () => {
    const { sumCounts } = await import('./client/pagefind');
    expect(sumCounts([{ year: { '2023': 2 } }, { year: { '2023': 1, '2024': 4 }, agency: { A: 1 } }])).toEqual({ year: { '2023': 3, '2024': 4 }, agency: { A: 1 } });
  });
});

import { describe, expect, test } from 'vitest';
import { generateReports } from '../../scripts/synthetic/generate';
import { catalogOf } from '../test-support/catalog';
import { parseReport } from '../test-support/seeds';
import { agencyIndex, yearTableRows } from './ranking';
import { buildStats } from './rollup';

describe('the agency table of a year page', () => {
  const stats = buildStats(catalogOf(generateReports({ reports: 300, seed: 5 }).map((g) => parseReport(g.report))));
  const reports = stats.byYear.get(stats.years[0]!)!;

  test('shows the agencies with most new applications first, not-reported last, at most the limit', () => {
    const rows = yearTableRows(reports, 10);
    expect(rows).toHaveLength(10);
    const received = rows.map((r) => r.figures.received ?? -1);
    expect(received).toEqual([...received].sort((a, b) => b - a));
    // Nobody left out received more than the last one shown.
    expect(reports.filter((r) => !rows.includes(r)).every((r) => (r.figures.received ?? -1) <= received.at(-1)!)).toBe(true);
  });

  test('shows every agency of a year smaller than the limit', () => {
    expect(yearTableRows(reports, reports.length + 1)).toHaveLength(reports.length);
  });
});

describe('the list of agencies', () => {
  const stats = buildStats(catalogOf(generateReports({ reports: 300, seed: 5 }).map((g) => parseReport(g.report))));

  test('names every agency, by region then name, up to the limit', () => {
    const index = agencyIndex(stats.agencies, stats.regions, stats.agencies.length);
    expect('agencies' in index && index.agencies.map((a) => a.slug).sort()).toEqual(stats.agencies.map((a) => a.slug).sort());
    const keys = 'agencies' in index ? index.agencies.map((a) => a.region.join('/') + a.agency) : [];
    expect(keys).toEqual([...keys].sort((a, b) => a.localeCompare(b, 'zh-CN')));
  });

  test('past the limit lists the top-level regions, each followed by the regions below it, whose reports cover every agency', () => {
    const index = agencyIndex(stats.agencies, stats.regions, stats.agencies.length - 1);
    expect('regions' in index).toBe(true);
    const regions = 'regions' in index ? index.regions : [];
    expect(regions.filter((r) => r.slugs.length === 1)).toEqual(stats.regions.children);
    expect(regions.every((r) => r.slugs.length <= 2)).toBe(true);
    const covered = new Set(regions.filter((r) => r.slugs.length === 1).flatMap((r) => r.all.map((s) => s.entry.agencySlug)));
    expect(covered.size).toBe(stats.agencies.length);
  });
});

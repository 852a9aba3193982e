import { describe, expect, test } from 'vitest';
import { checkWithHistory } from '../../src/checks';
import { reportSchema, type Report } from '../../src/report/schema';
import { generateReports } from './generate';

describe('generateReports', () => {
  const generated = generateReports({ reports: 300, seed: 7 });
  const reports = generated.map((g) => reportSchema.parse(g.report));

  test('writes valid reports whose tables satisfy every 勾稽关系, across years', () => {
    const byAgency = new Map<string, Report[]>();
    for (const r of reports) byAgency.set(r.agency, [...(byAgency.get(r.agency) ?? []), r]);
    for (const list of byAgency.values()) {
      list.forEach((r, i) => expect(checkWithHistory(r, list[i - 1]), `${r.agency} ${r.year}`).toEqual([]));
    }
  });

  test('spreads reports over provinces, cities, years and both templates, with prose of real length', () => {
    expect(new Set(reports.map((r) => r.region[0])).size).toBeGreaterThanOrEqual(3);
    expect(new Set(reports.map((r) => r.region.slice(0, 2).join())).size).toBeGreaterThanOrEqual(10);
    expect(new Set(reports.map((r) => r.year)).size).toBe(5);
    expect(new Set(reports.map((r) => r.template))).toEqual(new Set(['2019', '2021']));
    const bytes = generated.map((g) => Buffer.byteLength(g.body));
    expect(Math.min(...bytes)).toBeGreaterThan(3500);
    expect(new Set(generated.map((g) => g.path)).size).toBe(generated.length);
  });

  test('is the same for the same seed and breaks the asked share of reports', () => {
    expect(generateReports({ reports: 20, seed: 7 })).toEqual(generated.slice(0, 20));
    const broken = generateReports({ reports: 200, seed: 3, brokenShare: 0.5 }).filter(
      (g) => checkWithHistory(reportSchema.parse(g.report), undefined).length > 0,
    );
    expect(broken.length).toBeGreaterThan(50);
  });
});

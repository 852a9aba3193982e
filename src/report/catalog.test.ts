import { describe, expect, test } from 'vitest';
import { seedReport } from '../test-support/seeds';
import { buildCatalog } from './catalog';
import { CatalogError } from './errors';

describe('buildCatalog', () => {
  const year = (y: number, cf = [0, 0, 0, 0, 0, 0, 0]) => {
    const r = seedReport();
    r.year = y;
    r.applications.carried_forward = cf;
    r.applications.received = r.applications.received.map((v, i) => (v ?? 0) + cf[i]!);
    return r;
  };

  test('orders an agency’s years newest first and checks each against the year before (rule 5)', () => {
    const catalog = buildCatalog([
      { id: 'a-2022', report: year(2022, [1, 0, 0, 0, 0, 0, 1]) },
      { id: 'a-2023', report: year(2023) },
    ]);
    const list = catalog.byAgency.get('anqiushi-linghejiedao-banshichu')!;
    expect(list.map((e) => e.report.year)).toEqual([2023, 2022]);
    expect(list[0]!.path).toBe('reports/anqiushi-linghejiedao-banshichu/2023/');
    expect(list[0]!.findings.map((f) => `${f.rule}:${f.column}`)).toEqual(['5:0', '5:6']);
    expect(list[1]!.findings).toEqual([]);
  });

  test('refuses two reports of one agency for the same year, naming both files', () => {
    expect(() => buildCatalog([{ id: 'x', report: year(2023) }, { id: 'y', report: year(2023) }])).toThrow(
      new CatalogError('a second report of 安丘市凌河街道办事处 for 2023 (the other is x); expected one report per agency and year', 'y'),
    );
  });

  test('refuses two agencies whose names give the same slug, asking for a slug', () => {
    const other = year(2023);
    other.agency = '安邱市凌河街道办事处';
    expect(() => buildCatalog([{ id: 'x', report: year(2023) }, { id: 'y', report: other }])).toThrow(/expected a distinct `slug:`/);
  });
});

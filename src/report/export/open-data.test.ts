import { stringify } from 'csv-stringify/sync';
import { describe, expect, test } from 'vitest';
import { generateReports } from '../../../scripts/synthetic/generate';
import { checkReport } from '../../checks';
import { parseReport, seedReport } from '../../test-support/seeds';
import type { Report } from '../schema';
import { reportsCsv, reportsTable, type OpenDataReport } from './open-data';

const openData = (report: Report): OpenDataReport => ({ ...report, agency_slug: 'a', url: '/reports/a/2023/', checks: checkReport(report) });

describe('reportsCsv', () => {
  test('writes each report’s line as csv-stringify writes all of its values, text quoted where it must be and blank cells empty', () => {
    const seeds = [0, 1, 2, 3, 4].map((i) => seedReport(i));
    // Fields csv-stringify must quote (a comma, a quote, a line break), and blank cells.
    const odd = seedReport(0);
    odd.title = '某局2023年政府信息公开工作年度报告,"修订"\r\n版';
    odd.applications.received[1] = null;
    const generated = generateReports({ reports: 300 }).map((g) => parseReport(g.report));
    const reports = [...seeds, odd, ...generated].map(openData);
    for (const r of reports) {
      // The row the Excel download writes, which holds every value of the line.
      const { rows } = reportsTable([r]);
      expect(reportsCsv([r]).split('\r\n').slice(1).join('\r\n'), r.title).toBe(stringify(rows, { record_delimiter: '\r\n' }));
    }
    expect(reportsCsv([openData(odd)])).toContain('"某局2023年政府信息公开工作年度报告,""修订""\r\n版"');
  });
});

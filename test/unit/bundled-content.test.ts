import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readReportFile } from '../../src/report/frontmatter';
import { splitNarrative } from '../../src/report/narrative/sections';
import { reportSchema } from '../../src/report/schema';
import { seeds } from '../../src/test-support/seeds';
import { readReports } from '../support/frontmatter';
import { bundledSite } from '../support/sites';

describe('the bundled reports in content/reports', async () => {
  const files = await readReports(bundledSite.reportsDir);

  test('are the five seeds, each file’s frontmatter equal to its expected JSON', () => {
    expect(files).toHaveLength(seeds().length);
    for (const { expected, name } of seeds()) {
      const file = files.find((f) => f.report.title === expected.title);
      expect(file, name).toBeDefined();
      const { data } = readReportFile(readFileSync(file!.file, 'utf8'), file!.file);
      expect(reportSchema.parse(data), name).toEqual(expected);
    }
  });

  test.each(files.map((f) => [f.file.split('/').slice(-2).join('/'), f.file]))('%s has the narrative as Markdown: numbered headings, no tables, no artefacts', (_name, file) => {
    const { body } = readReportFile(readFileSync(file, 'utf8'), file);
    const { parts } = splitNarrative(body);
    expect(Object.keys(parts)).toEqual(expect.arrayContaining(['一', '五', '六']));
    expect(parts.一!.markdown.length).toBeGreaterThan(100);
    expect(body).not.toContain('[bookmark');
    expect(body).not.toMatch(/\t/);
    // Table rows (a label followed by seven numbers) stay in the frontmatter.
    expect(body).not.toMatch(/本年新收政府信息公开申请数量\s*\d/);
    expect(body).not.toMatch(/^\s*\d+\s*$/m);
    // （一）… sub-headings of 一、总体情况 are headings when the report sets them apart.
    expect(body).toMatch(/^### （[一二三四五六]）/m);
  });
});

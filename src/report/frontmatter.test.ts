import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { glob } from 'tinyglobby';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { generateReports } from '../../scripts/synthetic/generate';
import { FrontmatterError, readReportFile } from './frontmatter';
import { reportToMarkdown } from './write';

const root = resolve(import.meta.dirname, '../..');
const frontmatterOf = (text: string) => /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/u.exec(text)![1]!;

describe('readReportFile', () => {
  test('reads every bundled and fixture report as the YAML 1.2 core schema does', async () => {
    const dirs = ['content/reports', 'test/fixtures/reports'].map((d) => resolve(root, d));
    const files = (await Promise.all(dirs.map((cwd) => glob('**/*.md', { cwd, absolute: true })))).flat();
    expect(files.length).toBeGreaterThan(8);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(readReportFile(text, file).data, file).toEqual(parse(frontmatterOf(text)));
    }
  });

  test('reads synthetic reports back as written, dates and quoted templates kept as strings', () => {
    for (const { report, body } of generateReports({ reports: 40, seed: 7 })) {
      const text = reportToMarkdown(report, body);
      const { data } = readReportFile(text, 'x.md');
      expect(data).toEqual(parse(frontmatterOf(text)));
      expect(typeof data.published).toBe('string');
      expect(data.template).toBe(report.template);
    }
  });

  test('names the file when the frontmatter is not YAML', () => {
    expect(() => readReportFile('---\ntitle: [unclosed\n---\nbody', 'content/reports/2023/x.md')).toThrow(FrontmatterError);
    expect(() => readReportFile('---\ntitle: [unclosed\n---\nbody', 'content/reports/2023/x.md')).toThrow(/x\.md.*not valid YAML/su);
  });

  test('rejects a key given twice, as the YAML spec requires', () => {
    expect(() => readReportFile('---\nyear: 2023\nyear: 2024\n---\n', 'x.md')).toThrow(/not valid YAML/u);
  });
});

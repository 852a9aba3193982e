import { describe, expect, test } from 'vitest';
import { seeds } from '../test-support/seeds';
import { readReportFile } from './frontmatter';
import { reportSchema } from './schema';
import { reportToMarkdown } from './write';

describe('reportToMarkdown', () => {
  test.each(seeds())('writes seed $name so that reading it back gives the same report and body', ({ expected }) => {
    const report = reportSchema.parse(structuredClone(expected));
    const text = reportToMarkdown(report, '## 一、总体情况\n\n正文。');
    const back = readReportFile(text, 'x.md');
    expect(reportSchema.parse(back.data)).toEqual(expected);
    expect(back.body).toBe('## 一、总体情况\n\n正文。');
  });

  test('keeps each table row on one line and a date and postcode as text', () => {
    const report = reportSchema.parse(structuredClone(seeds()[0]!.expected));
    const text = reportToMarkdown(report, '');
    expect(text).toContain('received: [2, 0, 0, 0, 0, 0, 2]');
    expect(text).toMatch(/published: "?2024-01-13"?/);
    expect(text).toMatch(/postcode: "262100"/);
  });
});

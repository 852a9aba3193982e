import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, onTestFinished, test } from 'vitest';
import { validateReportFiles } from './validate-files';

const root = resolve(import.meta.dirname, '../..');
const bundled = () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-validate-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(join(root, 'content/reports'), dir, { recursive: true });
  return dir;
};

describe('validating the report files', () => {
  test('passes the bundled reports, and names the file and field of a broken one', async () => {
    const dir = bundled();
    expect(await validateReportFiles(dir, dir)).toEqual({ files: 5, problems: [] });
    const file = join(dir, '2023/anqiushi-linghejiedao-banshichu.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^year: 2023$/mu, 'year: 二〇二三'));
    const { problems } = await validateReportFiles(dir, dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^2023\/anqiushi-linghejiedao-banshichu\.md: year: /u);
  });
});

import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { validateReportFiles } from './validate-files';

const root = resolve(import.meta.dirname, '../..');
const bundled = () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-validate-'));
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

  test('with a cache of files found valid, still finds a file broken since', async () => {
    const dir = bundled();
    const cache = join(mkdtempSync(join(tmpdir(), 'nianbao-validate-cache-')), 'valid.json');
    expect((await validateReportFiles(dir, dir, cache)).problems).toEqual([]);
    expect(JSON.parse(readFileSync(cache, 'utf8'))).toHaveLength(5);
    const file = join(dir, '2023/anqiushi-linghejiedao-banshichu.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^year: 2023$/mu, 'year: 二〇二三'));
    const { problems } = await validateReportFiles(dir, dir, cache);
    expect(problems).toHaveLength(1);
    // The four unchanged files stay known as valid; the broken one is not among them.
    expect(JSON.parse(readFileSync(cache, 'utf8'))).toHaveLength(4);
  });
});

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importFile } from '.';
import { readJson, SEEDS } from './testing';

const NAME = '001_24921fc8b53a72a1';
const TEXT = readFileSync(join(SEEDS, `${NAME}.txt`), 'utf8');
const EXPECTED = readJson(join(SEEDS, 'expected', `${NAME}.json`));
const dir = mkdtempSync(join(tmpdir(), 'nianbao-variants-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function importText(name: string, text: string) {
  const file = join(dir, name);
  writeFileSync(file, text);
  return importFile(file);
}

describe('layout variants of a seed read the same', () => {
  it('without the section headings of the tables', async () => {
    const text = TEXT.replace('二、主动公开政府信息情况\n', '').replace('三、收到和处理政府信息公开申请情况\n', '').replace('四、政府信息公开行政复议、行政诉讼情况\n', '');
    expect((await importText('no-headings.txt', text)).report).toEqual(EXPECTED);
  });

  it('with full-width digits and other numbering', async () => {
    const text = TEXT.replaceAll('\t0', '\t０').replaceAll('1.属于', '1．属于').replaceAll('2.其他法律', '2、其他法律');
    expect((await importText('wide.txt', text)).report).toEqual(EXPECTED);
  });

  it('with a mark where a number was: that cell is null and the rest keep their columns', async () => {
    const row = '一、本年新收政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0\t';
    const { report, warnings } = await importText('mark.txt', TEXT.replace(row, '一、本年新收政府信息公开申请数量\t\t0\t/\t0\t\t0\t0\t0\t'));
    expect(report.template !== 'none' && report.applications.received).toEqual([0, null, 0, null, 0, 0, 0]);
    expect(warnings).toEqual([]);
  });
});

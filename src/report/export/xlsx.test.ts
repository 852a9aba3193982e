import { describe, expect, test } from 'vitest';
import { reportsXlsx } from './xlsx';

describe('reportsXlsx', () => {
  test('gives byte-identical workbooks for the same reports, whatever the clock says', async () => {
    const first = await reportsXlsx([]);
    // ZIP times have a 2-second resolution: wait past it.
    await new Promise((ok) => setTimeout(ok, 2100));
    const second = await reportsXlsx([]);
    expect(second.equals(first)).toBe(true);
    expect(first.subarray(0, 2).toString()).toBe('PK');
  });
});

import { describe, expect, it } from 'vitest';
import { readCell, toCount, toWanYuan } from './cell';

describe('table cells', () => {
  it('reads padded counts as numbers', () => {
    expect(toCount(readCell('\u00a00'))).toBe(0);
    expect(toCount(readCell('217\u3000'))).toBe(217);
    expect(toCount(readCell('１２'))).toBe(12);
    expect(toCount(readCell('1,234'))).toBe(1234);
  });

  it('reads blanks and marks as null, never 0', () => {
    for (const mark of ['', ' ', '\u00a0', '/', '／', '—', '——', '-', '－', '无']) expect(toCount(readCell(mark))).toBeNull();
  });

  it('keeps a sign only where the column allows it (本年增/减)', () => {
    expect(toCount(readCell('-3'), true)).toBe(-3);
    expect(toCount(readCell('-3'))).toBe('negative');
    expect(toCount(readCell('2.5'))).toBe('decimal');
    expect(toCount(readCell('若干'))).toBe('text');
  });

  it('converts amounts to 万元 by the unit written in the cell or the column', () => {
    expect(toWanYuan(readCell('6586650.10元'), '万元')).toBe(658.66501);
    expect(toWanYuan(readCell('1690.9913万元'), '万元')).toBe(1690.9913);
    expect(toWanYuan(readCell('0 元'), '万元')).toBe(0);
    expect(toWanYuan(readCell('18651.06'), '万元')).toBe(18651.06);
    expect(toWanYuan(readCell('12345'), '元')).toBe(1.2345);
    expect(toWanYuan(readCell('/'), '万元')).toBeNull();
  });

  it('does not read two numbers in one cell as one', () => {
    expect(readCell('1 2').kind).toBe('text');
  });
});

import { describe, expect, it } from 'vitest';
import { paragraph, row } from '../document';
import { cellsAfter, describeCells, fitCells, fitRow, tokenize } from './tokens';

const texts = (tokens: readonly { text: string }[]) => tokens.map((t) => t.text);

describe('the cell stream of a table section', () => {
  it('keeps a table row’s cells, blank ones included', () => {
    const tokens = tokenize([row(['规章', '', '0', '/'])]);
    expect(tokens.map((t) => t.cell.kind)).toEqual(['text', 'blank', 'number', 'mark']);
  });

  it('cuts a line of text at the numbers and keeps label words together', () => {
    expect(texts(tokenize([paragraph('（三）不 4.保护第三方合法权益 3 0 0 0 0 0 3')]))).toEqual(['（三）不4.保护第三方合法权益', '3', '0', '0', '0', '0', '0', '3']);
  });

  it('splits a label glued to its first number and joins a unit set apart', () => {
    expect(texts(tokenize([paragraph('其他对外管理服务事项0 0 0')]))).toEqual(['其他对外管理服务事项', '0', '0', '0']);
    expect(texts(tokenize([paragraph('政府集中采购 0 0 元')]))).toEqual(['政府集中采购', '0', '0元']);
  });

  it('reads 无 spaced out of a label as text, and alone as a mark', () => {
    expect(tokenize([paragraph('（四） 无 法 提 供')]).every((t) => t.cell.kind === 'text')).toBe(true);
    expect(tokenize([paragraph('（四） 无')]).every((t) => t.cell.kind === 'text')).toBe(true);
    expect(tokenize([paragraph('行政许可 无')])[1]!.cell.kind).toBe('mark');
  });

  it('takes a row’s numbers from its own row only, but follows lines of text', () => {
    const table = tokenize([row(['一、本年新收', '', '2', '0', '']), row(['', '二、上年结转', '0'])]);
    expect(texts(cellsAfter(table, 0).cells)).toEqual(['', '2', '0', '']);
    const lines = tokenize([paragraph('行政规范性文件 62'), paragraph('33'), paragraph('440')]);
    expect(texts(cellsAfter(lines, 0).cells)).toEqual(['62', '33', '440']);
  });

  it('joins a table row that a layout broke over two lines', () => {
    const broken = tokenize([row(['一、本年新收', '', '2', '0', '0']), row(['0', '0', '0', '2', '']), row(['二、上年结转'])]);
    expect(texts(fitRow(cellsAfter(broken, 0), 7)!)).toEqual(['2', '0', '0', '0', '0', '0', '2']);
  });

  it('fits cells exactly, or without blank filler at either end, else not at all', () => {
    const cells = tokenize([row(['', '1', '', '2', ''])]);
    expect(fitCells(cells, 5)).toHaveLength(5);
    expect(texts(fitCells(cells, 3)!)).toEqual(['1', '', '2']);
    expect(fitCells(cells, 2)).toBeUndefined();
    expect(describeCells(cells)).toBe('2 numbers and 1 blank cell');
  });
});

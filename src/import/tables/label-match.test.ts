import { describe, expect, it } from 'vitest';
import { labelMatches } from './label-match';

describe('matching a printed label to an official one', () => {
  it('ignores numbering style, width and spaces', () => {
    for (const printed of ['1.属于国家秘密', '1．属于国家秘密', '1、 属于国家秘密', '（三）不予公开 1. 属于 国家秘密'])
      expect(labelMatches(printed, '属于国家秘密')).toBe(true);
    expect(labelMatches('3.危及"三安全一稳定"', '危及“三安全一稳定”')).toBe(true);
  });

  it('accepts the short form of a label with a note', () => {
    expect(labelMatches('（二）部分公开', '部分公开（区分处理的，只计这一情形，不计其他情形）')).toBe(true);
  });

  it('accepts a label cut by its numbers, even with a merged cell’s fragment inside', () => {
    expect(labelMatches('2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其', '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请')).toBe(true);
    expect(labelMatches('息（四）无2.没有现成信息需要另行制法提供', '没有现成信息需要另行制作')).toBe(true);
  });

  it('does not accept another row', () => {
    expect(labelMatches('2.其他法律行政法规禁止公开', '属于国家秘密')).toBe(false);
    expect(labelMatches('（七）总计', '其他')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { paragraph } from './document';
import { findDisclosure } from './disclosure';

const read = (...lines: string[]) => findDisclosure(lines.map(paragraph));

describe('figures the narrative states', () => {
  it('reads the 主动公开 total and the count per channel', () => {
    expect(read('2023年，主动公开政府信息1554条，相较上年度增长952条。其中，通过政府网站公开81条，微信公众号公开393条，政务号公开1080条。')).toEqual({
      total: 1554,
      channels: { 政府网站: 81, 微信公众号: 393, 政务号: 1080 },
    });
  });

  it('names a channel as written, with the account name left out', () => {
    expect(read('共主动公开政务信息2206条，其中，政府网站公开政府信息344条、微信公众号“和谐鲸园”发布1022条。')?.channels).toEqual({ 政府网站: 344, 微信公众号: 1022 });
  });

  it('does not take a category (应主动公开的…) or a topic column for the total or a channel', () => {
    expect(read('公开政府信息117条，其中其他应主动公开的政府信息36条。')).toEqual({ total: 117 });
    expect(read('主动公开政府信息393条，其中公示公告栏54条，部门文件栏43条。')).toEqual({ total: 393 });
  });

  it('reads 人大代表建议 and 政协提案 counts written either way round, and “未承办” as 0', () => {
    expect(read('承办3件人大代表建议和2件政协委员提案建议。')).toEqual({ npc_suggestions: 3, cppcc_proposals: 2 });
    expect(read('人大代表建议3件，政协提案0件。')).toEqual({ npc_suggestions: 3, cppcc_proposals: 0 });
    expect(read('共收到1件人大代表建议。2023年度，未承办政协委员提案。')).toEqual({ npc_suggestions: 1, cppcc_proposals: 0 });
  });

  it('reads a fee stated as not collected as 0, and leaves it out when not stated', () => {
    expect(read('本年度没有产生信息公开处理费。')).toEqual({ fees_collected: 0 });
    expect(read('依申请公开政府信息未收取任何费用。')).toEqual({ fees_collected: 0 });
    expect(read('本年度收取信息处理费共计120元。')).toEqual({ fees_collected: 120 });
    expect(read('无其他需要报告事项。')).toBeUndefined();
  });
});

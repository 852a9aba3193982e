import { describe, expect, it } from 'vitest';
import { paragraph } from './document';
import { proseWarnings } from './prose-check';
import type { Report } from '../report/schema';

const withReceived = (total: number) => ({ template: '2021', applications: { received: [total, 0, 0, 0, 0, 0, total] } }) as unknown as Report;

describe('rule 6: prose against the tables', () => {
  it('is quiet when the text and section 3 agree', () => {
    expect(proseWarnings(withReceived(2), [paragraph('2023年，街道收到依申请公开2件，较上年度增加1件。')])).toEqual([]);
    expect(proseWarnings(withReceived(218), [paragraph('全年办理政府信息公开申请218件。')])).toEqual([]);
  });

  it('warns when the text states another number of applications', () => {
    expect(proseWarnings(withReceived(3), [paragraph('2020年，我单位共收到政府信息公开申请4件，按时办结数4件。')])).toEqual([
      '勾稽关系 rule 6 (正文与表格一致) broken: the text says “收到政府信息公开申请4件”, section 3 一、本年新收 总计 is 3',
    ]);
  });

  it('does not read other counts as applications', () => {
    expect(proseWarnings(withReceived(2), [paragraph('其中主动公开信息数99条，依申请公开信息数311条。')])).toEqual([]);
  });
});

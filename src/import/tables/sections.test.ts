import { describe, expect, it } from 'vitest';
import { paragraph, row } from '../document';
import { findSections, headingOf } from './sections';

const heading = (text: string) => headingOf(paragraph(text));

describe('section headings', () => {
  it('are recognised with any numbering of the section’s own number', () => {
    expect(heading('二、主动公开政府信息情况')).toBe('proactive');
    expect(heading('3、 收到和处理政府信息公开申请情况')).toBe('applications');
    expect(heading('四、政府信息公开行政法复议、行政诉讼情况')).toBe('appeals');
    expect(heading('## 五、存在的主要问题及改进情况')).toBe('problems');
    expect(heading('其他需要报告的事项')).toBe('other');
  });

  it('are not sub-items that repeat a title under another number', () => {
    expect(heading('1.收到和处理政府信息公开申请情况')).toBeUndefined();
    expect(heading('（一）主动公开政府信息的情况')).toBeUndefined();
    expect(heading('3.政府信息公开行政复议、行政诉讼情况')).toBeUndefined();
    expect(headingOf(row(['二、主动公开政府信息情况', '0']))).toBeUndefined();
  });

  it('may be the only filled cell of a table’s first row', () => {
    expect(headingOf(row(['三、收到和处理政府信息公开申请情况', '', '']))).toBe('applications');
  });

  it('fall back to the tables’ first cells when a report prints the tables without headings', () => {
    const blocks = [paragraph('一、总体情况'), paragraph('正文。'), row(['第二十条第（一）项']), row(['规章', '0']), row(['一、本年新收政府信息公开申请数量', '0']), row(['行政复议', '行政诉讼']), paragraph('五、存在的主要问题及改进情况')];
    expect(findSections(blocks)).toEqual({
      overview: { start: 1, heading: true },
      proactive: { start: 2, heading: false },
      applications: { start: 4, heading: false },
      appeals: { start: 5, heading: false },
      problems: { start: 7, heading: true },
    });
  });

  it('are found in order, so an earlier mention does not count', () => {
    const blocks = ['一、总体情况', '1.收到和处理政府信息公开申请情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况'].map(paragraph);
    expect(findSections(blocks)).toEqual({ overview: { start: 1, heading: true }, proactive: { start: 3, heading: true }, applications: { start: 4, heading: true } });
  });
});

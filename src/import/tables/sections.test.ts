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

  it('are found in order, so an earlier mention does not count', () => {
    const blocks = ['一、总体情况', '1.收到和处理政府信息公开申请情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况'].map(paragraph);
    expect(findSections(blocks)).toEqual({ overview: 0, proactive: 2, applications: 3 });
  });
});

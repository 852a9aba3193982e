import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '.';
import { paragraph } from './document';
import { narrative, rejoinBlocks } from './narrative';
import { REAL, realHints, SEEDS } from './testing';

describe('the narrative body', () => {
  it('rejoins a paragraph a text export broke at the line end, but not after a heading or a full stop', () => {
    const lines = ['1.主动公开方面。鲸园街道持续做好主动公开工作，明', '晰工作职责、完善公开机制。', '（二）2023年存在的主要问题及改进情况', '主要问题：一是重视程度还不够。'].map(paragraph);
    expect(rejoinBlocks([paragraph('政务微信公开信息197条，占64.8%，共107'), paragraph('197')])).toHaveLength(2);
    expect(rejoinBlocks(lines)).toEqual([
      paragraph('1.主动公开方面。鲸园街道持续做好主动公开工作，明晰工作职责、完善公开机制。'),
      paragraph('（二）2023年存在的主要问题及改进情况'),
      paragraph('主要问题：一是重视程度还不够。'),
    ]);
  });

  it('makes section headings ## and （一） headings ###, escaping what Markdown would read as markup', () => {
    const blocks = ['一、总体情况', '（一）主动公开', '1. 列表不是', '《关于印发<办法>的通知》*重点*'].map(paragraph);
    expect(narrative(blocks, {}, { start: 0, end: blocks.length })).toBe('## 一、总体情况\n\n### （一）主动公开\n\n1\\. 列表不是\n\n《关于印发\\<办法>的通知》\\*重点\\*\n');
  });

  it('keeps the prose of a seed and drops its tables and artefacts', async () => {
    const { body } = await importFile(join(SEEDS, '003_127ebbeae808df9f.txt'));
    expect(body).toContain('鲸园街道持续做好主动公开工作，明晰工作职责');
    expect(body).toContain('## 三、收到和处理政府信息公开申请情况\n\n## 四、政府信息公开行政复议、行政诉讼情况');
    expect(body).not.toMatch(/结果维持|信访举报投诉类申请|\t/u);
    expect(body.startsWith('根据《中华人民共和国政府信息公开条例》')).toBe(true);
    const { body: other } = await importFile(join(SEEDS, '004_abc89b9f200d2552.txt'));
    expect(other).not.toContain('[bookmark');
    expect(other).toContain('## 一、总体情况');
  });

  it('gives Word auto-numbered headings the official numbering and sets run-in sub-headings apart', () => {
    const blocks = ['3、 收到和处理政府信息公开申请情况', '（2） 主动公开', '（一）主动公开：今年以来，严格按照要求公开。', '（三）政府信息管理情况。街道认真落实条例。', '政务微信公开信息197条，占64.8%；107'].map(paragraph);
    expect(narrative(blocks, {}, { start: 0, end: blocks.length })).toBe(
      '## 三、收到和处理政府信息公开申请情况\n\n### （二）主动公开\n\n### （一）主动公开\n\n今年以来，严格按照要求公开。\n\n### （三）政府信息管理情况\n\n街道认真落实条例。\n\n政务微信公开信息197条，占64.8%；\n',
    );
  });

  it('drops the page furniture around a published page', async () => {
    const { body } = await importFile(join(REAL, 'pingtan-2024', 'source.html'), realHints('pingtan-2024'));
    expect(body).not.toContain('时间：2025-03-10');
    expect(body.startsWith('本报告根据')).toBe(true);
    expect(body).toContain('2024年，无收取信息处理费情况。');
  });
});

import { describe, expect, it } from 'vitest';
import { paragraph, row } from './document';
import { readHtml } from './html';

describe('reading HTML', () => {
  it('reads table rows cell by cell, joining labels and numbers split over tags', () => {
    const { blocks } = readHtml(`<table><tr><td rowspan="2"><p>三、本</p><p>年<span>度办</span>&nbsp;理结果</p></td><td>（一）予以公开&nbsp;</td>
      <td><span>6</span><span>5</span><span>8</span><o:p></o:p></td><td>&nbsp;</td></tr><tr><td>结果<br/>纠正</td></tr></table>`);
    expect(blocks).toEqual([row(['三、本年度办 理结果', '（一）予以公开', '658', '']), row(['结果纠正'])]);
  });

  it('makes paragraphs of everything else, split at <br> and block tags, without scripts', () => {
    const { blocks } = readHtml('<div><h1><span>平潭综合实验区</span><span>海坛片区管理局</span></h1><p>一、总体情况<br>正文。</p><script>var x = 1;</script></div>');
    expect(blocks).toEqual([paragraph('平潭综合实验区海坛片区管理局'), paragraph('一、总体情况'), paragraph('正文。')]);
  });

  it('reads a page laid out in a table as the page, with its tables inside', () => {
    const { blocks } = readHtml('<table><tr><td>二、主动公开政府信息情况<table><tr><td>规章</td><td>0</td></tr></table></td><td>正文。</td></tr></table>');
    expect(blocks).toEqual([paragraph('二、主动公开政府信息情况'), row(['规章', '0']), paragraph('正文。')]);
  });

  it('takes the title and URL the page head states', () => {
    const { hints } = readHtml('<head><meta name="ArticleTitle" content="某局2024年政府信息公开工作年度报告"/><meta name="Url" content="https://example.gov.cn/a.htm"/></head>');
    expect(hints).toEqual({ title: '某局2024年政府信息公开工作年度报告', pageTitle: undefined, sourceUrl: 'https://example.gov.cn/a.htm' });
    expect(readHtml('<title>某局2024年政府信息公开工作年度报告_年报_某市政府</title>').hints.pageTitle).toBe('某局2024年政府信息公开工作年度报告');
  });
});

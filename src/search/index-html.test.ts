import { describe, expect, test } from 'vitest';
import { articleDigest, articleText, pageArticle, pageArticleBytes, searchableHtml } from './index-html';
import { decodeText, encodeText } from './tokens';

describe('pages for the search index', () => {
  const html = [
    '<html lang="zh-CN"><head><title>页面</title></head><body><nav>首页导航</nav>',
    '<article data-pagefind-body><h2 id="一总体情况">一、总体情况</h2><p>依申请公开2件</p>',
    '<div hidden data-pagefind-ignore><span data-pagefind-filter="province">山东省</span></div>',
    '<div data-pagefind-ignore><p>勾稽关系核对</p></div>',
    '<div class="table-scroll" data-pagefind-ignore><table><tr><th>本年新收政府信息公开申请数量</th><td>3</td></tr></table></div>',
    '<script>var 中 = 1;</script></article><footer>主办单位</footer></body></html>',
  ].join('');
  const out = searchableHtml(html);

  test('have the report article’s text in index tokens, its heading ids and filter values as built', () => {
    expect(out).toContain(`<h2 id="一总体情况">${encodeText('一、总体情况')}</h2>`);
    expect(out).toContain(encodeText('依申请公开2件'));
    expect(out).toContain('<span data-pagefind-filter="province">山东省</span>');
    expect(out).toContain('var 中 = 1;');
    expect(out).toMatch(/^<html lang="zh-CN"><body><article data-pagefind-body(="")?>/u);
    expect(decodeText(out)).toContain('依申请公开2件');
  });

  test('leave out the page around the article, the statistics tables and ignored text', () => {
    for (const gone of ['首页导航', '主办单位', '页面', '本年新收政府信息公开申请数量', '勾稽关系核对']) {
      expect(decodeText(out), gone).not.toContain(gone);
      expect(out, gone).not.toContain(gone);
    }
  });

  test('refuse a page without a report article', () => {
    expect(() => searchableHtml('<html><body><p>无</p></body></html>')).toThrow(/data-pagefind-body/u);
    expect(() => pageArticleBytes(Buffer.from('<html><body><p>无</p></body></html>'))).toThrow(/data-pagefind-body/u);
  });

  test('key the index cache alike whether the page was read as text (as Astro renders it) or as bytes (as the search step reads it)', () => {
    const bytes = pageArticleBytes(Buffer.from(html));
    expect(bytes.toString('utf8')).toBe(pageArticle(html));
    expect(articleDigest(bytes)).toBe(articleDigest(pageArticle(html)));
    expect(articleDigest(bytes)).not.toBe(articleDigest(pageArticle(html.replace('2件', '3件'))));
  });

  test('cut every statistics table out of an article, and nothing else', () => {
    const table = (n: number) => `<table class="stats"><caption>表${n}</caption><tr><td>${n}</td></tr></table>`;
    const article = `<article data-pagefind-body><p>前言</p>${table(1)}<tablet>留下</tablet><p>中间</p>${table(2)}<table>未完`;
    expect(articleText(article)).toBe('<article data-pagefind-body><p>前言</p><tablet>留下</tablet><p>中间</p><table>未完');
  });
});

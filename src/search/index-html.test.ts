import { describe, expect, test } from 'vitest';
import { searchableHtml } from './index-html';
import { decodeText, encodeText } from './tokens';

describe('articles for the search index', () => {
  const article = [
    '<h2 id="一总体情况">一、总体情况</h2><p>依申请公开2件</p>',
    '<div hidden data-pagefind-ignore><span data-pagefind-filter="province">山东省</span></div>',
    '<div data-pagefind-ignore><p>勾稽关系核对</p></div>',
    '<script>var 中 = 1;</script>',
  ].join('');
  const out = searchableHtml(article);

  test('have the text in index tokens, heading ids and filter values as written, in a zh-CN page', () => {
    expect(out).toMatch(/^<html lang="zh-CN"><body><h2 /u);
    expect(out).toContain(`<h2 id="一总体情况">${encodeText('一、总体情况')}</h2>`);
    expect(out).toContain(encodeText('依申请公开2件'));
    expect(out).toContain('<span data-pagefind-filter="province">山东省</span>');
    expect(out).toContain('var 中 = 1;');
    expect(decodeText(out)).toContain('依申请公开2件');
  });

  test('leave out ignored text without values', () => {
    expect(decodeText(out)).not.toContain('勾稽关系核对');
    expect(out).not.toContain(encodeText('勾稽关系核对').trim());
  });
});

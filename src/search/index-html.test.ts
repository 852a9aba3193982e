import { describe, expect, test } from 'vitest';
import { searchableHtml } from './index-html';
import { decodeText, encodeText } from './tokens';

describe('pages for the search index', () => {
  const html = '<html lang="zh-CN"><body><article data-pagefind-body><h2 id="x">一、总体情况</h2><p>依申请公开2件</p><span data-pagefind-filter="province">山东省</span></article><script>var 中 = 1;</script></body></html>';

  test('have their text in index tokens and their markup, ids and filter values as built', () => {
    const out = searchableHtml(html);
    expect(out).toContain(`<h2 id="x">${encodeText('一、总体情况')}</h2>`);
    expect(out).toContain(encodeText('依申请公开2件'));
    expect(out).toContain('<span data-pagefind-filter="province">山东省</span>');
    expect(out).toContain('var 中 = 1;');
    expect(out).toContain('lang="zh-CN"');
    expect(decodeText(out)).toContain('依申请公开2件');
  });
});

import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { random } from '../../scripts/synthetic/random';
import { importFile } from '../import';
import { REAL, realHints, realNames, SEEDS, seedNames } from '../import/testing';
import { renderNarrative } from '../report/narrative';
import { encodePlain, searchableBody, searchableHtml, searchablePage } from './index-html';
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

describe('bodies for the search index', () => {
  /** A body's HTML as the parser writes it back, and as `searchableBody` does. */
  const both = (html: string) => [searchablePage(searchableBody(html)), searchableHtml(html)];

  test('are written without the parser for every part of real report bodies, as the parser writes them', async () => {
    const bodies = [
      ...(await Promise.all(realNames().map((name) => importFile(join(REAL, name, 'source.html'), realHints(name))))),
      ...(await Promise.all(seedNames().map((name) => importFile(join(SEEDS, `${name}.txt`))))),
    ].map((imported) => renderNarrative(imported.body));
    expect(bodies.length).toBeGreaterThanOrEqual(10);
    const parts = bodies.flatMap((n) => [n.intro, ...Object.values(n.parts).map((p) => p.html), ...n.rest.map((p) => p.html)]).filter(Boolean);
    expect(parts.length).toBeGreaterThanOrEqual(40);
    for (const html of parts) {
      expect(encodePlain(html), html.slice(0, 80)).toBeDefined();
      const [direct, parsed] = both(html);
      expect(direct).toBe(parsed);
    }
  });

  test('are written as the parser writes them whatever the tags, entities and nesting, by the parser where they are no renderer’s', () => {
    // Tags the parser closes or writes back otherwise (implied ends, stray or void end tags, upper case,
    // repeated or valueless attributes, comments, raw text, ignored elements), entities, Chinese and other text.
    const pieces = [
      ...['<p>', '</p>', '<h2 id="一总体情况">', '</h2>', '<h3>', '</h3>', '<ul>', '</ul>', '<ol>', '</ol>', '<li>', '</li>', '<a href="/a?b=1">', '</a>'],
      ...['<em>', '</em>', '<strong>', '</strong>', '<code>', '</code>', '<div>', '</div>', '<section>', '</section>', '<blockquote>', '</blockquote>'],
      ...['<br>', '</br>', '<hr>', '<P>', '<span class="a" class="b">', '<span hidden>', '</span>', '<table>', '<td>', '<!-- 注 -->', '<script>', '</script>'],
      ...['<p data-pagefind-ignore="">', '<a href="/a?b=1&amp;c=2">', '<a title="x\u00a0y">', '<em/>', '<', '>', '&', '&amp;', '&lt;', '&nbsp;', '&#x3C;', '&#x3c;', '&#60;', '&copy;', '&#x653F;'],
      ...['政府信息公开', '（一）', '：', 'APP', '2023', ' ', '\n', 'a&b'],
    ];
    const { int, pick } = random(31);
    let plain = 0;
    for (let n = 0; n < 20_000; n++) {
      let html = '';
      for (let k = int(0, 10); k > 0; k--) html += pick(pieces);
      if (encodePlain(html) !== undefined) plain++;
      const [direct, parsed] = both(html);
      expect(direct, JSON.stringify(html)).toBe(parsed);
    }
    expect(plain).toBeGreaterThan(2_000);
  });
});

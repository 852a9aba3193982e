import { describe, expect, test } from 'vitest';
import { containsPhrase, excerptAround, findPhrase, normalizeQuery, pagefindQuery } from './query';
import { runTokens } from './tokens';

describe('search queries', () => {
  test('are normalised: full-width to half-width, spaces collapsed, no space between Chinese characters', () => {
    expect(normalizeQuery('  凌河　公园 ')).toBe('凌河公园');
    expect(normalizeQuery('ＡＢＣ  2023年')).toBe('ABC 2023年');
  });

  test('go to pagefind as a quoted phrase of index tokens', () => {
    expect(pagefindQuery('凌河公园')).toBe(`"${runTokens('凌河公园').join(' ')}"`);
    expect(pagefindQuery('   ')).toBe('');
  });

  test('are searched by their longest piece between punctuation, which no indexed phrase spans', () => {
    expect(pagefindQuery('政府信息1682条，其中政策文件31条')).toBe(pagefindQuery('其中政策文件31条'));
    expect(pagefindQuery('“凌河”')).toBe(pagefindQuery('凌河'));
    expect(pagefindQuery('，。')).toBe('');
  });

  test('leave a lone Chinese character unquoted, so it is found as the first half of a pair', () => {
    expect(pagefindQuery('凌')).toBe(runTokens('凌')[0]);
  });
});

describe('the phrase check', () => {
  const text = '2023年，街道收到依申请 公开2件，均按时答复。凌河街道 Email: LH@example.cn';

  test('finds the whole query, whitespace and letter case aside', () => {
    expect(containsPhrase(text, '依申请公开')).toBe(true);
    expect(containsPhrase(text, 'lh@EXAMPLE.cn')).toBe(true);
    expect(findPhrase(text, '依申请公开')).toEqual({ start: text.indexOf('依'), end: text.indexOf('2件') });
  });

  test('passes over any whitespace and the zero-width space, and no other character, in every place of the Basic Multilingual Plane', () => {
    for (let c = 0; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const char = String.fromCharCode(c);
      expect(containsPhrase(`依申${char}请公开`, '依申请公开'), `U+${c.toString(16)}`).toBe(/[\s\u200b]/u.test(char));
    }
  });

  test('rejects a text that has only part of the query, as pagefind’s candidates may', () => {
    expect(containsPhrase(text, '凌河公园')).toBe(false);
    expect(containsPhrase(text, '申请公开3件')).toBe(false);
  });

  test('cuts an excerpt around the first match with the match apart', () => {
    expect(excerptAround(text, '依申请公开', 5)).toEqual({ before: '…，街道收到', hit: '依申请 公开', after: '2件，均按…' });
    expect(excerptAround(text, '政府开放日')).toBeUndefined();
  });
});

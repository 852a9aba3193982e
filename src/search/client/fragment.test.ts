import { describe, expect, test } from 'vitest';
import { pagefindQuery } from '../query';
import { encodeText } from '../tokens';
import { readFragment, urlAtStart, type Fragment } from '../fragment-file';
import { phraseData } from './fragment';

/** A fragment as Pagefind writes one for a page of these parts: a zero-width space between words, a heading's location its first word's. */
function fragment(parts: { heading?: string; id?: string; text: string }[]): Fragment {
  const words: string[] = [];
  const anchors: Fragment['anchors'] = [];
  for (const { heading, id, text } of parts) {
    if (heading) {
      anchors.push({ element: 'h2', id: id!, text: encodeText(heading).trim(), location: words.length });
      words.push(...encodeText(heading).trim().split(/\s+/u));
    }
    words.push(...encodeText(text).trim().split(/\s+/u));
  }
  return {
    url: '/reports/anqiu/2024/',
    content: words.join(' \u200b'),
    meta: { title: '安丘市2024年报告' },
    filters: { year: ['2024'] },
    anchors,
  };
}

const page = fragment([
  { text: '安丘市人民政府办公室，开通APP“掌上办”' },
  { heading: '一、总体情况', id: '一总体情况', text: '全年主动公开政府信息2999条。' },
  { heading: '二、依申请公开', id: '二依申请公开', text: '收到申请2999件，政府信息2999条已答复。' },
]);

describe('a page read from its fragment', () => {
  test('gives a phrase’s first place among the stored words and the section holding it, as Pagefind does', () => {
    const data = phraseData(page, pagefindQuery('政府信息2999条'), '/gov/pagefind/2024-2/')!;
    const words = page.content.split(/[\s\u200b]+/u);
    expect(words.slice(data.locations[0], data.locations[0]! + 2)).toEqual(encodeText('政府信').trim().split(' '));
    expect(data.url).toBe('/gov/reports/anqiu/2024/');
    expect(data.sub_results).toEqual([{ title: encodeText('一、总体情况').trim(), url: '/gov/reports/anqiu/2024/#%E4%B8%80%E6%80%BB%E4%BD%93%E6%83%85%E5%86%B5', locations: data.locations }]);
    expect(data.content).not.toContain('\u200b');
    expect(data.meta).toEqual(page.meta);
    expect(data.filters).toEqual(page.filters);
  });

  test('places a phrase before the first heading in the page itself', () => {
    for (const query of ['人民政府', 'app', 'APP']) {
      const data = phraseData(page, pagefindQuery(query), '/pagefind/2024/')!;
      expect(data.url).toBe('/reports/anqiu/2024/');
      expect(data.sub_results[0]!.url).toBe('/reports/anqiu/2024/');
    }
  });

  test('gives nothing for a page without the phrase’s words in a row, or for a query that is no phrase', () => {
    expect(phraseData(page, pagefindQuery('2999条政府'), '/pagefind/2024/')).toBeUndefined();
    expect(phraseData(page, pagefindQuery('全'), '/pagefind/2024/')).toBeUndefined();
  });

  test('reads a fragment file’s unpacked bytes, with or without Pagefind’s signature, and its URL from its first bytes', () => {
    const json = JSON.stringify(page);
    for (const text of [`pagefind_dcd${json}`, json]) expect(readFragment(new TextEncoder().encode(text).buffer)).toEqual(page);
    expect(urlAtStart(`pagefind_dcd${json}`.slice(0, 60))).toBe('/reports/anqiu/2024/');
    expect(urlAtStart(`pagefind_dcd${json}`.slice(0, 30))).toBeUndefined();
  });
});

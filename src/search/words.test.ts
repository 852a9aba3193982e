import { describe, expect, test } from 'vitest';
import { pagefindQuery } from './query';
import { searchableHtml } from './index-html';
import { addDocumentWords, holdingAll, termWords, wordDirectory, wordFile } from './words';

const wordsOf = (html: string) => {
  const words = new Set<string>();
  addDocumentWords(html, words);
  return words;
};

describe('the words of a search document', () => {
  test('hold every word a query for a part of its text looks up, whatever the case, width or accents', () => {
    const text = '全年主动公开政府信息２９９９条，开通APP“掌上办”，Café 与 COVID-19 专栏①。';
    const words = wordsOf(searchableHtml(`<p>${text}</p>`));
    for (const query of ['政府信息2999条', '２９９９', 'app', 'APP掌上办', 'cafe', 'café', 'covid', '19', '专栏1', '掌上办']) {
      for (const word of termWords(pagefindQuery(query))) expect(words, `${query}: ${word}`).toContain(word);
    }
  });

  test('looked up for a query are a quoted phrase’s words, numbers first, and none of an unquoted single character', () => {
    expect(termWords(pagefindQuery('政府信息２９９９条'))).toEqual(['2999', ...pagefindQuery('政府信息').slice(1, -1).split(' '), pagefindQuery('条')]);
    expect(termWords(pagefindQuery('条'))).toEqual([]);
  });
});

describe('the word directory', () => {
  const shards = (n: number, words: (i: number) => string[]) => Array.from({ length: n }, (_, i) => ({ folder: `${2024 - i}/`, words: words(i) }));

  test('lists each word at most half of the shards hold, with those shards, in the file its digest names', () => {
    const { files, byFile } = wordDirectory(shards(5, (i) => ['everywhere', ...(i < 2 ? ['two'] : []), ...(i < 3 ? ['three'] : []), `only${i}`]));
    expect(files).toBe(1);
    expect(byFile).toEqual(new Map([[wordFile('two', 1), { two: ['2024/', '2023/'], only0: ['2024/'], only1: ['2023/'], only2: ['2022/'], only3: ['2021/'], only4: ['2020/'] }]]));
  });

  test('has no files when no word is rare, or there is one shard', () => {
    expect(wordDirectory(shards(4, () => ['a', 'b'])).files).toBe(0);
    expect(wordDirectory(shards(1, () => ['a'])).files).toBe(0);
  });

  test('keeps a few hundred words a file however many words there are', () => {
    const { files, byFile } = wordDirectory(shards(3, (i) => Array.from({ length: 3000 }, (_, w) => `w${i}x${w}`)));
    expect(files).toBe(64);
    const sizes = [...byFile.values()].map((words) => Object.keys(words).length);
    expect(sizes.reduce((a, b) => a + b)).toBe(9000);
    expect(Math.max(...sizes)).toBeLessThan(256);
    for (const [file, words] of byFile) for (const word of Object.keys(words)) expect(wordFile(word, files)).toBe(file);
  });

  test('narrows to the shards holding every listed word, and not for words it does not list', () => {
    const listed: Record<string, string[]> = { a: ['2024/', '2023/'], b: ['2023/', '2022/'] };
    expect(holdingAll(['a', 'b', 'c'], (w) => listed[w])).toEqual(new Set(['2023/']));
    expect(holdingAll(['c'], (w) => listed[w])).toBeUndefined();
  });
});

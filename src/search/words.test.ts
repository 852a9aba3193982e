import { describe, expect, test } from 'vitest';
import { random } from '../../scripts/synthetic/random';
import { pagefindQuery } from './query';
import { searchableHtml } from './index-html';
import { listingFragment } from './shards';
import { addPageWords, holdingAll, sampleKey, termWords, wordDirectory, wordFile, type ShardWords } from './words';

const wordsOf = (html: string) => {
  const words: ShardWords = new Map();
  addPageWords(html, 'a/index.html', words);
  return new Set(words.keys());
};

describe('the words of a search document', () => {
  test('hold every word a query for a part of its text looks up, whatever the case, width or accents', () => {
    const text = '全年主动公开政府信息２９９９条，开通APP“掌上办”，Café 与 COVID-19 专栏①。';
    const words = wordsOf(searchableHtml(`<p>${text}</p>`));
    for (const query of ['政府信息2999条', '２９９９', 'app', 'APP掌上办', 'cafe', 'café', 'covid', '19', '专栏1', '掌上办']) {
      for (const word of termWords(pagefindQuery(query))) expect(words, `${query}: ${word}`).toContain(word);
    }
  });

  test('hold a query’s words whatever else the document holds, for every character of the Basic Multilingual Plane', () => {
    // ① folds the document whole; 电话： alone folds nothing.
    for (const before of ['①', '电话：']) {
      for (let c = 0x80; c <= 0xffff; c++) {
        if (c >= 0xd800 && c <= 0xdfff) continue;
        const part = `a${String.fromCharCode(c)}1`;
        const words: ShardWords = new Map();
        addPageWords(`${before} ${part}。`, 'a/index.html', words);
        for (const word of termWords(`"${part}"`)) expect(words.has(word), `U+${c.toString(16)}: ${word}`).toBe(true);
      }
    }
  });

  test('are the words a query takes from the same text, at its ends and between any characters', () => {
    // Seeded: the same texts every run.
    const { int, pick } = random(7);
    const pieces = ['a', 'Z', 'z', '0', '9', '5tg', 'z2', '2999', ' ', '-', '/', '`', '{', '@', '[', ':', '政', '，', '２', 'É', 'ǆ', '①', '\u0301'];
    for (let n = 0; n < 5_000; n++) {
      let text = '';
      for (let k = int(0, 11); k > 0; k--) text += pick(pieces);
      const words: ShardWords = new Map();
      addPageWords(text, 'a/index.html', words);
      expect(new Set(words.keys()), JSON.stringify(text)).toEqual(new Set(termWords(`"${text}"`)));
    }
  });

  test('note the first page of a shard holding each, and whether it is the only one', () => {
    const words: ShardWords = new Map();
    addPageWords(searchableHtml('<p>编号2999，电话4641001</p>'), 'a/index.html', words);
    addPageWords(searchableHtml('<p>电话4641001，编号3001</p>'), 'b/index.html', words);
    addPageWords(searchableHtml('<p>电话4641001</p>'), 'c/index.html', words);
    // Numbers as the index writes them, led by a z (src/search/tokens.ts).
    expect(words.get('z2999')).toEqual({ page: 'a/index.html', only: true });
    expect(words.get('z3001')).toEqual({ page: 'b/index.html', only: true });
    expect(words.get('z4641001')).toEqual({ page: 'a/index.html', only: false });
  });

  test('looked up for a query are a quoted phrase’s words, numbers first, and none of an unquoted single character', () => {
    expect(termWords(pagefindQuery('政府信息２９９９条'))).toEqual(['z2999', ...pagefindQuery('政府信息').slice(1, -1).split(' '), pagefindQuery('条')]);
    expect(termWords(pagefindQuery('条'))).toEqual([]);
  });
});

describe('the word directory', () => {
  const shards = (n: number, words: (i: number) => string[]) =>
    Array.from({ length: n }, (_, i) => ({ folder: `${2024 - i}/`, words: words(i).map((word) => [word, undefined] as const) }));

  test('lists each word at most half of the shards hold, with those shards, in the file its digest names', () => {
    const { files, byFile } = wordDirectory(shards(5, (i) => ['everywhere', ...(i < 2 ? ['two'] : []), ...(i < 3 ? ['three'] : []), `only${i}`]));
    expect(files).toBe(1);
    expect(byFile).toEqual(new Map([[wordFile('two', 1), { two: ['2024/', '2023/'], only0: ['2024/'], only1: ['2023/'], only2: ['2022/'], only3: ['2021/'], only4: ['2020/'] }]]));
  });

  test('lists with a shard the fragment of its one page holding the word, when one does', () => {
    const { byFile } = wordDirectory([
      { folder: '2024/', words: [['rare', 'und_a'], ['two', undefined], ['all', undefined]] },
      { folder: '2023/', words: [['two', 'und_b'], ['all', undefined]] },
      { folder: '2022/', words: [['all', 'und_c']] },
      { folder: '2021/', words: [['all', undefined]] },
    ]);
    const listed = Object.assign({}, ...byFile.values()) as Record<string, string[]>;
    expect(listed).toEqual({ rare: ['2024/und_a'], two: ['2024/', '2023/und_b'] });
    expect(holdingAll(['two', 'rare'], (w) => listed[w])).toEqual(new Set(['2024/']));
    expect(listed['two']!.map(listingFragment)).toEqual([undefined, '2023/fragment/und_b.pf_fragment']);
  });

  test('has no files when no word is rare, or there is one shard, and none is sampled', () => {
    expect(wordDirectory(shards(4, () => ['a', 'b'])).files).toBe(0);
    expect(wordDirectory(shards(1, () => ['a'])).files).toBe(0);
  });

  test('samples in the first shard, in each word’s file, the page given for it, under a key no word has', () => {
    const { files, byFile } = wordDirectory(shards(4, () => ['a', 'b']), [['a', 'und_a'], ['b', undefined]]);
    expect(files).toBe(1);
    expect(byFile).toEqual(new Map([[wordFile('a', 1), { [sampleKey('a')]: ['2024/und_a'] }]]));
    expect(termWords(pagefindQuery(sampleKey('a')))).not.toContain(sampleKey('a'));
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

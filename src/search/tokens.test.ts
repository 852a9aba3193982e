import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { random } from '../../scripts/synthetic/random';
import { decodeText, encodeText, runTokens } from './tokens';

/** encodeText as replaces: each word other than Chinese led by a z, the runs, then marks after and before those words. */
function encodeByReplaces(text: string): string {
  const mark = '[\\u3001-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20\\uff3b-\\uff40\\uff5b-\\uff65\\u2018-\\u201f\\u2026]';
  const word = `(?![\\u3400-\\u9fff]|${mark})[\\p{L}\\p{N}\\p{M}]`;
  return text
    .replace(new RegExp(`(?:${word})+`, 'gu'), (w) => `z${w}`)
    .replace(/[\u3400-\u9fff]+/gu, (run) => ` ${runTokens(run).join(' ')} `)
    .replace(new RegExp(`(?<=${word})(${mark})`, 'gu'), ' $1')
    .replace(new RegExp(`(${mark})(?=${word})`, 'gu'), '$1 ');
}

/** decodeText as a regex for the tokens, a match for each one's characters, and replaces. */
function decodeByRegex(stored: string): string {
  const mark = '[\\u3001-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20\\uff3b-\\uff40\\uff5b-\\uff65\\u2018-\\u201f\\u2026]';
  const word = `(?![\\u3400-\\u9fff]|${mark})[\\p{L}\\p{N}\\p{M}]`;
  const unled = (text: string) => text.replace(/(?<![\p{L}\p{N}\p{M}])z(?=[\p{L}\p{N}\p{M}])/gu, '');
  const char = (digits: string) => String.fromCodePoint(parseInt(digits, 36) + 0x3400);
  const encoded = stored.replace(/\u200b/gu, '');
  let out = '';
  let pos = 0;
  let runEnd: string | undefined;
  for (const m of encoded.matchAll(/(?<![^ ])(?:[0-9a-l][0-9a-z]{2}){1,2}(?![^ ])/gu)) {
    const chars = m[0].match(/.{3}/gu)!.map(char);
    let between = unled(encoded.slice(pos, m.index));
    if (runEnd !== undefined && chars.length === 2 && between === ' ' && chars[0] === runEnd) {
      out += chars[1];
    } else {
      if (runEnd !== undefined) between = between.replace(/^ /u, '');
      out += between.replace(/ $/u, '') + chars.join('');
    }
    runEnd = chars.at(-1);
    pos = m.index + m[0].length;
  }
  const tail = unled(encoded.slice(pos));
  return (out + (runEnd === undefined ? tail : tail.replace(/^ /u, '')))
    .replace(new RegExp(`(?<=${word}) (${mark})`, 'gu'), '$1')
    .replace(new RegExp(`(${mark}) (?=${word})`, 'gu'), '$1');
}

describe('index tokens', () => {
  test('encode any text as the replaces do, at the edges of every range too, and read it back', () => {
    // Letters and digits (the word mark among them), Chinese and its neighbours, each mark range's ends and neighbours, letters, digits
    // and marks of other scripts (a letter and a digit among the marks), characters outside the BMP, a lone surrogate.
    const alphabet = [...'aZz09 @_.-政府息éⅡ①〇々ｚ', '\u0301', '\ud800', '\u33ff', '\u3400', '\u9fff', '\ua000', '\u3000', '\u3001', '\u303f', '\u3040', '\uff00', '\uff01', '\uff0f', '\uff10', '\uff19', '\uff1a', '\uff20', '\uff21', '\uff3b', '\uff40', '\uff41', '\uff5b', '\uff65', '\uff66', '\u2017', '\u2018', '\u201f', '\u2020', '\u2025', '\u2026', '\u2027', '𠀀'];
    // A fixed sequence: the same texts in every run.
    const { int, pick } = random(7);
    for (let n = 0; n < 20_000; n++) {
      const text = Array.from({ length: int(0, 11) }, () => pick(alphabet)).join('');
      expect(encodeText(text), JSON.stringify(text)).toBe(encodeByReplaces(text));
      // Back as it was, whitespace aside (a space written between a mark and a word goes with the one encodeText put there).
      expect(decodeText(encodeText(text)).replace(/\s/gu, ''), JSON.stringify(text)).toBe(text.replace(/\s/gu, ''));
    }
  });

  test('read back any stored text as the regex and replaces do, tokens of wrong digits or out of place included', () => {
    // Tokens, digits around the limit of a token's first (l, m), spaces, Pagefind's zero-width space, leads, marks, words,
    // a character outside the BMP and its halves alone, a combining mark.
    const pieces = ['5tg', '72m8aq', 'l00', 'm00', 'lzz', '5tgm00', 'zz', 'z2023', ' ', ' ', '  ', '\u200b', '：', '，', 'é', 'a', '政', '0', '-', 'z', '𠀀', '\ud840', '\udc00', '\u0301'];
    const { int, pick } = random(11);
    for (let n = 0; n < 20_000; n++) {
      let stored = '';
      for (let k = int(0, 12); k > 0; k--) stored += pick(pieces);
      expect(decodeText(stored), JSON.stringify(stored)).toBe(decodeByRegex(stored));
    }
    for (const text of ['电话：0536-4641001，传真', '凌河街道 办事处（2023）', 'Café 与 COVID-19 专栏①']) expect(decodeText(encodeText(text))).toBe(decodeByRegex(encodeText(text)));
  });


  test('write a run of Chinese characters as overlapping pairs in Latin letters and digits', () => {
    const tokens = runTokens('凌河街道');
    expect(tokens).toHaveLength(3);
    expect(tokens.every((t) => /^[0-9a-l][0-9a-z]{2}[0-9a-l][0-9a-z]{2}$/u.test(t))).toBe(true);
    // 凌河 河街 街道: each pair starts with the character the previous one ended with.
    expect(tokens[0]!.slice(3)).toBe(tokens[1]!.slice(0, 3));
    expect(runTokens('市')).toHaveLength(1);
  });

  test('give the same tokens to a phrase wherever it stands, so it matches mid-sentence', () => {
    // Mid-sentence the phrase's pairs appear, in order and next to each other, among the sentence's pairs.
    expect(encodeText('街道收到依申请公开2件')).toContain(encodeText('依申请公开').trim());
    expect(encodeText('街道收到依申请 公开')).not.toContain(encodeText('依申请公开').trim());
  });

  test('lead every other word by a z, and part Chinese punctuation from those words', () => {
    expect(encodeText('2023年，email: a@b.cn')).toMatch(/^z2023 [0-9a-l][0-9a-z]{2} ， zemail: za@zb\.zcn$/u);
    expect(encodeText('电话：0536-4641001')).toMatch(/ ： z0536-z4641001$/u);
    expect(encodeText('〔2021〕30号')).toMatch(/^〔 z2021 〕 z30 /u);
    expect(encodeText('Ⅱ：café；zoo')).toBe('zⅡ ： zcafé ； zzoo');
    for (const text of ['电话：0536-4641001，传真', '国办公开办函〔2021〕30号）', '“APP”与（1）']) expect(decodeText(encodeText(text))).toBe(text);
  });

  test('read back the text of a whole bundled report, whitespace aside', () => {
    const text = readFileSync(new URL('../../content/reports/2023/anqiushi-linghejiedao-banshichu.md', import.meta.url), 'utf8');
    expect(decodeText(encodeText(text))).toBe(text);
    expect(decodeText(encodeText('政府 信息（一）主动公开 xxgk@qq.com'))).toBe('政府 信息（一）主动公开 xxgk@qq.com');
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { decodeText, encodeText, runTokens } from './tokens';

/** encodeText as first written, three replaces: the runs, then marks after and before letters and digits. */
function encodeByReplaces(text: string): string {
  const mark = '[\\u3001-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20\\uff3b-\\uff40\\uff5b-\\uff65\\u2018-\\u201f\\u2026]';
  return text
    .replace(/[\u3400-\u9fff]+/gu, (run) => ` ${runTokens(run).join(' ')} `)
    .replace(new RegExp(`(?<=[A-Za-z0-9])(${mark})`, 'gu'), ' $1')
    .replace(new RegExp(`(${mark})(?=[A-Za-z0-9])`, 'gu'), '$1 ');
}

describe('index tokens', () => {
  test('encode any text as the three replaces did, at the edges of every range too', () => {
    // Letters and digits, Chinese and its neighbours, each mark range's ends and neighbours, a character outside the BMP.
    const alphabet = [...'aZ09 @_.-政府息', '\u33ff', '\u3400', '\u9fff', '\ua000', '\u3000', '\u3001', '\u303f', '\u3040', '\uff00', '\uff01', '\uff0f', '\uff10', '\uff19', '\uff1a', '\uff20', '\uff21', '\uff3b', '\uff40', '\uff41', '\uff5b', '\uff65', '\uff66', '\u2017', '\u2018', '\u201f', '\u2020', '\u2025', '\u2026', '\u2027', '𠀀'];
    // A fixed sequence (a linear congruential generator): the same texts in every run.
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 20_000; n++) {
      const text = Array.from({ length: Math.floor(next() * 12) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      expect(encodeText(text), JSON.stringify(text)).toBe(encodeByReplaces(text));
    }
  });


  test('write a run of Chinese characters as overlapping pairs in Latin letters and digits', () => {
    const tokens = runTokens('凌河街道');
    expect(tokens).toHaveLength(3);
    expect(tokens.every((t) => /^h0[0-9a-z]{6}$/u.test(t))).toBe(true);
    // 凌河 河街 街道: each pair starts with the character the previous one ended with.
    expect(tokens[0]!.slice(5)).toBe(tokens[1]!.slice(2, 5));
    expect(runTokens('市')).toHaveLength(1);
  });

  test('give the same tokens to a phrase wherever it stands, so it matches mid-sentence', () => {
    // Mid-sentence the phrase's pairs appear, in order and next to each other, among the sentence's pairs.
    expect(encodeText('街道收到依申请公开2件')).toContain(encodeText('依申请公开').trim());
    expect(encodeText('街道收到依申请 公开')).not.toContain(encodeText('依申请公开').trim());
  });

  test('leave letters, digits and punctuation as they are, but part Chinese punctuation from letters and digits', () => {
    expect(encodeText('2023年，email: a@b.cn')).toMatch(/^2023 h0[0-9a-z]{3} ， email: a@b\.cn$/u);
    expect(encodeText('电话：0536-4641001')).toMatch(/ ： 0536-4641001$/u);
    expect(encodeText('〔2021〕30号')).toMatch(/^〔 2021 〕 30 /u);
    for (const text of ['电话：0536-4641001，传真', '国办公开办函〔2021〕30号）', '“APP”与（1）']) expect(decodeText(encodeText(text))).toBe(text);
  });

  test('read back the text of a whole bundled report, whitespace aside', () => {
    const text = readFileSync(new URL('../../content/reports/2023/anqiushi-linghejiedao-banshichu.md', import.meta.url), 'utf8');
    expect(decodeText(encodeText(text))).toBe(text);
    expect(decodeText(encodeText('政府 信息（一）主动公开 xxgk@qq.com'))).toBe('政府 信息（一）主动公开 xxgk@qq.com');
  });
});

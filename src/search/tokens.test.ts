import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { decodeText, encodeText, runTokens } from './tokens';

describe('index tokens', () => {
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

import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import { describe, expect, test } from 'vitest';
import { random, type Random } from '../../../scripts/synthetic/random';
import { importFile } from '../../import';
import { REAL, realHints, realNames, SEEDS, seedNames } from '../../import/testing';
import { plainMarkdownHtml } from './plain';
import { markdownPipeline } from './render';
import { splitNarrative } from './sections';

const pipeline = (markdown: string) => String(markdownPipeline(new GithubSlugger()).processSync(markdown));
const plain = (markdown: string) => {
  const slugger = new GithubSlugger();
  return plainMarkdownHtml(markdown, (text) => slugger.slug(text));
};

/** The parts of a body as the page renders them one by one (./index.ts). */
const parts = (body: string) => {
  const { intro, parts, rest } = splitNarrative(body);
  return [intro, ...Object.values(parts).map((p) => p.markdown), ...rest.map((p) => p.markdown)].filter((m) => m.trim());
};

/** Line beginnings and pieces of text among which CommonMark decides: spaces of several kinds, block markers, digits and dots, quotes. */
const STARTS = [...Array<string>(12).fill(''), '# ', '## ', '### ', '## ', '### ', '###### ', '####### ', '#', '##  ', '- ', '-', '+ ', '= ', '===', '1. ', '1.', '2) ', '12.', '1234567890. ', '> ', ' ', '   ', '    ', '　　', '\u00a0', '~~~', '---'];
const TEXT = ['政府', '信息公开', '（一）', '《条例》', '，', '。', '：', '“三公”', 'abc', 'A', '2023', '1', '.', ')', '"', "'", '#', ' #', '-', '+', '=', '!', '|', '/', '%', '?', '\\<', '>', '\\'];
/** Spaces, which decide at either end of a line, and characters the pipeline alone handles: a fifth of the pieces. */
const ODD = [' ', '  ', '\t', '\r', '　', '\u00a0', '\u2003', '\u200b', 'http://www.gov.cn', '*', '&', '<'];
const PIECES = [...TEXT, ...TEXT.filter((_, i) => i % 2 === 0), ...ODD];

function body({ next, pick }: Random): string {
  const lines: string[] = [];
  for (let n = 1 + Math.floor(next() * 4); n > 0; n--) {
    let line = pick(STARTS);
    for (let k = Math.floor(next() * 5); k > 0; k--) line += pick(PIECES);
    lines.push(line, ...(next() < 0.5 ? [''] : []));
  }
  return lines.join('\n');
}

describe('plainMarkdownHtml', () => {
  test('writes what the Markdown pipeline writes for real report bodies, every part of which it takes', async () => {
    const bodies = [
      ...(await Promise.all(realNames().map((name) => importFile(join(REAL, name, 'source.html'), realHints(name))))),
      ...(await Promise.all(seedNames().map((name) => importFile(join(SEEDS, `${name}.txt`))))),
    ].map((imported) => imported.body);
    expect(bodies.length).toBeGreaterThanOrEqual(10);
    const all = bodies.flatMap(parts);
    const taken = all.filter((markdown) => plain(markdown) !== undefined);
    for (const markdown of taken) expect(plain(markdown)).toBe(pipeline(markdown));
    expect(taken.length).toBe(all.length);
  });

  test('writes what the Markdown pipeline writes for every generated body it takes, and leaves the others', () => {
    // Seeded: the same bodies every run.
    const generator = random(20261203);
    let taken = 0;
    for (let i = 0; i < 20_000; i++) {
      const markdown = body(generator);
      const html = plain(markdown);
      if (html === undefined) continue;
      taken++;
      expect(html, JSON.stringify(markdown)).toBe(pipeline(markdown));
    }
    expect(taken).toBeGreaterThan(2_500);
  });

  test('gives headings the ids the pipeline gives, repeated text included', () => {
    const markdown = '## 工作情况\n\n正文。\n### 工作情况\n\n# 工作情况 2023\n段落一\n段落二';
    expect(plain(markdown)).toBe(pipeline(markdown));
    expect(plain(markdown)).toContain('<h3 id="工作情况-1">');
  });

  test('takes no slug from a body it leaves to the pipeline', () => {
    const slugs: string[] = [];
    expect(plainMarkdownHtml('## 一、总体情况\n\n正文\n\n- 列表', (text) => (slugs.push(text), text))).toBeUndefined();
    expect(slugs).toEqual([]);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import GithubSlugger from 'github-slugger';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { readReportFile } from '../frontmatter';
import { renderNarrative } from './index';
import rehypeHeadingIds from './rehype-heading-ids';
import { markdownRenderer } from './render';
import { splitNarrative } from './sections';

const body = `本报告根据《条例》编制。

## 一、总体情况

### （一）主动公开

主动公开政府信息1554条。

## 三、收到和处理政府信息公开申请情况

## 五、存在的主要问题及改进情况

### （一）主动公开

<script>alert(1)</script><p onclick="steal()">改进<b>措施</b></p><iframe src="http://x"></iframe>

## 六、其他需要报告的事项

无。

## 七、附件

附表一份。`;

describe('splitNarrative', () => {
  test('cuts the body at its numbered parts and keeps the preface and any extra part', () => {
    const n = splitNarrative(body);
    expect(n.intro).toBe('本报告根据《条例》编制。');
    expect(Object.keys(n.parts)).toEqual(['一', '三', '五', '六']);
    expect(n.parts.一!.heading).toBe('一、总体情况');
    expect(n.parts.一!.markdown).toBe('### （一）主动公开\n\n主动公开政府信息1554条。');
    expect(n.parts.三!.markdown).toBe('');
    expect(n.rest.map((p) => p.heading)).toEqual(['七、附件']);
  });
});

describe('renderNarrative', () => {
  const html = renderNarrative(body);

  test('removes scripts, event handlers and frames from raw HTML but keeps safe markup', () => {
    expect(html.parts.五!.html).not.toMatch(/script|onclick|iframe|alert/);
    expect(html.parts.五!.html).toContain('改进<b>措施</b>');
  });

  test('gives the same heading text in two parts two distinct ids', () => {
    const ids = [...(html.parts.一!.html + html.parts.五!.html).matchAll(/id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
    expect(html.parts.一!.id).not.toBe(html.parts.五!.id);
  });

  test('never gives a narrative heading an id the page uses for its tables', () => {
    const n = renderNarrative('## 一、总体情况\n\n### applications\n\n### proactive');
    expect(n.parts.一!.html).not.toMatch(/id="(applications|proactive)"/);
  });

  test('renders an empty body as nothing', () => {
    expect(renderNarrative(undefined)).toEqual({ intro: '', parts: {}, rest: [] });
  });
});

describe('markdownRenderer', () => {
  /** The bundled reports' bodies, as the loader reads them: real narratives, one with an escaped URL in angle brackets. */
  const content = resolve(import.meta.dirname, '../../../content/reports');
  const bodies = readdirSync(content, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .map((f) => readReportFile(readFileSync(resolve(content, f), 'utf8'), f).body);
  /** As rendered before raw HTML was parsed only where there is some: through parse5 always. */
  const alwaysRaw = (markdown: string) =>
    String(unified().use(remarkParse).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw).use(rehypeSanitize).use(rehypeHeadingIds, { slugger: new GithubSlugger() }).use(rehypeStringify).processSync(markdown));

  test('renders bodies without HTML as parsing them again would', () => {
    expect(bodies).toHaveLength(5);
    for (const markdown of bodies) expect(markdownRenderer()(markdown)).toBe(alwaysRaw(markdown));
  });

  test('still parses and sanitizes HTML inside a body', () => {
    const html = markdownRenderer()('段落<br>换行 <span onclick="x()">文字</span>\n\n<div><h3>标题</h3></div>');
    expect(html).toBe(alwaysRaw('段落<br>换行 <span onclick="x()">文字</span>\n\n<div><h3>标题</h3></div>'));
    expect(html).toContain('<br>');
    expect(html).not.toContain('onclick');
    expect(html).toContain('<h3 id="标题">标题</h3>');
  });
});

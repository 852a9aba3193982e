import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { importFile } from '.';
import { readJson, REAL, realHints, withoutNotes } from './testing';

const NAME = 'pingtan-shehuishiye-2024';

/** The archived report container put back into a page with navigation and a footer, as crawlers save it. */
function fullPage(): string {
  const container = readFileSync(join(REAL, NAME, 'source.html'), 'utf8').replace(/^[\s\S]*<body>|<\/body>[\s\S]*$/gu, '');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>社会事业局年报_平潭综合实验区党工委管委会</title></head><body>
<ul class="nav"><li>首页</li><li>政务公开</li><li>政府信息公开指南</li><li>政府信息公开年度报告</li></ul>
<div class="crumbs">当前位置：首页 &gt; 政务公开 &gt; 年度报告</div>
${container}
<div class="share">【打印本页】【关闭窗口】</div>
<div class="footer"><p>主办单位：平潭综合实验区党工委管委会办公室</p><p>版权所有 © 2025 平潭综合实验区</p><p>闽ICP备12345678号-1</p><p>网站标识码：3501280001</p></div>
</body></html>`;
}

describe('a whole saved page', () => {
  it('reads the report inside the page’s navigation and footer', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-page-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, 'page.html');
    writeFileSync(file, fullPage());
    const { report, body } = await importFile(file, realHints(NAME));
    expect(report).toEqual(withoutNotes(readJson(join(REAL, NAME, 'expected.json'))));
    expect(body.startsWith('根据《中华人民共和国政府信息公开条例》')).toBe(true);
    expect(body.trimEnd().endsWith('2025年1月20日')).toBe(true);
    expect(body).not.toMatch(/首页|版权所有|ICP备|打印本页|政府信息公开指南/u);
  });
});

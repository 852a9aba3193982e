import { chineseNumber, dateLine } from './dates';
import type { Block, Hints } from './document';
import { basename } from 'node:path';
import { compact, fold } from './normalize';

/** Page furniture CMS pages put around the article (时间：… 来源：… 字体：大 中 小, footers …). */
export const FURNITURE =
  /^(?:(?:发布|更新)?时间|来源|发布日期|发布机构|浏览次数|点击数|阅读次数|字体|字号|索引号|【|\[|分享|打印|关闭|附件|首页|当前位置|您的位置|您现在的位置|上一篇|下一篇|相关链接|相关文章|网站地图|联系我们|版权所有|主办单位|承办单位|技术支持|网站标识码|扫一扫|.{0,20}ICP备|.{0,20}公网安备)/u;

const YEAR = /((?:19|20)\d{2})\s*年/u;

/** A line that can be (part of) a title: short, no sentence punctuation, not page furniture. */
const titleLine = (b: Block | undefined): b is Block & { kind: 'paragraph' } =>
  b?.kind === 'paragraph' && b.text.length <= 60 && !/[。，,；;：:]/u.test(b.text) && !FURNITURE.test(b.text);

/** How many blocks from the top may precede the title (a page's navigation, a document number). */
const TITLE_WITHIN = 40;

/**
 * The report title: the page's article title when the container states it, else the first
 * short line naming a 年度报告 with the year, together with the lines before it when the
 * title is split over two or three centred lines. A menu entry “政府信息公开年度报告” has no
 * year and is passed over.
 */
export function findTitle(blocks: readonly Block[], hints: Hints): string | undefined {
  if (hints.title) return compact(hints.title);
  return findTitleLines(blocks)?.title;
}

/** The title found in the text and the index of its last line. */
export function findTitleLines(blocks: readonly Block[]): { title: string; end: number } | undefined {
  for (let end = 0; end < Math.min(blocks.length, TITLE_WITHIN); end++) {
    const b = blocks[end];
    if (!titleLine(b) || !compact(b.text).includes('年度报告')) continue;
    let title = compact(b.text);
    // Earlier lines belong to the title while it lacks the year or the organ before it.
    for (let i = end - 1; i >= Math.max(0, end - 2) && !/^.+(?:19|20)\d{2}年/u.test(title); i--) {
      const prev = blocks[i];
      if (!titleLine(prev)) break;
      title = compact(prev.text) + title;
    }
    if (YEAR.test(title) || /[〇零一二][〇零一二三四五六七八九]{3}年/u.test(title)) return { title, end };
  }
  return undefined;
}

/** A file saved under the report's title (平潭…2020年度政府信息公开工作年度报告.html) names it when the text does not. */
export function titleFromFileName(file: string): string | undefined {
  const name = compact(basename(file).replace(/\.[^.]+$/u, ''));
  return name.includes('年度报告') && YEAR.test(name) ? name : undefined;
}

/** The year reported on: in the title, else the statistics period (统计期限自2020年1月1日…). */
export function findYear(title: string | undefined, blocks: readonly Block[]): number | undefined {
  const fromTitle = title ? YEAR.exec(title) : null;
  if (fromTitle) return Number(fromTitle[1]);
  const written = title ? /([〇零一二][〇零一二三四五六七八九]{3})年/u.exec(title) : null;
  if (written) return chineseNumber(written[1]!);
  for (const b of blocks) {
    if (b.kind !== 'paragraph') continue;
    const m = /统计(?:期限|时限|时间|区间)[^。]*?((?:19|20)\d{2})\s*年\s*1\s*月\s*1\s*日/u.exec(fold(b.text));
    if (m) return Number(m[1]);
  }
  return undefined;
}

/**
 * The date under the signature: a date-only line at the end of the report — after the heading
 * of section 六 when there is one (a page footer may follow), else among the last lines.
 */
export function findPublished(blocks: readonly Block[], after = blocks.length - 12): { date: string; index: number } | undefined {
  for (let i = blocks.length - 1; i >= Math.max(0, after); i--) {
    const b = blocks[i]!;
    const date = b.kind === 'paragraph' ? dateLine(b.text) : undefined;
    if (date) return { date, index: i };
  }
  return undefined;
}

/** A date stated right under the title, for reports without a dated signature. */
export function dateUnderTitle(blocks: readonly Block[]): string | undefined {
  const title = findTitleLines(blocks);
  if (!title) return undefined;
  for (const b of blocks.slice(title.end + 1, title.end + 3)) {
    const date = b.kind === 'paragraph' ? dateLine(b.text) : undefined;
    if (date) return date;
  }
  return undefined;
}

const URL = /(https?:\/\/[^\s()<>,，。；;、"“”]+|www\.[a-z0-9-]+(?:\.[a-z0-9-]+)+[^\s()<>,，。；;、"“”]*)/iu;

/** Where the report is published: the page URL when known, else the website the report names for its electronic copy. */
export function findSourceUrl(blocks: readonly Block[], hints: Hints): string | undefined {
  if (hints.sourceUrl) return hints.sourceUrl;
  for (const b of blocks) {
    if (b.kind !== 'paragraph' || !/网站|网址|电子版|门户/u.test(b.text)) continue;
    const m = URL.exec(fold(b.text));
    if (m) return m[1];
  }
  return undefined;
}

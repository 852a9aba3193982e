import { dateLine } from './dates';
import type { Block, Hints } from './document';
import { compact, fold } from './normalize';

/** Page furniture CMS pages put around the article (时间：… 来源：… 字体：大 中 小 …). */
export const FURNITURE = /^(?:(?:发布)?时间|来源|发布日期|发布机构|浏览次数|点击数|字体|字号|索引号|【|分享|打印|关闭|附件|首页|当前位置|您的位置)/u;

const YEAR = /((?:19|20)\d{2})\s*年/u;

/**
 * The report title: the page's article title when the container states it, else the first
 * lines of the body up to 年度报告 (titles are often split over two centred lines).
 */
export function findTitle(blocks: readonly Block[], hints: Hints): string | undefined {
  if (hints.title) return compact(hints.title);
  let title = '';
  for (const b of blocks.slice(0, 8)) {
    if (b.kind !== 'paragraph' || FURNITURE.test(b.text)) continue;
    if (/[。；]/u.test(b.text) || title.length + b.text.length > 80) return undefined;
    title += compact(b.text);
    if (/年度?报告$/u.test(title)) return title;
    if (title.includes('年度报告')) return title;
  }
  return undefined;
}

/** The year reported on: in the title, else the statistics period (统计期限自2020年1月1日…). */
export function findYear(title: string | undefined, blocks: readonly Block[]): number | undefined {
  const fromTitle = title ? YEAR.exec(title) : null;
  if (fromTitle) return Number(fromTitle[1]);
  for (const b of blocks) {
    if (b.kind !== 'paragraph') continue;
    const m = /统计(?:期限|时限|时间|区间)[^。]*?((?:19|20)\d{2})\s*年\s*1\s*月\s*1\s*日/u.exec(fold(b.text));
    if (m) return Number(m[1]);
  }
  return undefined;
}

/** The date under the signature: a date-only line among the last lines of the report. */
export function findPublished(blocks: readonly Block[]): { date: string; index: number } | undefined {
  for (let i = blocks.length - 1; i >= Math.max(0, blocks.length - 12); i--) {
    const b = blocks[i]!;
    const date = b.kind === 'paragraph' ? dateLine(b.text) : undefined;
    if (date) return { date, index: i };
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

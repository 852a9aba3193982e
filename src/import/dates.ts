import { fold } from './normalize';

const DIGIT: Record<string, number> = { 〇: 0, 零: 0, O: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 二〇二四 → 2024, 十三 → 13, 二十 → 20: dates under a signature are often in Chinese numerals. */
export function chineseNumber(s: string): number | undefined {
  if (/^\d+$/u.test(s)) return Number(s);
  if (s.includes('十')) {
    const [tens, ones] = s.split('十');
    const t = tens ? DIGIT[tens] : 1;
    const o = ones ? DIGIT[ones] : 0;
    return t === undefined || o === undefined ? undefined : t * 10 + o;
  }
  const digits = [...s].map((c) => DIGIT[c]);
  return digits.every((d) => d !== undefined) ? Number(digits.join('')) : undefined;
}

const DATE = /^(\d{4}|[〇零O一二三四五六七八九]{4})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日$/u;

/** A line that is only a date (the one under a signature), as YYYY-MM-DD. */
const ISO = /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})$/u;

export function dateLine(text: string): string | undefined {
  // A date printed under the title is often in brackets: （2024年1月13日）.
  const t = fold(text).replace(/\s+/gu, '').replace(/^\((.*)\)$/u, '$1');
  const m = DATE.exec(t) ?? ISO.exec(t);
  if (!m) return undefined;
  const [y, mo, d] = [m[1]!, m[2]!, m[3]!].map(chineseNumber);
  if (!y || !mo || !d || mo > 12 || d > 31) return undefined;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

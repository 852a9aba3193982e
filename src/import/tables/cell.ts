import { fold } from '../normalize';

/** What one table cell holds once its layout is stripped away. */
export type CellValue =
  | { readonly kind: 'blank' }
  | { readonly kind: 'mark' }
  | { readonly kind: 'number'; readonly digits: string; readonly negative: boolean; readonly unit: Unit | undefined }
  | { readonly kind: 'text' };

export type Unit = '元' | '万元';

// Marks agencies print instead of a number; each means “nothing stated” and becomes null.
const MARK = /^(?:[/\\\-—–─―－ー~～]+|无|空)$/u;
// A count or amount as printed: 1,234 / 6586650.10元 / -3 / +2 件.
const NUMBER = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(万元|元|件|条|个|项|次)?$/u;

/**
 * Classifies a cell's text. Padding (NBSP, U+3000) and a space before the unit are ignored;
 * a space between digits is not, since “1 2” may be two cells glued together.
 */
export function readCell(text: string): CellValue {
  const t = fold(text).trim().replace(/(\d)\s+(?=万?元|[件条个项次]$)/u, '$1');
  if (t === '') return { kind: 'blank' };
  if (MARK.test(t)) return { kind: 'mark' };
  const m = NUMBER.exec(t);
  if (!m) return { kind: 'text' };
  const unit = m[4] === '元' || m[4] === '万元' ? m[4] : undefined;
  return { kind: 'number', digits: m[2]!.replace(/,/gu, '') + (m[3] ?? ''), negative: m[1] === '-', unit };
}

export const isValue = (c: CellValue): boolean => c.kind === 'number' || c.kind === 'mark';

/** Moves the decimal point by `places` on the digit string, so 6586650.10 元 → 658.66501 万元 exactly. */
function shiftDecimal(digits: string, places: number): number {
  const [whole = '0', frac = ''] = digits.split('.');
  const padded = whole.padStart(places + 1, '0');
  const cut = padded.length - places;
  return Number(`${padded.slice(0, cut)}.${padded.slice(cut)}${frac}`);
}

/** Why a cell is not the number its column holds. */
type CellProblem = 'decimal' | 'negative' | 'text';

/** A count (件): a whole number, or null for blanks and marks. */
export function toCount(c: CellValue, signed = false): number | null | CellProblem {
  if (c.kind === 'blank' || c.kind === 'mark') return null;
  if (c.kind === 'text') return 'text';
  if (c.digits.includes('.')) return 'decimal';
  if (c.negative && !signed) return 'negative';
  const n = Number(c.digits);
  return c.negative ? -n : n;
}

/** An amount in 万元; a cell that writes 元 (or a column headed in 元) is divided by 10 000. */
export function toWanYuan(c: CellValue, columnUnit: Unit): number | null | CellProblem {
  if (c.kind === 'blank' || c.kind === 'mark') return null;
  if (c.kind === 'text') return 'text';
  if (c.negative) return 'negative';
  return (c.unit ?? columnUnit) === '元' ? shiftDecimal(c.digits, 4) : Number(c.digits);
}

import { z } from 'astro/zod';
import { APPEAL_COLUMNS, APPLICANT_COLUMNS, type Label } from '../labels';

/** One table cell: a count as printed, or null where the source left it blank or wrote “/”, “—”, “无”. */
const CELL_EXPECTED = 'expected a whole number ≥ 0, or null for a blank cell';
export const cell = z.int({ error: CELL_EXPECTED }).nonnegative({ error: CELL_EXPECTED }).nullable();

/** An amount in 万元 (may hold decimals), or null. */
export const amount = z
  .number({ error: 'expected an amount in 万元 ≥ 0, or null for a blank cell' })
  .nonnegative({ error: 'expected an amount in 万元 ≥ 0, or null for a blank cell' })
  .nullable();

/** 本年增/减: a signed count, or null. */
export const signedCell = z.int({ error: 'expected a whole number (may be negative), or null for a blank cell' }).nullable();

const cellRow = (columns: readonly Label[]) =>
  z.array(cell).length(columns.length, {
    error: `expected ${columns.length} cells (${columns.map((c) => c.label).join(', ')})`,
  });

/** A section-3 row: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计 (件). */
export const applicantRow = cellRow(APPLICANT_COLUMNS);

/** A section-4 row: 结果维持, 结果纠正, 其他结果, 尚未审结, 总计 (件). */
export const appealRow = cellRow(APPEAL_COLUMNS);

/** A strict object with one `row` per label, keys taken from the label table. */
export function rowsOf<const L extends readonly Label[], T extends z.ZodType>(labels: L, row: T) {
  const shape = Object.fromEntries(labels.map((l) => [l.key, row])) as { [K in L[number]['key']]: T };
  return z.strictObject(shape);
}

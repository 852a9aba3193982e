import { z } from 'astro/zod';
import { PROACTIVE_2019, PROACTIVE_2021, PROACTIVE_AMOUNT_FIELDS, PROACTIVE_SIGNED_FIELDS, type ProactiveGroup } from '../labels';
import { amount, cell, signedCell } from './cells';

type Group = ProactiveGroup;
type RowKeys<G extends readonly Group[]> = G[number]['rows'][number]['key'];
/** The group (第二十条 item) whose rows include row K; distributes over the union of groups. */
type GroupOf<G extends Group, K extends string> = G extends { rows: readonly (infer R)[] } ? (R extends { key: K } ? G : never) : never;
type ColumnKeys<G extends readonly Group[], K extends string> = GroupOf<G[number], K>['columns'][number]['key'];
type FieldSchema = typeof cell | typeof amount | typeof signedCell;

function fieldSchema(key: string): FieldSchema {
  if ((PROACTIVE_AMOUNT_FIELDS as readonly string[]).includes(key)) return amount;
  if ((PROACTIVE_SIGNED_FIELDS as readonly string[]).includes(key)) return signedCell;
  return cell;
}

/**
 * Section 2 (第二十条 tables): one strict object per row, one field per column,
 * built from the label table so keys and order cannot drift from the official layout.
 */
function proactiveSchema<const G extends readonly Group[]>(groups: G) {
  const shape: Record<string, z.ZodType> = {};
  for (const group of groups) {
    const fields = z.strictObject(Object.fromEntries(group.columns.map((c) => [c.key, fieldSchema(c.key)])));
    for (const row of group.rows) shape[row.key] = fields;
  }
  return z.strictObject(shape) as unknown as z.ZodObject<
    {
      [K in RowKeys<G>]: z.ZodObject<
        { [F in ColumnKeys<G, K>]: F extends 'amount' ? typeof amount : F extends 'change' ? typeof signedCell : typeof cell },
        z.core.$strict
      >;
    },
    z.core.$strict
  >;
}

/** Template 2021: 规章 / 行政规范性文件 (制发·废止·现行有效), 许可·处罚·强制 决定数, 收费金额 (万元). */
export const proactive2021 = proactiveSchema(PROACTIVE_2021);
/** Template 2019: adds 其他对外管理服务事项 and 政府集中采购; counts are 新制作·新公开·公开总数 and 上年·增减·决定数. */
export const proactive2019 = proactiveSchema(PROACTIVE_2019);

import { z } from 'astro/zod';
import { NOT_PROCESSED_ROWS, OTHER_ROWS_2021, UNAVAILABLE_ROWS, WITHHELD_ROWS } from '../labels';
import { applicantRow, rowsOf } from './cells';

const sharedResults = {
  /** （一）予以公开 */
  disclosed: applicantRow,
  /** （二）部分公开 */
  partially_disclosed: applicantRow,
  /** （三）不予公开, eight reasons */
  withheld: rowsOf(WITHHELD_ROWS, applicantRow),
  /** （四）无法提供, three reasons */
  unavailable: rowsOf(UNAVAILABLE_ROWS, applicantRow),
  /** （五）不予处理, five reasons */
  not_processed: rowsOf(NOT_PROCESSED_ROWS, applicantRow),
};

function applicationsSchema<T extends z.ZodType>(other: T) {
  return z.strictObject({
    /** 一、本年新收政府信息公开申请数量 (件) */
    received: applicantRow,
    /** 二、上年结转政府信息公开申请数量 (件) */
    carried_over: applicantRow,
    /** 三、本年度办理结果 (件) */
    results: z.strictObject({
      ...sharedResults,
      /** （六）其他处理 */
      other,
      /** （七）总计 */
      total: applicantRow,
    }),
    /** 四、结转下年度继续办理 (件) */
    carried_forward: applicantRow,
  });
}

/** Section 3, template 2021: （六）其他处理 has three rows. */
export const applications2021 = applicationsSchema(rowsOf(OTHER_ROWS_2021, applicantRow));
/** Section 3, template 2019: （六）其他处理 is a single row. */
export const applications2019 = applicationsSchema(applicantRow);

import { stringify } from 'csv-stringify/sync';
import { PROACTIVE_AMOUNT_FIELDS, TEMPLATES } from '../labels';
import { CELL_COLUMNS } from './columns';
import { META_COLUMNS } from './open-data';

/** One line of the column dictionary of the downloads. */
export interface DictionaryEntry {
  key: string;
  /** Column header in the CSV and XLSX: the official label. */
  label: string;
  unit: string;
  /** Templates whose reports have the column. */
  templates: string[];
}

const unitOf = (key: string) => (PROACTIVE_AMOUNT_FIELDS.some((f) => key.endsWith(`.${f}`)) ? '万元' : '件');

/** Every column of reports.csv / reports.xlsx, in order. */
export const COLUMN_DICTIONARY: DictionaryEntry[] = [
  ...META_COLUMNS.map((c) => ({
    key: c.key,
    label: c.header,
    unit: c.key === 'checks' ? '处' : '',
    templates: c.key === 'checks' ? [...TEMPLATES] : [...TEMPLATES, 'none'],
  })),
  ...CELL_COLUMNS.map((c) => ({ key: c.key, label: c.header, unit: unitOf(c.key), templates: [...c.templates] })),
];

export function dictionaryCsv(): string {
  const rows = COLUMN_DICTIONARY.map((d) => [d.key, d.label, d.unit, d.templates.join(' ')]);
  return `\uFEFF${stringify([['key', '名称（官方表格行列）', '单位', '适用模板'], ...rows], { record_delimiter: '\r\n' })}`;
}

import { APPEAL_ROWS } from '../labels';
import { appealRow, rowsOf } from './cells';

/** Section 4: 行政复议, 行政诉讼·未经复议直接起诉, 行政诉讼·复议后起诉; 5 cells each (件). */
export const appeals = rowsOf(APPEAL_ROWS, appealRow);

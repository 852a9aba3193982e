/**
 * Text folding shared by every matcher: reports mix full- and half-width punctuation, put
 * spaces and line breaks inside labels and number rows with 1. 1． 1、 or （一）.
 */

/** NFKC folds full-width digits, letters and punctuation (１ （ ： ．) and U+3000/U+00A0 to ASCII. */
export const fold = (s: string): string => s.normalize('NFKC');

/** Removes all whitespace: Chinese text has none, so any found was put there by the layout. */
export const compact = (s: string): string => fold(s).replace(/\s+/gu, '');

const NUMBERING = /(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十]+\)|\d{1,2}[.、](?!\d))/gu;
const PUNCTUATION = /[\p{P}\p{S}]/gu;

/**
 * The comparable core of a label: whitespace, numbering and punctuation removed, so
 * “（三）不予公开 1． 属于国家秘密” and “(三)不予公开1.属于国家秘密” compare equal.
 */
export const labelKey = (s: string): string =>
  compact(s).replace(NUMBERING, '').replace(PUNCTUATION, '');

/** The label without its parenthesised note, e.g. 部分公开（区分处理的，…） → 部分公开. */
export const labelCore = (label: string): string => labelKey(fold(label).replace(/\([^)]*\)/gu, ''));

/**
 * PDF text puts a space on each side of a number set in a Latin font inside Chinese text
 * (金井湾商务营运中心 3 号楼 7 层, or 16 号 at the start of a line); the document has none there. A number between two
 * table cells (数量 217 1) keeps its spaces.
 */
export const despace = (s: string): string =>
  s.replace(/^(\d+(?:\.\d+)?)\s+(?=\p{Script=Han})/u, '$1').replace(/(\p{Script=Han})\s+(\d+(?:\.\d+)?)\s*(?=\p{Script=Han})|(\p{Script=Han})\s*(\d+(?:\.\d+)?)\s+(?=\p{Script=Han})/gu, '$1$2$3$4');

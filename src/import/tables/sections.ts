import { blockText, type Block } from '../document';
import { compact, fold, labelKey } from '../normalize';

/** The six official parts of a report, in order, with their number and how to recognise the title. */
export const SECTIONS = [
  { key: 'overview', number: 1, matches: (k: string) => k === '总体情况' },
  { key: 'proactive', number: 2, matches: (k: string) => /主动公开政府信息的?情况$/u.test(k) },
  { key: 'applications', number: 3, matches: (k: string) => /收到和处理政府信息公开申请的?情况$/u.test(k) },
  // Titles vary (复议和/、/与 诉讼, 因…申请行政复议、提起行政诉讼的情况, even 行政法复议).
  { key: 'appeals', number: 4, matches: (k: string) => k.includes('复议') && k.includes('诉讼') && k.endsWith('情况') },
  { key: 'problems', number: 5, matches: (k: string) => k.includes('问题') && k.includes('改进') },
  { key: 'other', number: 6, matches: (k: string) => k.includes('其他需要报告') },
] as const;

export type SectionKey = (typeof SECTIONS)[number]['key'];
/** Where a section's content starts, and whether a heading line stands before it (else its table's first cell starts it). */
export interface SectionStart {
  readonly start: number;
  readonly heading: boolean;
}
export type SectionIndex = Partial<Record<SectionKey, SectionStart>>;

const CHINESE_DIGITS = '一二三四五六';
const HEADING = /^(?:([一二三四五六])|([1-6]))\s*[、.,]\s*/u;
const OTHER_NUMBERING = /^[(（]?\s*[一二三四五六七八九十\d]+\s*[)）、.,]/u;

/** The section a block heads: its number must be the section's (一、 or 1、), so a sub-item “1.收到和处理…” is not one. */
export function headingOf(block: Block): SectionKey | undefined {
  // Some reports put a table's section heading in the table's first row, as its only cell.
  const filled = block.kind === 'row' ? block.cells.filter((c) => c.trim()) : [];
  if (block.kind === 'row' && filled.length !== 1) return undefined;
  const text = fold(block.kind === 'row' ? filled[0]! : block.text).trim().replace(/^#+\s*/u, '');
  if (text.length > 40) return undefined;
  const m = HEADING.exec(text);
  const number = m ? (m[1] ? CHINESE_DIGITS.indexOf(m[1]) + 1 : Number(m[2])) : undefined;
  // A sub-item numbered another way (（一） 1. 1）) is never a section heading.
  if (!m && OTHER_NUMBERING.test(text)) return undefined;
  const key = labelKey(m ? text.slice(m[0].length) : text);
  const section = SECTIONS.find((s) => s.matches(key));
  if (!section) return undefined;
  if (number === undefined ? key.length > 18 : number !== section.number) return undefined;
  return section.key;
}

/** Block index of each section heading, taking them in official order so prose mentions earlier on don't count. */
export function findSections(blocks: readonly Block[]): SectionIndex {
  const found: SectionIndex = {};
  let from = 0;
  for (const section of SECTIONS) {
    for (let i = from; i < blocks.length; i++) {
      if (headingOf(blocks[i]!) === section.key) {
        found[section.key] = { start: i + 1, heading: true };
        from = i + 1;
        break;
      }
    }
  }
  return found.applications === undefined ? withTableAnchors(blocks, found) : found;
}

// The first cell of each table, for reports that print the tables without their headings.
const ANCHORS = [
  ['proactive', /第二十条第[(（]一[)）]项/u],
  ['applications', /本年新收政府信息公开申请数量/u],
  ['appeals', /^行政复议$/u],
] as const;

/** Places the table sections at their tables' first cells when the headings are missing. */
function withTableAnchors(blocks: readonly Block[], found: SectionIndex): SectionIndex {
  const anchored: SectionIndex = { ...found };
  let from = (found.proactive ?? found.overview)?.start ?? 0;
  for (const [key, anchor] of ANCHORS) {
    if (anchored[key] !== undefined) continue;
    const at = blocks.findIndex((b, i) => i >= from && (b.kind === 'row' ? b.cells.some((c) => anchor.test(compact(c))) : anchor.test(compact(b.text))));
    if (at < 0) return found;
    anchored[key] = { start: at, heading: false };
    from = at + 1;
  }
  return anchored;
}

/** The block range of a section: from its start to the next section's heading (or first cell). */
export function sectionRange(index: SectionIndex, key: SectionKey, length: number): { start: number; end: number } | undefined {
  const section = index[key];
  if (!section) return undefined;
  const ends = Object.values(index)
    .filter((s) => s.start > section.start)
    .map((s) => (s.heading ? s.start - 1 : s.start));
  return { start: section.start, end: ends.length ? Math.min(...ends) : length };
}

/** The blocks of a section, without its heading. */
export function sectionBlocks(blocks: readonly Block[], index: SectionIndex, key: SectionKey): Block[] | undefined {
  const range = sectionRange(index, key, blocks.length);
  return range && blocks.slice(range.start, range.end);
}

/** Every block's text inside a section, for searches that ignore layout. */
export const sectionText = (blocks: readonly Block[]): string => blocks.map(blockText).join('\n');

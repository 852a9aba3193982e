import type { Block } from './document';
import { FURNITURE } from './metadata';
import { fold } from './normalize';
import { headingOf, sectionRange, type SectionIndex } from './tables';

const TERMINAL = /[。！？!?；;：:]$/u;
const NUMBERED = /^(?:[(（]?[一二三四五六七八九十]+[)）、.．]|[(（]?\d{1,2}[)）.．、]|[一二三四五六七八九十]是)/u;
const SUB_HEADING = /^[(（]\s*(?:[一二三四五六七八九十]+|\d{1,2})\s*[)）]/u;
/** A full printed line is at least this long; a shorter line ended its paragraph. */
const FULL_LINE = 20;

/** A numbered line without sentence punctuation is a heading, however long; so is the title line. */
const isHeading = (line: string): boolean => (NUMBERED.test(line) && !/[。，,；;]/u.test(line)) || /年度报告$/u.test(line);

/**
 * Rejoins paragraphs that a PDF or text export broke at the line end: a long line without
 * closing punctuation continues on the next, unless that one starts a numbered item.
 */
function rejoin(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const prev = out.at(-1);
    // A line that is only a number is a stray table value or page number, never a sentence's end.
    const stray = /^[\d\s.,]+$/u.test(line);
    const continues = prev !== undefined && !stray && prev.length >= FULL_LINE && !TERMINAL.test(prev) && !NUMBERED.test(line) && !isHeading(prev);
    if (continues) out[out.length - 1] = prev + line;
    else out.push(line);
  }
  return out;
}

/** The blocks with hard-wrapped paragraphs rejoined (tables untouched), for reading figures and contacts out of the prose. */
export function rejoinBlocks(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  let run: string[] = [];
  const flush = () => {
    out.push(...rejoin(run).map((text) => ({ kind: 'paragraph' as const, text })));
    run = [];
  };
  for (const b of blocks) {
    if (b.kind === 'paragraph') run.push(b.text);
    else {
      flush();
      out.push(b);
    }
  }
  flush();
  return out;
}

const escape = (text: string): string =>
  text
    .replace(/[\\`*_[\]<]/gu, (c) => `\\${c}`)
    .replace(/^(\d+)\.(\s)/u, '$1\\.$2')
    .replace(/^([#>+\-=|])/u, '\\$1');

const CHINESE_NUMBERS = '一二三四五六七八九十';
const chinese = (n: string) => (/^\d+$/u.test(n) ? (CHINESE_NUMBERS[Number(n) - 1] ?? n) : n);

/** Word's auto-numbering survives extraction as 3、 or （2）: headings get the official 三、 and （二）. */
const sectionNumbering = (text: string) => text.replace(/^(\d{1,2}|[一二三四五六七八九十]+)\s*[、.．]\s*/u, (_, n: string) => `${chinese(n)}、`);
const subNumbering = (text: string) =>
  text.replace(/^[(（]\s*(\d{1,2}|[一二三四五六七八九十]+)\s*[)）]\s*/u, (_, n: string) => `（${chinese(n)}）`);

/** A sub-heading run into its paragraph: （一）主动公开：今年以来… or （二）依申请公开工作情况。街道… */
const RUN_IN = /^(（[一二三四五六七八九十]+）[^：:。，,]{2,20}?)(?:[：:]|(?<=情况)。)(.+)$/u;

function markdown(text: string): string {
  if (headingOf({ kind: 'paragraph', text })) return `## ${escape(sectionNumbering(text))}`;
  if (!SUB_HEADING.test(fold(text))) return escape(text);
  const numbered = subNumbering(text);
  const short = text.length <= 40 && !/[。，,；;]/u.test(text.replace(/[。.]$/u, ''));
  if (short) return `### ${escape(numbered)}`;
  const runIn = RUN_IN.exec(numbered);
  return runIn ? `### ${escape(runIn[1]!)}\n\n${escape(runIn[2]!.trim())}` : escape(numbered);
}

/** Blocks inside the table sections (二–四) except their headings and any prose sentences. */
function tableBlockIndexes(blocks: readonly Block[], index: SectionIndex): Set<number> {
  const drop = new Set<number>();
  for (const key of ['proactive', 'applications', 'appeals'] as const) {
    const range = sectionRange(index, key, blocks.length);
    if (!range) continue;
    for (let i = range.start; i < range.end; i++) {
      const b = blocks[i]!;
      if (b.kind === 'row' || !b.text.includes('。')) drop.add(i);
    }
  }
  return drop;
}

/**
 * The Markdown body: every paragraph after the title, with section headings as ## and （一）
 * headings as ###; tables (kept in the frontmatter), page furniture and stray numbers dropped.
 * Hard-wrapped sources are passed in rejoined (rejoinBlocks), so a sentence broken inside a
 * table section is kept whole.
 */
export function narrative(blocks: readonly Block[], index: SectionIndex, range: { start: number; end: number }): string {
  const drop = tableBlockIndexes(blocks, index);
  const lines = blocks.flatMap((b, i) => {
    if (i < range.start || i >= range.end || drop.has(i) || b.kind !== 'paragraph') return [];
    // A number glued after a sentence's end is a chart label the extraction ran into the text.
    const text = b.text.trim().replace(/([。；;])\d+$/u, '$1');
    if (!text || FURNITURE.test(text) || /^[\d\s.]+$/u.test(text)) return [];
    return [text];
  });
  return lines.map(markdown).join('\n\n') + '\n';
}

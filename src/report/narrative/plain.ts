/**
 * Report bodies as agencies write them are headings and paragraphs of plain text: no emphasis,
 * links, lists, code or HTML. For such a body, the HTML is written here directly, as the Markdown
 * pipeline (./render.ts) writes it, in a twentieth of its time (micromark parses a report body in
 * about 1 ms: 10 CPU-seconds of a 10,000-report build). Anything else, or anything in doubt, is
 * left to the pipeline: this module accepts a deliberately small part of CommonMark, and a test
 * compares the two on real bodies and on generated ones full of the characters that decide.
 */

/**
 * Characters that can begin Markdown syntax anywhere in a line (emphasis, code, links, escapes,
 * entities, HTML), that the HTML writer escapes, or that CommonMark handles specially (tabs, NUL,
 * carriage returns); an escaped `\<` (the importer's, where a title holds 〈…〉 written as <…>) aside.
 */
const INLINE_SYNTAX = /[*_`[\]&\t\r\0]|\\(?!<)|(?<!\\)</u;
/** An escaped `<`: its text is `<`, which the HTML writer escapes so. */
const ESCAPED_LT = /\\</gu;

/** What can begin a block at the start of a line: quotes, list items, thematic breaks, setext underlines, fences, headings (taken only as `HEADING`). */
const BLOCK_START = /^[-+=~#>]|^\d{1,9}[.)](?: |$)/u;

/** An ATX heading without a closing sequence: one space after the #s, no # in its text, which neither begins nor ends with a space. */
const HEADING = /^(#{1,6}) ([^# ](?:[^#]*[^# ])?)$/u;

type Block = { level: number; text: string } | { lines: string[] };

/** The blocks of a plain body, or undefined when a line is outside the plain subset. */
function plainBlocks(markdown: string): Block[] | undefined {
  if (INLINE_SYNTAX.test(markdown)) return undefined;
  const blocks: Block[] = [];
  let paragraph: string[] | undefined;
  for (const line of markdown.split('\n')) {
    if (line === '') {
      paragraph = undefined;
      continue;
    }
    // Indentation (code, lazy lines) and trailing spaces (hard breaks) are the pipeline's.
    if (line.startsWith(' ') || line.endsWith(' ')) return undefined;
    const heading = HEADING.exec(line);
    if (heading) {
      blocks.push({ level: heading[1]!.length, text: heading[2]! });
      paragraph = undefined;
    } else if (BLOCK_START.test(line)) {
      return undefined;
    } else if (paragraph) {
      paragraph.push(line);
    } else {
      paragraph = [line];
      blocks.push({ lines: paragraph });
    }
  }
  return blocks;
}

/**
 * The HTML of a body of plain headings and paragraphs, headings given ids by `slug` in order; or
 * undefined, before any slug is taken, when the body is anything else.
 */
export function plainMarkdownHtml(markdown: string, slug: (text: string) => string): string | undefined {
  const blocks = plainBlocks(markdown);
  if (!blocks) return undefined;
  return blocks
    .map((block) =>
      'lines' in block
        ? `<p>${block.lines.join('\n').replace(ESCAPED_LT, '&#x3C;')}</p>`
        : `<h${block.level} id="${slug(block.text.replace(ESCAPED_LT, '<'))}">${block.text.replace(ESCAPED_LT, '&#x3C;')}</h${block.level}>`,
    )
    .join('\n');
}

import { createHash } from 'node:crypto';
import { Parser } from 'htmlparser2';
import { encodeText } from './tokens';

/** Elements whose text is a filter, metadata or sort value: kept as written, never tokenised. */
const KEEP_ATTRS = ['data-pagefind-filter', 'data-pagefind-meta', 'data-pagefind-sort'];
const RAW_TEXT = new Set(['script', 'style', 'template']);
const BODY_START = '<article data-pagefind-body>';
const BODY_END = '</article>';
const TABLE_START = '<table';
const TABLE_END = '</table>';

/** Where a built report page's `data-pagefind-body` article begins and ends, in its text or its bytes. */
function articleBounds(html: string | Buffer): [number, number] {
  const start = html.indexOf(BODY_START);
  const end = html.lastIndexOf(BODY_END);
  if (start < 0 || end < start) throw new Error(`no ${BODY_START} in the page`);
  return [start, end + BODY_END.length];
}

/** The part of a built report page that the search index reads: its `data-pagefind-body` article. */
export const pageArticle = (html: string): string => html.slice(...articleBounds(html));

/**
 * `pageArticle` of a page's bytes, as bytes: the search step digests every page of the site on each
 * build, and only decodes those of a shard it has to index again.
 */
export const pageArticleBytes = (html: Buffer): Buffer => html.subarray(...articleBounds(html));

/** What a page's index holds depends on its article alone: its digest keys the index cache. The same for the article as text or as its UTF-8 bytes. */
export const articleDigest = (article: string | Uint8Array): string => createHash('sha256').update(article).digest('base64url');

/**
 * A page's article without its statistics tables: all that `searchableHtml` reads of it. The tables
 * are not searched (the page marks them `data-pagefind-ignore`): they are most of the page and have
 * the same labels in every report, so cutting them out first saves most of the work. The page's
 * tables never nest. Found with indexOf: a regular expression took a tenth of the time Astro spends
 * on each report page.
 */
export function articleText(article: string): string {
  let text = '';
  let from = 0;
  for (let start = article.indexOf(TABLE_START); start >= 0; start = article.indexOf(TABLE_START, start + 1)) {
    const next = article[start + TABLE_START.length];
    if (next !== '>' && !/\s/u.test(next ?? '')) continue;
    const end = article.indexOf(TABLE_END, start);
    if (end < 0) break;
    text += article.slice(from, start);
    from = end + TABLE_END.length;
    start = from - 1;
  }
  return text + article.slice(from);
}

/** The HTML standard's void elements: written without an end tag. */
const VOID = new Set(['area', 'base', 'basefont', 'bgsound', 'br', 'col', 'embed', 'frame', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** The escapes of the HTML standard's serialization, in text and in attribute values. */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\u00a0': '&nbsp;' };
const escapeText = (s: string) => s.replace(/[&<>\u00a0]/gu, (c) => ENTITIES[c]!);
const escapeAttr = (s: string) => s.replace(/[&"\u00a0]/gu, (c) => ENTITIES[c]!);

/**
 * The article as the index reads it, in one pass of a streaming parser (with parse5's tree and
 * serializer, searchableHtml took 0.36 ms a report page against 0.29): texts encoded, except inside
 * raw-text elements and those holding filter, metadata or sort values, which are kept as written;
 * an ignored element left out unless such values are inside it.
 */
function encodeArticle(article: string): string {
  // Each ignored element's output is held until its end shows whether values were inside.
  const frames: { out: string[]; values: boolean }[] = [{ out: [], values: true }];
  const open: { name: string; verbatim: boolean; ignored: boolean }[] = [];
  const verbatim = () => open.at(-1)?.verbatim ?? false;
  const out = () => frames.at(-1)!.out;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const names = Object.keys(attribs);
        const keeps = names.some((n) => KEEP_ATTRS.includes(n));
        const ignored = !verbatim() && names.includes('data-pagefind-ignore');
        if (keeps) for (const frame of frames) frame.values = true;
        if (ignored) frames.push({ out: [], values: keeps });
        out().push(`<${name}${names.map((n) => ` ${n}="${escapeAttr(attribs[n]!)}"`).join('')}>`);
        open.push({ name, verbatim: verbatim() || keeps || RAW_TEXT.has(name), ignored });
      },
      ontext(text) {
        const element = open.at(-1);
        if (element && RAW_TEXT.has(element.name)) out().push(text);
        else out().push(escapeText(verbatim() ? text : encodeText(text)));
      },
      onclosetag(name) {
        const element = open.pop()!;
        if (!VOID.has(name)) out().push(`</${name}>`);
        if (element.ignored) {
          const frame = frames.pop()!;
          if (frame.values) out().push(...frame.out);
        }
      },
    },
    { decodeEntities: true },
  );
  parser.end(article);
  return frames[0]!.out.join('');
}

/**
 * A built report page (or its `pageArticle`, or that article's `articleText`) as the search index
 * reads it: only its `data-pagefind-body` article, without the statistics tables and what pagefind
 * would ignore anyway, every text written with `encodeText`, headings' ids and the filter and
 * metadata values as built.
 */
export function searchableHtml(html: string): string {
  return `<html lang="zh-CN"><body>${encodeArticle(articleText(pageArticle(html)))}</body></html>`;
}

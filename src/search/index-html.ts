import { Parser } from 'htmlparser2';
import { encodeText } from './tokens';

/** Elements whose text is a filter, metadata or sort value: kept as written, never tokenised. */
const KEEP_ATTRS = ['data-pagefind-filter', 'data-pagefind-meta', 'data-pagefind-sort'];
const RAW_TEXT = new Set(['script', 'style', 'template']);

/** The HTML standard's void elements: written without an end tag. */
const VOID = new Set(['area', 'base', 'basefont', 'bgsound', 'br', 'col', 'embed', 'frame', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** The escapes of the HTML standard's serialization, in text and in attribute values. */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\u00a0': '&nbsp;' };
export const escapeText = (s: string) => s.replace(/[&<>\u00a0]/gu, (c) => ENTITIES[c]!);
export const escapeAttr = (s: string) => s.replace(/[&"\u00a0]/gu, (c) => ENTITIES[c]!);

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

/** A tag the parser writes back as it is: a lower-case name, attributes in double quotes holding no character `escapeAttr` would change. */
const PLAIN_TAG = /^<(\/?)([a-z][a-z0-9]*)((?: [a-z][a-z0-9-]*="[^"&\u00a0]*")*)>$/u;
const ATTRIBUTE_NAME = / ([a-z][a-z0-9-]*)="/gu;
const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
/**
 * The elements a renderer writes whose tags the parser writes back where they are closed in order,
 * each with the elements the parser closes when it opens right inside one (htmlparser2's
 * `openImpliesClose`).
 */
const CLOSES = new Map<string, readonly string[]>([
  ...['abbr', 'b', 'cite', 'code', 'del', 'em', 'i', 'ins', 'kbd', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'u'].map((name): [string, string[]] => [name, []]),
  ['a', ['a']],
  ['li', ['li']],
  ['p', ['p']],
  ...HEADINGS.map((name): [string, string[]] => [name, [...HEADINGS, 'p']]),
  ...['blockquote', 'div', 'ol', 'section', 'ul'].map((name): [string, string[]] => [name, ['p']]),
]);
/** The escapes renderers write in text: the named ones, and the numeric ones rehype writes (`&#x3C;`). */
const TEXT_ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&nbsp;': '\u00a0',
  '&#x26;': '&',
  '&#x3C;': '<',
  '&#x3E;': '>',
  '&#x22;': '"',
  '&#x27;': "'",
};
const ENTITY = /&(?:amp|lt|gt|quot|#39|nbsp|#x26|#x3C|#x3E|#x22|#x27);/gu;
const OTHER_AMPERSAND = /&(?!(?:amp|lt|gt|quot|#39|nbsp|#x26|#x3C|#x3E|#x22|#x27);)/u;
const TAG = /<[^>]*>/gu;

/** Text between tags, its entities decoded; undefined when it holds an ampersand other than a renderer's escapes, or a `<`. */
function plainText(html: string): string | undefined {
  if (html.includes('<')) return undefined;
  if (!html.includes('&')) return html;
  return OTHER_AMPERSAND.test(html) ? undefined : html.replace(ENTITY, (entity) => TEXT_ENTITIES[entity]!);
}

/**
 * `encodeArticle` for HTML of the few elements and escapes a renderer writes (report bodies:
 * paragraphs and headings, lists, emphasis, links), without the parser: its texts encoded, its tags
 * as they are, which is what the parser writes back for such HTML. Undefined for anything else: other
 * elements or entities, comments, attributes the parser would write otherwise, elements left open,
 * closed out of order or closed by the parser as another opens; `encodeArticle` writes those. The
 * build makes a search document for every report (2,000 of them: 290 → 217 µs each without the parser).
 */
export function encodePlain(html: string): string | undefined {
  const open: string[] = [];
  let out = '';
  let from = 0;
  for (const m of html.matchAll(TAG)) {
    const tag = PLAIN_TAG.exec(m[0]);
    const text = plainText(html.slice(from, m.index));
    if (!tag || text === undefined) return undefined;
    const name = tag[2]!;
    const attributes = tag[3]!;
    if (tag[1]) {
      if (open.pop() !== name) return undefined;
    } else if (name !== 'br') {
      const closes = CLOSES.get(name);
      if (!closes || closes.includes(open.at(-1)!) || attributes.includes('data-pagefind')) return undefined;
      // The parser keeps the first of an attribute written twice.
      const names = Array.from(attributes.matchAll(ATTRIBUTE_NAME), (a) => a[1]);
      if (new Set(names).size !== names.length) return undefined;
      open.push(name);
    }
    out += escapeText(encodeText(text)) + m[0];
    from = m.index + m[0].length;
  }
  const tail = plainText(html.slice(from));
  return open.length === 0 && tail !== undefined ? out + escapeText(encodeText(tail)) : undefined;
}

/** Part of a search document made of HTML: `encodePlain` where it can, else `encodeArticle`. */
export const searchableBody = (html: string): string => encodePlain(html) ?? encodeArticle(html);

/** A search document of a body `searchableBody` made: a zh-CN page, as Pagefind segments Chinese only there. */
export const searchablePage = (body: string): string => `<html lang="zh-CN"><body>${body}</body></html>`;

/**
 * An article as the search index reads it: what pagefind would ignore left out, every text written
 * with `encodeText`, headings' ids and the filter and metadata values as written.
 */
export const searchableHtml = (article: string): string => searchablePage(encodeArticle(article));

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

/**
 * An article as the search index reads it: what pagefind would ignore left out, every text written
 * with `encodeText`, headings' ids and the filter and metadata values as written.
 */
export const searchableHtml = (article: string): string => `<html lang="zh-CN"><body>${encodeArticle(article)}</body></html>`;

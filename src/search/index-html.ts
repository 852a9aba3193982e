import { createHash } from 'node:crypto';
import { parseFragment, serialize, type DefaultTreeAdapterMap } from 'parse5';
import { encodeText } from './tokens';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

/** Elements whose text is a filter, metadata or sort value: kept as written, never tokenised. */
const KEEP_ATTRS = ['data-pagefind-filter', 'data-pagefind-meta', 'data-pagefind-sort'];
const RAW_TEXT = new Set(['script', 'style', 'template']);
const BODY_START = '<article data-pagefind-body>';
const BODY_END = '</article>';
/**
 * The report's statistics tables are not searched (the page marks them `data-pagefind-ignore`):
 * they are most of the page and have the same labels in every report. Cutting them out before
 * parsing saves most of the work; the page's tables never nest.
 */
const TABLE = /<table[\s>][\s\S]*?<\/table>/gu;

const isElement = (node: Node): node is Element => 'tagName' in node;
const hasAttr = (el: Element, names: readonly string[]) => el.attrs.some((a) => names.includes(a.name));
const holdsValues = (el: Element): boolean => hasAttr(el, KEEP_ATTRS) || el.childNodes.some((c) => isElement(c) && holdsValues(c));
/** An ignored element pagefind would take nothing from: no filter, metadata or sort value inside. */
const dropped = (node: Node) => isElement(node) && hasAttr(node, ['data-pagefind-ignore']) && !holdsValues(node);

function encodeNode(node: Node): void {
  if (node.nodeName === '#text') {
    const text = node as DefaultTreeAdapterMap['textNode'];
    text.value = encodeText(text.value);
    return;
  }
  if (isElement(node) && (RAW_TEXT.has(node.tagName) || hasAttr(node, KEEP_ATTRS))) return;
  if ('childNodes' in node) {
    const parent = node as ParentNode;
    parent.childNodes = parent.childNodes.filter((child) => !dropped(child));
    for (const child of parent.childNodes) encodeNode(child);
  }
}

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

/** A page's article without its statistics tables: all that `searchableHtml` reads of it. */
export const articleText = (article: string): string => article.replace(TABLE, '');

/**
 * A built report page (or its `pageArticle`, or that article's `articleText`) as the search index
 * reads it: only its `data-pagefind-body` article, without the statistics tables and what pagefind
 * would ignore anyway, every text written with `encodeText`, headings' ids and the filter and
 * metadata values as built.
 */
export function searchableHtml(html: string): string {
  const body = parseFragment(articleText(pageArticle(html)));
  encodeNode(body);
  return `<html lang="zh-CN"><body>${serialize(body)}</body></html>`;
}

import { parse, serialize, type DefaultTreeAdapterMap } from 'parse5';
import { encodeText } from './tokens';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Elements whose text is a filter, metadata or sort value: kept as written, never tokenised. */
const KEEP_ATTRS = ['data-pagefind-filter', 'data-pagefind-meta', 'data-pagefind-sort'];
const RAW_TEXT = new Set(['script', 'style', 'template']);

const keeps = (el: Element) => RAW_TEXT.has(el.tagName) || el.attrs.some((a) => KEEP_ATTRS.includes(a.name));

function encodeNode(node: Node): void {
  if (node.nodeName === '#text') {
    const text = node as DefaultTreeAdapterMap['textNode'];
    text.value = encodeText(text.value);
    return;
  }
  if ('tagName' in node && keeps(node)) return;
  if ('childNodes' in node) for (const child of node.childNodes) encodeNode(child);
}

/** A built page as the search index reads it: every text written with `encodeText`, markup and ids untouched. */
export function searchableHtml(html: string): string {
  const doc = parse(html);
  encodeNode(doc);
  return serialize(doc);
}

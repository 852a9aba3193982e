import { parseDocument } from 'htmlparser2';
import { paragraph, row, type Block, type Hints, type SourceDocument } from './document';

type Node = ReturnType<typeof parseDocument>['children'][number];
interface Element {
  type: string;
  name: string;
  attribs: Record<string, string>;
  children: Node[];
}

const isElement = (n: Node): n is Node & Element => n.type === 'tag' || n.type === 'script' || n.type === 'style';
// Cells count as blocks only inside a layout table; data tables are read by readTable.
const BLOCK = new Set(['td', 'th', 'tr', 'tbody', 'thead', 'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'section', 'article', 'header', 'footer', 'blockquote', 'center', 'pre', 'dl', 'dt', 'dd', 'form', 'hr', 'body', 'main', 'nav', 'aside', 'caption']);
const SKIP = new Set(['script', 'style', 'head', 'noscript', 'iframe', 'select', 'button', 'svg', 'object', 'template']);

/** Text of a table cell: Word and UEditor split labels and numbers over <p>, <span> and <br>, all joined without a gap. */
function cellText(node: Node): string {
  if (node.type === 'text') return (node as unknown as { data: string }).data;
  if (!isElement(node) || SKIP.has(node.name)) return '';
  return node.children.map(cellText).join('');
}

/** The <tr> of this table, not those of tables nested in its cells. */
function tableRows(node: Node): (Node & Element)[] {
  if (!isElement(node)) return [];
  return node.children.flatMap((c) => (isElement(c) && c.name === 'tr' ? [c] : isElement(c) && c.name !== 'table' ? tableRows(c) : []));
}

function readTable(table: Node & Element): Block[] {
  return tableRows(table).map((tr) =>
    row(tr.children.filter((c): c is Node & Element => isElement(c) && (c.name === 'td' || c.name === 'th')).map((td) => cellText(td).replace(/\s+/gu, ' ').trim())),
  );
}

const hasTable = (n: Node): boolean => isElement(n) && n.children.some((c) => (isElement(c) && c.name === 'table') || hasTable(c));

/**
 * Older CMS pages lay the whole article out in a table; its cells hold paragraphs and the real
 * tables. Such a table (one holding tables, or a single cell) is read as the page, not as data.
 */
function isLayoutTable(table: Node & Element): boolean {
  const rows = tableRows(table);
  const cells = rows.flatMap((r) => r.children.filter((c) => isElement(c) && (c.name === 'td' || c.name === 'th')));
  return hasTable(table) || cells.length === 1;
}

function readBlocks(root: Node[]): Block[] {
  const blocks: Block[] = [];
  let text = '';
  const flush = () => {
    const t = text.replace(/\s+/gu, ' ').trim();
    if (t) blocks.push(paragraph(t));
    text = '';
  };
  const walk = (node: Node): void => {
    if (node.type === 'text') {
      text += (node as unknown as { data: string }).data;
      return;
    }
    if (!isElement(node) || SKIP.has(node.name)) return;
    if (node.name === 'br') return flush();
    if (node.name === 'table') {
      flush();
      if (isLayoutTable(node)) node.children.forEach(walk);
      else blocks.push(...readTable(node));
      flush();
      return;
    }
    const block = BLOCK.has(node.name);
    if (block) flush();
    node.children.forEach(walk);
    if (block) flush();
  };
  root.forEach(walk);
  flush();
  return blocks;
}

function find(nodes: Node[], test: (e: Element) => boolean): Element | undefined {
  for (const n of nodes) {
    if (!isElement(n)) continue;
    if (test(n)) return n;
    const inner = find(n.children, test);
    if (inner) return inner;
  }
  return undefined;
}

/** What the page head says about the report: the CMS' article title and the page's own URL. */
function readHints(nodes: Node[]): Hints {
  const meta = (name: string) => find(nodes, (e) => e.name === 'meta' && (e.attribs['name'] ?? e.attribs['property'])?.toLowerCase() === name.toLowerCase())?.attribs['content']?.trim() || undefined;
  const canonical = find(nodes, (e) => e.name === 'link' && e.attribs['rel'] === 'canonical')?.attribs['href'];
  const titleTag = find(nodes, (e) => e.name === 'title');
  // CMS titles read 报告标题_栏目_网站; the segment naming the report is the one wanted.
  const pageTitle = titleTag && titleTag.children.map(cellText).join('').split(/[_|｜—–-]/u).map((s) => s.trim()).find((s) => s.includes('年度报告'));
  return { title: meta('ArticleTitle'), pageTitle, sourceUrl: meta('Url') ?? meta('og:url') ?? canonical };
}

/** An HTML page or fragment: tables become rows of cells, everything else paragraphs. */
export function readHtml(html: string): SourceDocument {
  const dom = parseDocument(html);
  return { blocks: readBlocks(dom.children), hints: readHints(dom.children), wrapped: false };
}

import { displayCell, type DataCell, type HeaderCell, type TableModel } from './model';

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };
const TEXT_SPECIAL = /[&<>'"]/u;
const ATTR_SPECIAL = /[&"]/u;
/**
 * Text as HTML (the five characters Astro escapes in text, the same way). Most values are numbers
 * and plain labels: they are tested once and returned as they are, as about 300 cells a page add up.
 */
const text = (value: string) => (TEXT_SPECIAL.test(value) ? value.replace(/[&<>'"]/gu, (c) => TEXT_ESCAPES[c]!) : value);
/** An attribute, or nothing for undefined; values are escaped as Astro escapes attributes. */
function attr(name: string, value: string | number | undefined): string {
  if (value === undefined) return '';
  const s = typeof value === 'number' ? String(value) : ATTR_SPECIAL.test(value) ? value.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;') : value;
  return ` ${name}="${s}"`;
}
const span = (n: number | undefined) => (n && n > 1 ? n : undefined);

/**
 * A data cell's opening tag, kept by its headers array: the table models make one per cell of a
 * layout, which every page of that layout shares, so a page's 300 tags are not made for each page.
 * The tag is taken only for the same key, span and flag.
 */
const openTags = new WeakMap<readonly string[], { key: string; colspan: number | undefined; flagged: boolean; tag: string }>();
function openTag({ headers, colspan, flagged, key }: DataCell): string {
  const known = openTags.get(headers);
  if (known && known.key === key && known.colspan === colspan && known.flagged === flagged) return known.tag;
  const tag = `<td${attr('headers', headers.join(' '))}${attr('colspan', span(colspan))}${attr('class', flagged ? 'flagged' : undefined)}${attr('data-cell', key)}>`;
  openTags.set(headers, { key, colspan, flagged, tag });
  return tag;
}

const th = (h: HeaderCell) => `<th${attr('id', h.id)}${attr('colspan', span(h.colspan))}${attr('rowspan', span(h.rowspan))}${attr('scope', h.scope)}>${text(h.text)}</th>`;

/** A data cell as HTML: its opening tag, its value (a number or “—”: nothing to escape), and its flag said in words. */
const cellHtml = (c: DataCell) => `${openTag(c)}${displayCell(c.value)}${c.flagged ? '<span class="sr-only">（不符合勾稽关系）</span>' : ''}</td>`;

/** The HTML of `table`, each data cell written by `cell`. */
function renderTable(table: TableModel, captionHidden: boolean, cell: (c: DataCell) => string): string {
  const headerRow = (headers: readonly HeaderCell[]) => `<tr>${headers.map(th).join('')}</tr>`;
  const head = table.head.length > 0 ? `<thead>${table.head.map(headerRow).join('')}</thead>` : '';
  const body = table.body.map((row) => ('groupHeaders' in row ? headerRow(row.groupHeaders) : `<tr>${row.headers.map(th).join('')}${row.cells.map(cell).join('')}</tr>`)).join('');
  return (
    `<div class="table-scroll" role="region"${attr('aria-label', `表格：${table.caption}`)} tabindex="0">` +
    `<table class="official"${attr('id', table.id)}><caption${attr('id', `${table.id}-caption`)}${attr('class', captionHidden ? 'repeat' : undefined)}>${text(table.caption)}</caption>` +
    `${head}<tbody>${body}</tbody></table></div>`
  );
}

/** Where a data cell goes in a table's HTML while its fixed parts are cut out: a character no label or caption has. */
const CELL = '\u0000';

/**
 * The fixed parts of the HTML of a layout's tables: the HTML between one data cell and the next
 * (header cells, row tags, caption), the same for every table of the layout. Kept by the layout, with
 * the id and caption they were cut for, and by whether the caption is hidden.
 */
const fixedParts = new WeakMap<object, Map<string, string[]>>();
function partsOf(table: TableModel, layout: object, captionHidden: boolean): string[] {
  const byTable = fixedParts.get(layout) ?? new Map<string, string[]>();
  fixedParts.set(layout, byTable);
  const key = `${table.id}\n${table.caption}\n${captionHidden}`;
  let parts = byTable.get(key);
  if (parts === undefined) byTable.set(key, (parts = renderTable(table, captionHidden, () => CELL).split(CELL)));
  return parts;
}

/**
 * A statistics table in the official layout as HTML: header cells with ids and scopes, each data
 * cell naming its headers and its key in the report, cells that break a rule marked (and said so
 * to screen readers). Built as one string because a report page prints about 300 cells, which as
 * Astro components were a tenth of the build; for a table of a known layout, as its layout's fixed
 * parts with the data cells between them (2,000 reports: 90 → 29 µs a page).
 */
export function tableHtml(table: TableModel, { captionHidden = false } = {}): string {
  if (table.layout === undefined) return renderTable(table, captionHidden, cellHtml);
  const parts = partsOf(table, table.layout, captionHidden);
  let html = parts[0]!;
  let next = 1;
  for (const row of table.body) if ('cells' in row) for (const c of row.cells) html += cellHtml(c) + parts[next++]!;
  return html;
}

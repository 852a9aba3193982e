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

/**
 * A row's header cells as HTML, kept by their array: the models share one array per row of a layout,
 * and the column headers, among all pages, as they do the cells' headers (see `openTag`). Header
 * cells are never changed once made.
 */
const headerRows = new WeakMap<readonly HeaderCell[], string>();
function headerRow(headers: readonly HeaderCell[]): string {
  let html = headerRows.get(headers);
  if (html === undefined) headerRows.set(headers, (html = headers.map(th).join('')));
  return html;
}

/** The HTML of `table`, each data cell holding `content(cell)`. */
function renderTable(table: TableModel, captionHidden: boolean, content: (cell: DataCell) => string): string {
  const head = table.head.length > 0 ? `<thead>${table.head.map((row) => `<tr>${headerRow(row)}</tr>`).join('')}</thead>` : '';
  const body = table.body
    .map((row) =>
      'groupHeaders' in row
        ? `<tr>${headerRow(row.groupHeaders)}</tr>`
        : `<tr>${headerRow(row.headers)}${row.cells
            .map((c) => `${openTag(c)}${content(c)}${c.flagged ? '<span class="sr-only">（不符合勾稽关系）</span>' : ''}</td>`)
            .join('')}</tr>`,
    )
    .join('');
  return (
    `<div class="table-scroll" role="region"${attr('aria-label', `表格：${table.caption}`)} tabindex="0">` +
    `<table class="official"${attr('id', table.id)}><caption${attr('id', `${table.id}-caption`)}${attr('class', captionHidden ? 'repeat' : undefined)}>${text(table.caption)}</caption>` +
    `${head}<tbody>${body}</tbody></table></div>`
  );
}

/** Where a value goes in a table's HTML while its fixed parts are cut out: a character no label or caption has. */
const VALUE = '\u0000';

/**
 * The fixed parts of the HTML of a layout's tables whose cells no rule flags (most reports): the
 * HTML between one cell's value and the next, the same for every such table of the layout. Kept by
 * the layout, with the id and caption they were cut for, and by whether the caption is hidden.
 */
const fixedParts = new WeakMap<object, Map<string, string[]>>();
function partsOf(table: TableModel, layout: object, captionHidden: boolean): string[] {
  const byTable = fixedParts.get(layout) ?? new Map<string, string[]>();
  fixedParts.set(layout, byTable);
  const key = `${table.id}\n${table.caption}\n${captionHidden}`;
  let parts = byTable.get(key);
  if (parts === undefined) byTable.set(key, (parts = renderTable(table, captionHidden, () => VALUE).split(VALUE)));
  return parts;
}

const flagged = (table: TableModel) => table.body.some((row) => 'cells' in row && row.cells.some((c) => c.flagged));

/**
 * A statistics table in the official layout as HTML: header cells with ids and scopes, each data
 * cell naming its headers and its key in the report, cells that break a rule marked (and said so
 * to screen readers). Built as one string because a report page prints about 300 cells, which as
 * Astro components were a tenth of the build; for a table of a known layout without flags, as its
 * layout's fixed parts with the values between them.
 */
export function tableHtml(table: TableModel, { captionHidden = false } = {}): string {
  // A number or “—”: nothing to escape.
  if (table.layout === undefined || flagged(table)) return renderTable(table, captionHidden, (c) => displayCell(c.value));
  const parts = partsOf(table, table.layout, captionHidden);
  let html = parts[0]!;
  let next = 1;
  for (const row of table.body) if ('cells' in row) for (const c of row.cells) html += displayCell(c.value) + parts[next++]!;
  return html;
}

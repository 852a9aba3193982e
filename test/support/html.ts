import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A built page's HTML; `path` is below the output folder, e.g. `years/2022/`. */
export const readPage = (dist: string, path: string): string => readFileSync(join(dist, path, path === '' || path.endsWith('/') ? 'index.html' : ''), 'utf8');

/** The HTML of the table with this id. */
export function tableHtml(html: string, id: string): string {
  const start = html.indexOf(`id="${id}"`);
  if (start < 0) throw new Error(`no table #${id}`);
  return html.slice(start, html.indexOf('</table>', start));
}

/** data-value of each cell carrying `attr="key"`, per row picked out by a row attribute (e.g. data-year). */
export function cellValues(table: string, rowAttr: string, cellAttr: string): Map<string, Map<string, number | null>> {
  const out = new Map<string, Map<string, number | null>>();
  for (const row of table.split('<tr').slice(1)) {
    const id = new RegExp(`${rowAttr}="([^"]*)"`).exec(row)?.[1];
    if (id === undefined) continue;
    const cells = new Map<string, number | null>();
    // Astro writes an empty attribute as a bare name: data-value with no value is a blank.
    for (const m of row.matchAll(new RegExp(`${cellAttr}="([^"]+)" data-value(?:="([^"]*)")?`, 'g'))) cells.set(m[1]!, m[2] ? Number(m[2]) : null);
    out.set(id, cells);
  }
  return out;
}

/** Every internal link of a page (href starting with the base path), without #fragment. */
export const internalLinks = (html: string, base: string): string[] =>
  [...html.matchAll(/href="([^"#]*)(?:#[^"]*)?"/g)].map((m) => m[1]!).filter((h) => h.startsWith(base));

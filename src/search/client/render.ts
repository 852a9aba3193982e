import { FILTERS, orderValues, type FacetCounts } from '../facets';
import type { SearchState } from '../url-state';
import type { Hit } from './engine';

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
};

/** One result: title linking to the section of the first match, agency, year, region, and the match in context. */
export function hitItem(hit: Hit): HTMLLIElement {
  const link = el('a', { href: hit.url }, hit.title);
  const meta = el('p', { className: 'search-hit-meta' }, [hit.agency, hit.year && `${hit.year}年度`, hit.region].filter(Boolean).join(' · '));
  const item = el('li', { className: 'search-hit' }, el('h3', {}, link), meta);
  if (hit.excerpt) item.append(el('p', { className: 'search-hit-excerpt' }, hit.excerpt.before, ...(hit.excerpt.hit ? [el('mark', {}, hit.excerpt.hit)] : []), hit.excerpt.after));
  if (hit.section) item.append(el('p', { className: 'search-hit-section' }, `见于：${hit.section}`));
  return item;
}

/** Fills each filter's list, or a typed filter's suggestions, with the values found and their counts, keeping the chosen value. */
export function renderFilters(form: HTMLFormElement, counts: FacetCounts, state: SearchState): void {
  for (const { name } of FILTERS) {
    const field = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
    if (!field) continue;
    const chosen = state.filters[name];
    const values = orderValues(name, counts[name]);
    if (field instanceof HTMLInputElement) {
      // Suggestions are not laid out until the field offers them, however many there are.
      field.list?.replaceChildren(...values.map(([value, n]) => el('option', { value }, `${n} 篇`)));
      field.placeholder = `全部 ${values.length} 个，可输入名称`;
      continue;
    }
    const total = Object.values(counts[name]).reduce((a, b) => a + b, 0);
    if (chosen && !values.some(([v]) => v === chosen)) values.unshift([chosen, 0]);
    field.replaceChildren(
      el('option', { value: '' }, `全部（${total}）`),
      ...values.map(([value, n]) => el('option', { value, selected: value === chosen }, `${value}（${n}）`)),
    );
  }
}

/** The sentence above the results. */
export function summary(state: SearchState, total: number, exact: boolean): string {
  const what = state.q ? `包含“${state.q}”的报告` : '符合条件的报告';
  if (total === 0) return `没有找到${what}。请换一个词，或减少筛选条件。`;
  return `找到 ${exact ? '' : '约 '}${total} 篇${what}。`;
}

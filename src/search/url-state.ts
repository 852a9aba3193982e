import { FILTER_NAMES, type FilterName } from './facets';

/** Newest first by default: the newest shard answers first, so results show soonest. */
export const SORTS = ['year-desc', 'relevance', 'year-asc'] as const;
const DEFAULT_SORT = SORTS[0];
export type Sort = (typeof SORTS)[number];

/** Everything a search is: it lives in the URL (`/search/?q=依申请公开&year=2023`), so a search can be bookmarked. */
export interface SearchState {
  q: string;
  filters: Partial<Record<FilterName, string>>;
  sort: Sort;
}

/** The search a URL's query string asks for; unknown parameters and empty values are ignored. */
export function stateFromParams(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const name of FILTER_NAMES) {
    const value = params.get(name)?.trim();
    if (value) filters[name] = value;
  }
  const sort = params.get('sort');
  return { q: (params.get('q') ?? '').trim(), filters, sort: (SORTS as readonly string[]).includes(sort ?? '') ? (sort as Sort) : DEFAULT_SORT };
}

/** The query string of a search, in a fixed order; the default sort is left out. */
export function paramsFromState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const name of FILTER_NAMES) {
    const value = state.filters[name];
    if (value) params.set(name, value);
  }
  if (state.sort !== DEFAULT_SORT) params.set('sort', state.sort);
  return params;
}

/** Whether there is anything to search for. */
export const hasSearch = (state: SearchState): boolean => state.q !== '' || Object.keys(state.filters).length > 0;

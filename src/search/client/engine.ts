import { applyFilters, countFacets, FILTER_NAMES, type FacetCounts, type FilterName, type Selection } from '../facets';
import { excerptAround, pagefindQuery, type Excerpt } from '../query';
import { decodeText } from '../tokens';
import type { SearchState } from '../url-state';
import type { Pagefind, PagefindData, PagefindResult } from './pagefind';

/** Up to this many candidates, every one is checked for the whole phrase before anything is counted. */
export const VERIFY_ALL = 100;
export const PAGE_SIZE = 10;

export interface Hit {
  title: string;
  agency: string;
  year: string;
  region: string;
  /** The report page, at the section where the phrase first occurs when that is known. */
  url: string;
  section?: string | undefined;
  excerpt?: Excerpt | undefined;
  filters: Record<string, string[]>;
}

export interface Outcome {
  /** Reports that match; exact when every candidate was checked, otherwise pagefind's count. */
  total: number;
  exact: boolean;
  counts: FacetCounts;
  /** The next page of hits, already checked; empty when there are no more. */
  next: () => Promise<Hit[]>;
}

/** A candidate as a hit, or undefined when its text does not contain the whole query. */
function toHit(data: PagefindData, query: string): Hit | undefined {
  const text = decodeText(data.content);
  const excerpt = query ? excerptAround(text, query) : { before: text.slice(0, 80).trim(), hit: '', after: '…' };
  if (!excerpt) return undefined;
  // The section holding the first match: pagefind groups the match locations by the heading above them.
  const first = Math.min(...data.locations);
  const section = data.sub_results.find((s) => s.locations.includes(first) && s.url.includes('#'));
  return {
    title: data.meta.title ?? decodeText(data.url),
    agency: data.meta.agency ?? '',
    year: data.meta.year ?? '',
    region: data.meta.region ?? '',
    url: section?.url ?? data.url,
    section: section && decodeText(section.title).trim(),
    excerpt,
    filters: data.filters,
  };
}

const byYear = (dir: 1 | -1) => (a: Hit, b: Hit) => dir * (Number(a.year) - Number(b.year));

function pageOf<T>(items: readonly T[]): () => Promise<T[]> {
  let at = 0;
  return async () => items.slice(at, (at += PAGE_SIZE));
}

/** Checks candidates in order, a page at a time, dropping any whose text lacks the phrase. */
function verifiedPages(candidates: readonly PagefindResult[], query: string): () => Promise<Hit[]> {
  let at = 0;
  return async () => {
    const page: Hit[] = [];
    while (page.length < PAGE_SIZE && at < candidates.length) {
      const batch = candidates.slice(at, (at += PAGE_SIZE - page.length));
      const hits = await Promise.all(batch.map(async (c) => toHit(await c.data(), query)));
      page.push(...hits.filter((h): h is Hit => h !== undefined));
    }
    return page;
  };
}

const withoutFilter = (selected: Selection, name: FilterName): Selection => Object.fromEntries(Object.entries(selected).filter(([k]) => k !== name));

/** Filter counts from pagefind: for a chosen filter, counted as if it were not chosen. */
async function pagefindCounts(pagefind: Pagefind, term: string | null, selected: Selection, filtered: Record<string, Record<string, number>>): Promise<FacetCounts> {
  const counts = {} as FacetCounts;
  for (const name of FILTER_NAMES) {
    const source = selected[name] ? (await pagefind.search(term, { filters: withoutFilter(selected, name) })).filters : filtered;
    counts[name] = Object.fromEntries(Object.entries(source[name] ?? {}).filter(([, n]) => n > 0));
  }
  return counts;
}

/** Candidates in year order: pagefind sorts merged shards by score only, so each year is searched on its own. */
async function sortedByYear(pagefind: Pagefind, term: string | null, selected: Selection, years: string[], dir: 1 | -1): Promise<PagefindResult[]> {
  const ordered = [...years].sort((a, b) => dir * (Number(a) - Number(b)));
  const parts = await Promise.all(ordered.map((year) => pagefind.search(term, { filters: { ...selected, year } })));
  return parts.flatMap((p) => p.results);
}

/**
 * Runs a search. Pagefind returns candidates (index tokens next to each other); each one is
 * shown only after its text is checked to contain the whole query. When there are few
 * candidates all are checked first, and the counts and order come from the checked ones; with
 * many, pagefind's counts stand and each page is checked as it is shown.
 */
export async function runSearch(pagefind: Pagefind, state: SearchState): Promise<Outcome> {
  const term = state.q ? pagefindQuery(state.q) : null;
  if (term === '') return { total: 0, exact: true, counts: countFacets([], {}), next: async () => [] };
  const dir = state.sort === 'year-asc' ? 1 : -1;
  if (term !== null) {
    const all = await pagefind.search(term);
    if (all.results.length <= VERIFY_ALL) {
      const checked = (await Promise.all(all.results.map(async (r) => toHit(await r.data(), state.q)))).filter((h): h is Hit => h !== undefined);
      const shown = applyFilters(checked, state.filters);
      if (state.sort !== 'relevance') shown.sort(byYear(dir));
      return { total: shown.length, exact: true, counts: countFacets(checked, state.filters), next: pageOf(shown) };
    }
  }
  const main = await pagefind.search(term, { filters: state.filters });
  const counts = await pagefindCounts(pagefind, term, state.filters, main.filters);
  const candidates = state.sort === 'relevance' ? main.results : await sortedByYear(pagefind, term, state.filters, state.filters.year ? [state.filters.year] : Object.keys(counts.year), dir);
  return { total: main.results.length, exact: term === null, counts, next: verifiedPages(candidates, state.q) };
}

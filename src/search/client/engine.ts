import { applyFilters, countFacets, FILTER_NAMES, type FacetCounts, type FilterName, type Selection } from '../facets';
import { excerptAround, pagefindQuery, type Excerpt } from '../query';
import { shardYear } from '../shards';
import { decodeText } from '../tokens';
import type { SearchState } from '../url-state';
import { sumCounts, type FilterCounts, type PagefindData, type PagefindResponse, type PagefindResult, type ShardIndex } from './pagefind';

/** Up to this many candidates, every one is checked for the whole phrase and the counts come from the checked ones. */
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

export interface Search {
  /**
   * The next page of checked hits, one by one as they are checked, so that the first ones show
   * while others and older shards are still loading; it ends when the page is full or there are no more hits.
   */
  next: () => AsyncGenerator<Hit>;
  /** How many reports match and how many per filter value, once every shard has answered; asked for after the first page. */
  totals: () => Promise<Totals>;
}

export interface Totals {
  total: number;
  exact: boolean;
  counts: FacetCounts;
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
    title: data.meta.title ?? data.url,
    agency: data.meta.agency ?? '',
    year: data.meta.year ?? '',
    region: data.meta.region ?? '',
    url: section?.url ?? data.url,
    section: section && decodeText(section.title).trim(),
    excerpt,
    filters: data.filters,
  };
}

/** A candidate as a hit, or undefined when its text does not contain the whole query or it is the page `shown` already. */
const check = async (candidate: PagefindResult, query: string, shown?: string) => {
  const data = await candidate.data();
  return data.url === shown ? undefined : toHit(data, query);
};

/**
 * Pages of checked hits from candidates that arrive shard by shard, in order. A shard's candidates
 * are checked side by side and each hit comes as soon as it and those before it are checked. `early`,
 * a page of the first shard known without the shard (`runSearch`), shows first when it holds the
 * query and passes the filters, and is then not shown again.
 */
function pages(answers: AsyncIterator<PagefindResult[]>, query: string, early: Promise<PagefindData | undefined>, filters: Selection): () => AsyncGenerator<Hit> {
  let waiting: PagefindResult[] = [];
  let before: Promise<PagefindData | undefined> | undefined = early;
  let shownEarly: string | undefined;
  return async function* page() {
    let shown = 0;
    if (before) {
      const data = await before.catch(() => undefined);
      before = undefined;
      const hit = data && toHit(data, query);
      if (hit && applyFilters([hit], filters).length > 0) {
        shownEarly = data!.url;
        shown++;
        yield hit;
      }
    }
    while (shown < PAGE_SIZE) {
      if (waiting.length === 0) {
        const answer = await answers.next();
        if (answer.done) return;
        waiting = [...answer.value];
        continue;
      }
      // Until one shows, candidates are checked one by one: the first hit's fragment is then not
      // queued behind nine others (Chromium on loopback: one fetch about 7 ms, ten at once about 50).
      const checks = waiting.splice(0, shown === 0 ? 1 : PAGE_SIZE - shown).map((c) => check(c, query, shownEarly));
      for (const checked of checks) {
        const hit = await checked;
        if (!hit) continue;
        shown++;
        yield hit;
      }
    }
  };
}

/** The shards after the first: the lead shard's answer, when there is one, and the others, started when first asked for. */
interface Rest {
  lead?: Promise<PagefindResponse> | undefined;
  tail: () => Promise<PagefindResponse>[];
}

const answersOf = ({ lead, tail }: Rest) => [...(lead ? [lead] : []), ...tail()];

/** Each shard's candidates as it answers, in shard order; by relevance, all of them at once, by score. */
async function* inOrder(first: Promise<PagefindResponse>, rest: () => Promise<Rest>, byScore: boolean): AsyncGenerator<PagefindResult[]> {
  if (byScore) {
    // As pagefind's own mergeIndex does: every shard's results, by score.
    yield (await Promise.all([first, ...answersOf(await rest())])).flatMap((r) => r.results).sort((a, b) => b.score - a.score);
    return;
  }
  yield (await first).results;
  const { lead, tail } = await rest();
  // The others are opened only once the lead's candidates are checked: its hit's fragment is then not queued behind them.
  if (lead) yield (await lead).results;
  for (const response of tail()) yield (await response).results;
}

const without = (selected: Selection, name: FilterName): Selection => Object.fromEntries(Object.entries(selected).filter(([k]) => k !== name));

const positive = (counts: FilterCounts): FacetCounts =>
  Object.fromEntries(FILTER_NAMES.map((name) => [name, Object.fromEntries(Object.entries(counts[name] ?? {}).filter(([, n]) => n > 0))])) as FacetCounts;

/** Filter counts from pagefind over all shards; a chosen filter's values are counted as if it were not chosen. */
async function shardCounts(shards: readonly ShardIndex[], term: string | null, selected: Selection, responses: readonly PagefindResponse[]): Promise<FacetCounts> {
  const counts = positive(sumCounts(responses.map((r) => r.filters)));
  for (const name of FILTER_NAMES) {
    if (!selected[name]) continue;
    const others = await Promise.all(shards.map((s) => s.search(term, { filters: without(selected, name) })));
    counts[name] = positive(sumCounts(others.map((r) => r.filters)))[name];
  }
  return counts;
}

/** Few candidates: check them all (with no filter, so every filter value can be counted) and count the checked ones. */
async function checkedTotals(shards: readonly ShardIndex[], term: string, state: SearchState, filtered: readonly PagefindResponse[]) {
  const all = Object.keys(state.filters).length ? await Promise.all(shards.map((s) => s.search(term))) : filtered;
  const hits = (await Promise.all(all.flatMap((r) => r.results).map((c) => check(c, state.q)))).filter((h): h is Hit => h !== undefined);
  return { total: applyFilters(hits, state.filters).length, exact: true, counts: countFacets(hits, state.filters) };
}

/** `run` for each item, at most `width` at a time and in their order, the first once `after` has settled. */
function inTurn<T, R>(items: readonly T[], width: number, run: (item: T) => Promise<R>, after: Promise<unknown>): Promise<R>[] {
  const started: Promise<R>[] = [];
  for (const [i, item] of items.entries()) {
    const previous = i < width ? after.catch(() => undefined) : started[i - width]!.catch(() => undefined);
    started.push(previous.then(() => run(item)));
  }
  return started;
}

/** The answer of a shard that cannot hold the query. */
const NOTHING: PagefindResponse = { results: [], unfilteredResultCount: 0, filters: {} };

/**
 * Runs a search over every shard. Pagefind returns candidates (the query's index tokens next to
 * each other); a candidate is shown only after its text is checked to contain the whole query.
 * Sorted by year, shards answer newest (or oldest) first and each one's hits show as soon as it
 * has answered; by relevance, every shard's answer is awaited and merged by score. `holders`, the
 * shards (by their place in `shards`) that can hold the query when the word directory knows
 * (src/search/words.ts): the others are not searched, but for the first, which is searched at once
 * and then not waited for. `pageOf`, a shard's only page holding one of the query's words, when the
 * directory names one, as the shard would give it: when the first shard to search has one, that page
 * is its only candidate, and its hit shows as soon as that page is read, before the shard has opened
 * (a rare number's first hit then waits for two small files, not for two shards' index); else the
 * newest shard's sample page of the query's first word, one of its candidates (a common word's).
 * `leadPage`, the newest report of the agency whose name the query begins, read likewise: it shows
 * first when its shard is searched beside the first (`lead`), before that shard has opened.
 */
export function runSearch(
  shards: readonly ShardIndex[],
  state: SearchState,
  lead: Promise<number | undefined> = Promise.resolve(undefined),
  holders: Promise<ReadonlySet<number> | undefined> = Promise.resolve(undefined),
  pageOf: (shard: number) => Promise<PagefindData | undefined> = async () => undefined,
  leadPage: () => Promise<PagefindData | undefined> = async () => undefined,
): Search {
  const term = state.q ? pagefindQuery(state.q) : null;
  if (term === '') return { next: async function* () {}, totals: async () => ({ total: 0, exact: true, counts: countFacets([], {}) }) };
  const all = state.sort === 'year-asc' ? [...shards].reverse() : shards;
  const orderOf = (keep: ReadonlySet<number> | undefined) => (keep && term !== null ? all.filter((s) => keep.has(shards.indexOf(s))) : all);
  const ordered = holders.catch(() => undefined).then(orderOf);
  const search = (s: ShardIndex) => s.search(term, { filters: state.filters });
  // The first shard is searched at once, before the directory answers: a common word's first hits
  // are there, and waiting for the directory put its read before them (+20 to +30 ms).
  const eager = search(all[0]!);
  eager.catch(() => undefined);
  const first = ordered.then((order) => (order[0] === all[0] ? eager : order.length > 0 ? search(order[0]!) : NOTHING));
  // A query that begins an agency's name: the shard of its newest report, when it is another of the
  // newest year's, is searched at once beside the first and answers right after it, as its page is
  // a certain hit (a shard of another year keeps its turn, so that the years stay in order).
  const sameYear = (order: readonly ShardIndex[], i: number) => shardYear(order[i]!.name) === shardYear(order[0]!.name);
  const leading =
    state.sort === 'year-desc'
      ? Promise.all([ordered, lead])
          .then(([order, i]) => {
            const at = i === undefined ? -1 : order.indexOf(shards[i]!);
            return at > 0 && sameYear(order, at) ? at : undefined;
          })
          .catch(() => undefined)
      : Promise.resolve(undefined);
  const leadAnswer = Promise.all([ordered, leading]).then(([order, i]) => (i === undefined ? undefined : search(order[i]!)));
  // The other shards are searched only once the first page needs them or the totals are asked
  // for, and then in order, two at a time: started all at once, each one's opening (entry, metadata,
  // WebAssembly) delayed the next shard's answer, which a rare word's first hit waits for, behind all
  // the others' (10,000 reports, in pagefind's worker: 1.3–1.7 s).
  let others: Promise<Rest> | undefined;
  const rest = () =>
    (others ??= Promise.all([ordered, leading]).then(([order, i]) => {
      let tail: Promise<PagefindResponse>[] | undefined;
      const after = order.filter((_, j) => j > 0 && j !== i);
      return {
        lead: i === undefined ? undefined : leadAnswer.then((answer) => answer!),
        tail: () => (tail ??= inTurn(after, 2, search, i === undefined ? first : Promise.all([first, leadAnswer]))),
      };
    }));
  let totals: Promise<Totals> | undefined;
  const countAll = () =>
    Promise.all([ordered, rest()]).then(async ([order, r]) => {
      const answered = await Promise.all([first, ...answersOf(r)]);
      const unfiltered = answered.reduce((n, r) => n + r.unfilteredResultCount, 0);
      if (term !== null && unfiltered <= VERIFY_ALL) return checkedTotals(order, term, state, answered);
      const total = answered.reduce((n, r) => n + r.results.length, 0);
      // Counting every filter value needs all of them loaded; that waited until the first results were out.
      await Promise.all(order.map((s) => s.loadFilters()));
      const recounted = await Promise.all(order.map((s) => s.search(term, { filters: state.filters })));
      return { total, exact: term === null, counts: await shardCounts(order, term, state.filters, recounted) };
    });
  // By relevance, the first hit is the best of every shard's, which no single page can tell. The
  // agency's newest report, when its shard is searched beside the first, is of the same year as the
  // first shard's hits, and shows before them (newest first orders years, not a year's reports).
  const early =
    state.sort === 'relevance' || term === null
      ? Promise.resolve(undefined)
      : ordered.then(async (order) => (order.length > 0 ? await pageOf(shards.indexOf(order[0]!)) : undefined) ?? ((await leading) === undefined ? undefined : leadPage()));
  return { next: pages(inOrder(first, rest, state.sort === 'relevance'), state.q, early, state.filters), totals: () => (totals ??= countAll()) };
}

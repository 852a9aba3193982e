import { describe, expect, test } from 'vitest';
import { encodeText } from '../tokens';
import { runSearch, type Hit } from './engine';
import type { PagefindResponse, PagefindResult, ShardIndex } from './pagefind';

const result = (url: string, text: string): PagefindResult => ({
  id: url,
  score: 1,
  data: async () => ({ url, content: encodeText(text), meta: { title: url }, filters: {}, locations: [0], sub_results: [] }),
});
const answering = (response: Promise<PagefindResponse>, name = '2024/'): ShardIndex => ({ name, search: () => response, loadFilters: async () => undefined, warm: async () => undefined });
const answer = (results: PagefindResult[]): Promise<PagefindResponse> => Promise.resolve({ results, unfilteredResultCount: results.length, filters: {} });
const state = { q: '凌河', filters: {}, sort: 'year-desc' as const };

/** Shards that answer only once released, each noting when it is searched. */
function heldShards() {
  const events: string[] = [];
  const releases = new Map<string, () => void>();
  const shard = (name: string, hits: number): ShardIndex => ({
    name,
    search: () => {
      events.push(`start ${name}`);
      return new Promise((ok) => releases.set(name, () => ok({ results: Array.from({ length: hits }, (_, i) => result(`/${name}${i}/`, '凌河')), unfilteredResultCount: hits, filters: {} })));
    },
    loadFilters: async () => undefined,
    warm: async () => undefined,
  });
  return { events, releases, shard };
}

describe('a search over shards', () => {
  test('shows the first shard’s checked hits while the next shard has not answered', async () => {
    const newest = answering(answer([result('/a/', '凌河街道'), result('/b/', '凌 河'), result('/c/', '凌水河')]));
    const older = answering(new Promise(() => undefined));
    const page = runSearch([newest, older], state).next();
    expect(((await page.next()).value as Hit).url).toBe('/a/');
    expect(((await page.next()).value as Hit).url).toBe('/b/');
  });

  test('shows a hit while the candidates after it are still loading', async () => {
    const loading: PagefindResult = { id: '/slow/', score: 1, data: () => new Promise(() => undefined) };
    const page = runSearch([answering(answer([result('/a/', '凌河'), loading]))], state).next();
    expect(((await page.next()).value as Hit).url).toBe('/a/');
  });

  test('checks the first candidate alone, then the rest of the page at once', async () => {
    const asked: string[] = [];
    let release!: () => void;
    const held = new Promise<void>((ok) => (release = ok));
    const watched = (url: string): PagefindResult => ({
      ...result(url, '凌河'),
      data: async () => {
        asked.push(url);
        if (url === '/a/') await held;
        return result(url, '凌河').data();
      },
    });
    const page = runSearch([answering(answer(['/a/', '/b/', '/c/'].map(watched)))], state).next();
    const first = page.next();
    await new Promise((ok) => setTimeout(ok, 0));
    expect(asked).toEqual(['/a/']);
    release();
    expect(((await first).value as Hit).url).toBe('/a/');
    await page.next();
    expect(asked).toEqual(['/a/', '/b/', '/c/']);
  });

  test('leaves the other shards alone while the first one fills the page', async () => {
    const asked: string[] = [];
    const shard = (name: string, n: number): ShardIndex => ({
      name,
      search: () => {
        asked.push(name);
        return answer(Array.from({ length: n }, (_, i) => result(`/${name}${i}/`, '凌河')));
      },
      loadFilters: async () => undefined,
      warm: async () => undefined,
    });
    const search = runSearch([shard('new', 12), shard('old', 3)], state);
    for await (const _ of search.next());
    expect(asked).toEqual(['new']);
    expect((await search.totals()).total).toBe(15);
    expect(asked).toContain('old');
  });

  test('fills a page of ten from shard after shard, in shard order', async () => {
    const many = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => result(`/${prefix}${i}/`, '凌河'));
    const search = runSearch([answering(answer(many('new', 4))), answering(answer([result('/no/', '凌源'), ...many('old', 8)]))], state);
    const first: string[] = [];
    for await (const hit of search.next()) first.push(hit.url);
    expect(first).toEqual([...many('new', 4), ...many('old', 6)].map((r) => r.id));
    const rest: string[] = [];
    for await (const hit of search.next()) rest.push(hit.url);
    expect(rest).toEqual(['/old6/', '/old7/']);
  });

  test('searches the older shards in order, two at a time, so the next one answers first', async () => {
    const { events, releases, shard } = heldShards();
    const page = runSearch([shard('s0', 0), shard('s1', 1), shard('s2', 0), shard('s3', 0), shard('s4', 0)], state).next();
    const firstHit = page.next();
    const settle = () => new Promise((ok) => setTimeout(ok, 0));
    await settle();
    releases.get('s0')!();
    await settle();
    // The first shard had nothing: the next two are asked, not all four.
    expect(events).toEqual(['start s0', 'start s1', 'start s2']);
    releases.get('s1')!();
    expect(((await firstHit).value as Hit).url).toBe('/s10/');
    await settle();
    expect(events).toEqual(['start s0', 'start s1', 'start s2', 'start s3']);
  });

  describe('for a query that begins an agency’s name', () => {
    const settle = () => new Promise((ok) => setTimeout(ok, 0));
    /** The newest year in three shards, the agency's newest report in the third. */
    const held = () => {
      const { events, releases, shard } = heldShards();
      return { events, releases, shards: [shard('2024-1/', 0), shard('2024-2/', 0), shard('2024-3/', 1), shard('2023/', 1)] };
    };

    test('searches the shard of its newest report beside the first, and shows that hit right after the first shard’s', async () => {
      const { events, releases, shards } = held();
      const page = runSearch(shards, state, Promise.resolve(2)).next();
      const firstHit = page.next();
      await settle();
      expect(events).toEqual(['start 2024-1/', 'start 2024-3/']);
      releases.get('2024-1/')!();
      await settle();
      // Until the lead has answered, no other shard is opened: it has the first hit.
      expect(events).toEqual(['start 2024-1/', 'start 2024-3/']);
      releases.get('2024-3/')!();
      expect(((await firstHit).value as Hit).url).toBe('/2024-3/0/');
      await settle();
      // The others wait until the page asks for more than the lead's hits, then keep their turn, two at a time.
      expect(events).toEqual(['start 2024-1/', 'start 2024-3/']);
      void page.next();
      await settle();
      expect(events).toEqual(['start 2024-1/', 'start 2024-3/', 'start 2024-2/', 'start 2023/']);
    });

    test('shows that report first from its fragment before any shard answers, and not again when its shard does', async () => {
      const { releases, shards } = held();
      const leadPage = async () => ({ ...(await result('/2024-3/0/', '凌河').data()) });
      const page = runSearch(shards, state, Promise.resolve(2), undefined, undefined, leadPage).next();
      expect(((await page.next()).value as Hit).url).toBe('/2024-3/0/');
      const next = page.next();
      releases.get('2024-1/')!();
      releases.get('2024-3/')!();
      await settle();
      releases.get('2024-2/')!();
      await settle();
      releases.get('2023/')!();
      expect(((await next).value as Hit).url).toBe('/2023/0/');
    });

    test('reads no report for a lead of an older year, or when sorted otherwise', async () => {
      for (const [lead, chosen] of [
        [3, state],
        [2, { ...state, sort: 'year-asc' as const }],
      ] as const) {
        const asked: string[] = [];
        const { releases, shards } = held();
        const firstHit = runSearch(shards, chosen, Promise.resolve(lead), undefined, undefined, async () => void asked.push('lead')).next().next();
        for (let turn = 0; turn < 4; turn++) {
          await settle();
          for (const release of releases.values()) release();
        }
        await firstHit;
        expect(asked).toEqual([]);
      }
    });

    test('leaves a shard of an older year to its turn, and the order of years as it is', async () => {
      const { events, releases, shards } = held();
      const page = runSearch(shards, state, Promise.resolve(3)).next();
      const firstHit = page.next();
      await settle();
      expect(events).toEqual(['start 2024-1/']);
      releases.get('2024-1/')!();
      await settle();
      expect(events).toEqual(['start 2024-1/', 'start 2024-2/', 'start 2024-3/']);
      releases.get('2024-2/')!();
      releases.get('2024-3/')!();
      expect(((await firstHit).value as Hit).url).toBe('/2024-3/0/');
    });

    test('keeps the shards’ order when sorted by relevance or oldest first', async () => {
      const { events, releases, shards } = held();
      const search = runSearch(shards, { ...state, sort: 'year-asc' }, Promise.resolve(2));
      const firstHit = search.next().next();
      await settle();
      expect(events).toEqual(['start 2023/']);
      releases.get('2023/')!();
      expect(((await firstHit).value as Hit).url).toBe('/2023/0/');
    });
  });

  describe('for a phrase whose words few shards hold', () => {
    const settle = () => new Promise((ok) => setTimeout(ok, 0));
    const held = () => {
      const { events, releases, shard } = heldShards();
      return { events, releases, shards: [shard('2024-1/', 0), shard('2024-2/', 0), shard('2023/', 1), shard('2022/', 0), shard('2021/', 1)] };
    };

    // The first shard is searched at once, before the directory answers; its answer is then not waited for.
    test('searches only the shards that hold them after the first, in order, and shows the first holder’s hit without waiting for the others', async () => {
      const { events, releases, shards } = held();
      const search = runSearch(shards, state, Promise.resolve(undefined), Promise.resolve(new Set([2, 4])));
      const firstHit = search.next().next();
      await settle();
      expect(events).toEqual(['start 2024-1/', 'start 2023/']);
      releases.get('2023/')!();
      expect(((await firstHit).value as Hit).url).toBe('/2023/0/');
      const totals = search.totals();
      await settle();
      releases.get('2021/')!();
      expect((await totals).total).toBe(2);
      expect(events).toEqual(['start 2024-1/', 'start 2023/', 'start 2021/']);
    });

    const only = (url: string, text: string, filters: Record<string, string[]> = {}) => async () => ({ ...(await result(url, text).data()), filters });

    test('shows the first holder’s only page holding a word before that shard answers, and not again when it does', async () => {
      const { events, releases, shards } = held();
      const asked: number[] = [];
      const pageOf = (shard: number) => (asked.push(shard), only('/2023/0/', '凌河')());
      const search = runSearch(shards, state, Promise.resolve(undefined), Promise.resolve(new Set([2, 4])), pageOf);
      const page = search.next();
      expect(((await page.next()).value as Hit).url).toBe('/2023/0/');
      expect(asked).toEqual([2]);
      const second = page.next();
      releases.get('2023/')!();
      await settle();
      releases.get('2021/')!();
      expect(((await second).value as Hit).url).toBe('/2021/0/');
      expect((await page.next()).done).toBe(true);
      expect(events).toEqual(['start 2024-1/', 'start 2023/', 'start 2021/']);
    });

    test('waits for the shard when that page lacks the whole query or the filters leave it out, and reads none by relevance', async () => {
      for (const [pageOf, chosen] of [
        [only('/2023/0/', '凌水河'), state],
        [only('/2023/0/', '凌河', { year: ['2023'] }), { ...state, filters: { year: '2021' } }],
      ] as const) {
        const { releases, shards } = held();
        const firstHit = runSearch(shards, chosen, Promise.resolve(undefined), Promise.resolve(new Set([2, 4])), pageOf).next().next();
        let shown = false;
        void firstHit.then(() => (shown = true));
        await settle();
        expect(shown).toBe(false);
        for (const release of releases.values()) release();
      }
      const asked: number[] = [];
      const { releases, shards } = held();
      const firstHit = runSearch(shards, { ...state, sort: 'relevance' }, Promise.resolve(undefined), Promise.resolve(new Set([2, 4])), async (shard) => void asked.push(shard)).next().next();
      // By relevance every holder's answer is awaited, each searched once the one before it has answered.
      for (let turn = 0; turn < 4; turn++) {
        await settle();
        for (const release of releases.values()) release();
      }
      expect(((await firstHit).value as Hit).url).toBe('/2023/0/');
      expect(asked).toEqual([]);
    });

    test('oldest first, in the holders’ own order', async () => {
      const { events, shards } = held();
      void runSearch(shards, { ...state, sort: 'year-asc' }, Promise.resolve(undefined), Promise.resolve(new Set([1, 2]))).next().next();
      await settle();
      expect(events).toEqual(['start 2021/', 'start 2023/']);
    });

    test('finds nothing, waiting for no shard, when no shard holds them all', async () => {
      const { events, shards } = held();
      const search = runSearch(shards, state, Promise.resolve(undefined), Promise.resolve(new Set<number>()));
      expect((await search.next().next()).done).toBe(true);
      expect((await search.totals()).total).toBe(0);
      expect(events).toEqual(['start 2024-1/']);
    });

    test('searches every shard when the directory cannot say, or fails', async () => {
      for (const holders of [() => Promise.resolve(undefined), () => Promise.reject(new Error('offline'))]) {
        const { events, shards } = held();
        void runSearch(shards, state, Promise.resolve(undefined), holders()).next().next();
        await settle();
        expect(events).toEqual(['start 2024-1/']);
      }
    });

    test('an agency’s lead shard among the holders is still searched beside the first of them', async () => {
      const { events, shards } = held();
      void runSearch(shards, state, Promise.resolve(1), Promise.resolve(new Set([0, 1, 4]))).next().next();
      await settle();
      expect(events).toEqual(['start 2024-1/', 'start 2024-2/']);
    });
  });
});

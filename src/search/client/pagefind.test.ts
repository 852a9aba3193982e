import { describe, expect, onTestFinished, test, vi } from 'vitest';
import { holdingAll, wordDirectory } from '../words';
import { leadShards, oneOpensFirst, wordListings } from './pagefind';

const settle = () => new Promise((ok) => setTimeout(ok, 0));

describe('opening shards', () => {
  test('opens the others only once the first one’s index has opened, not as soon as it is created', async () => {
    const started: string[] = [];
    let indexOpen!: () => void;
    const open = oneOpensFirst(async (shard: string) => {
      started.push(shard);
      return { opened: shard === 'a' ? new Promise<void>((ok) => (indexOpen = ok)) : Promise.resolve() };
    });
    await open('a');
    const others = [open('b'), open('c')];
    await settle();
    expect(started).toEqual(['a']);
    indexOpen();
    await Promise.all(others);
    expect(started).toEqual(['a', 'b', 'c']);
  });

  test('still opens the others when the first one fails', async () => {
    const open = oneOpensFirst(async (shard: string) => {
      if (shard === 'a') throw new Error('no index');
      return { opened: Promise.resolve() };
    });
    await expect(open('a')).rejects.toThrow('no index');
    await expect(open('b')).resolves.toBeDefined();
  });
});

describe('the lead shard of a query', () => {
  test('is the first shard, in the search order, of an agency whose name the query begins, each lead file read once', async () => {
    const asked: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      asked.push(url);
      return new Response(JSON.stringify({ 安城区教育局: '2024-3/und_a', 安城区教育体育局: '2024-3/und_b', 安城区财政局: '2024-2/und_c', 安城区统计局: '2024-1/und_d' }));
    });
    onTestFinished(() => void vi.unstubAllGlobals());
    const order = ['2024-1/', '2024-2/', '2024-3/'];
    const leadFor = leadShards('/gov/pagefind/', 1, (shard) => order.indexOf(shard));
    expect(await leadFor('安城区教育局')).toEqual({ place: 2, page: '2024-3/und_a' });
    // Two agencies' reports in that shard: which comes first there, only the shard can tell.
    expect(await leadFor('安城区教')).toEqual({ place: 2 });
    expect(await leadFor('安城区财政')).toEqual({ place: 1, page: '2024-2/und_c' });
    // In the first shard, searched first anyway.
    expect(await leadFor('安城区统计')).toBeUndefined();
    expect(await leadFor('安城区公安局')).toBeUndefined();
    // Shorter than a name's first four characters: a common word more likely than a name, not looked up.
    expect(await leadFor('安城区')).toBeUndefined();
    expect(await leadFor('')).toBeUndefined();
    expect(asked).toEqual(['/gov/pagefind/agencies/0.json']);
    expect(await leadShards('/gov/pagefind/', 0, (shard) => order.indexOf(shard))('安城区教育局')).toBeUndefined();
    expect(asked).toHaveLength(1);
  });
});

describe('the shards that can hold a phrase', () => {
  /** A directory of three shards' words, served as the build writes it; `asked` notes each file fetched. */
  function served(files?: number) {
    const shard = (folder: string, words: string[]) => ({ folder, words: words.map((word) => [word, undefined] as const) });
    const directory = wordDirectory(
      [
        shard('2024/', ['z2999', '5tg72m', 'shared']),
        shard('2023/', ['z2999', 'shared', '72m8aq']),
        shard('2022/', ['shared', '5tg72m', 'common']),
        shard('2021/', ['common', '72m8aq']),
        shard('2020/', ['common']),
      ],
      [['shared', 'und_1a2b3c4'], ['5tg72m', 'und_5d6e7f8']],
    );
    const asked: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      asked.push(url);
      const listed = directory.byFile.get(url.replace('/gov/pagefind/', ''));
      return listed ? new Response(JSON.stringify(listed)) : new Response('', { status: 404 });
    });
    onTestFinished(() => void vi.unstubAllGlobals());
    const listings = wordListings('/gov/pagefind/', files ?? directory.files);
    return { asked, holders: async (words: string[]) => holdingAll(words, (await listings(words)).listed), samples: async (words: string[]) => (await listings(words)).sample };
  }

  test('are those holding every listed word, each file read once', async () => {
    const { asked, holders } = served();
    expect(await holders(['z2999'])).toEqual(new Set(['2024/', '2023/']));
    expect(await holders(['z2999', '5tg72m'])).toEqual(new Set(['2024/']));
    expect(await holders(['z2999', '5tg72m', '72m8aq'])).toEqual(new Set());
    // Words in more than half of the shards are not listed, and narrow nothing.
    expect(await holders(['shared', 'common'])).toBeUndefined();
    expect(await holders(['common', '72m8aq'])).toEqual(new Set(['2023/', '2021/']));
    expect(new Set(asked).size).toBe(asked.length);
  });

  test('come with the first shard’s sample page of a word several of its pages hold, which narrows nothing', async () => {
    const { holders, samples } = served();
    expect((await samples(['shared']))('shared')).toBe('2024/und_1a2b3c4');
    expect(await holders(['shared'])).toBeUndefined();
    expect((await samples(['5tg72m']))('5tg72m')).toBe('2024/und_5d6e7f8');
    expect(await holders(['5tg72m'])).toEqual(new Set(['2024/', '2022/']));
    expect((await samples(['common']))('common')).toBeUndefined();
  });

  test('are not known for a word the file lacks, one named like an object’s property, or a file that cannot be read', async () => {
    expect(await served().holders(['constructor', 'tostring'])).toBeUndefined();
    expect(await served(64).holders(['z2999'])).toBeUndefined();
  });
});

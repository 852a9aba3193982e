import { describe, expect, test } from 'vitest';
import { oneOpensFirst } from './pagefind';

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

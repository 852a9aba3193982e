import { totalmem } from 'node:os';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { astroHeapFlags, usableMemory } from './astro-flags';

const GiB = 2 ** 30;

describe('Astro’s heap', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  test('may grow to half the memory the build may use, in MiB', () => {
    expect(astroHeapFlags(undefined, 24 * GiB)).toEqual(['--max-old-space-size=12288']);
    expect(astroHeapFlags('--enable-source-maps', 7 * GiB)).toEqual(['--max-old-space-size=3584']);
  });

  test('is left to NODE_OPTIONS when they set it', () => {
    expect(astroHeapFlags('--max-old-space-size=3072', 24 * GiB)).toEqual([]);
  });

  test('is sized by a container’s memory limit, not the machine’s, when the limit is lower', () => {
    vi.spyOn(process, 'constrainedMemory').mockReturnValue(4 * GiB);
    expect(usableMemory()).toBe(Math.min(4 * GiB, totalmem()));
    // Node.js reports no limit as 0 or as a number past any machine's memory.
    for (const none of [0, 2 ** 64]) {
      vi.spyOn(process, 'constrainedMemory').mockReturnValue(none);
      expect(usableMemory()).toBe(totalmem());
    }
  });
});

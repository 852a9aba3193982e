import { totalmem } from 'node:os';

/**
 * Node.js flags for the process that runs Astro's build (scripts/build.ts, and the benchmark's bare
 * baseline alike). Astro writes each page from buffers of its own, and V8 counts memory outside its
 * heap apart: every 64 MB of it starts a full collection, however little the heap has grown. At
 * 10,000 reports that was one every 300 pages or so, 45 in the 23 s of pages, each marking Astro's
 * 150 MB of live objects; counted with the heap, against the heap's growing limit, there were three,
 * and the collector's threads went from 12.2 to 4.9 % of the build's CPU samples (`perf`, one build
 * each way, 43,000 samples each).
 */
export const ASTRO_NODE_FLAGS = ['--external-memory-accounted-in-global-limit'];

/** The memory the build may use: the machine's, or its container's limit where that is lower (`process.constrainedMemory()`: 0, or a number past any machine's, when there is none). */
export const usableMemory = (): number => Math.min(totalmem(), process.constrainedMemory() || Infinity);

/**
 * The heap Astro's process may grow to, unless NODE_OPTIONS sets it: half the memory the build may
 * use. V8 alone stops near 4 GiB whatever the machine has, and a large portal may need more; in a
 * container with a memory limit, half the machine's memory would let V8 grow past the limit (Node.js
 * sizes its default heap by the container's, and this flag replaces that default), and the build
 * would be killed rather than collect its garbage: with the limit at 3 GiB, 75,000 reports built in
 * 4.5 GiB, against 7.5 GiB with half of this 24 GiB machine.
 */
export const astroHeapFlags = (nodeOptions: string | undefined, memory = usableMemory()): string[] =>
  nodeOptions?.includes('max-old-space-size') ? [] : [`--max-old-space-size=${Math.floor(memory / 2 ** 21)}`];

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

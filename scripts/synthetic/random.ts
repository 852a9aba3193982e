/** Deterministic pseudo-random numbers (mulberry32), so a generated set is the same on every run. */
export function random(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  /** A count skewed towards small values, as applications are: most agencies get few, some many. */
  const skewed = (max: number) => Math.floor(max * next() ** 3);
  return { next, int, pick, skewed };
}
export type Random = ReturnType<typeof random>;

import { buildStats, type Stats } from '../stats/rollup';
import { getCatalog } from './catalog';

let stats: Promise<Stats> | undefined;

/** Figures, indicators, year totals and region rollups, computed once per build and shared by all pages. */
export function getStats(): Promise<Stats> {
  stats ??= getCatalog().then((c) => buildStats(c.entries));
  return stats;
}

import type { CatalogEntry } from '../report/catalog';
import { getStats } from './stats';

/** One path per report year, for the per-year downloads below /data/<year>/. */
export async function yearPaths() {
  return (await getStats()).years.map((year) => ({ params: { year: String(year) } }));
}

export async function entriesOfYear(year: string | undefined): Promise<CatalogEntry[]> {
  return ((await getStats()).byYear.get(Number(year)) ?? []).map((r) => r.entry);
}

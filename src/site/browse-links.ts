import type { Crumb } from '../layouts/Base.astro';
import type { Stats } from '../stats/rollup';
import { withBase } from './paths';

export const agencyPath = (slug: string): string => `agencies/${slug}/`;
export const yearPath = (year: number): string => `years/${year}/`;

/** Breadcrumbs for a region path: 首页 › 地区 › 山东省 › 潍坊市 …, each a link to its region page. */
export function regionCrumbs(stats: Stats, names: readonly string[]): Crumb[] {
  return [
    { label: '首页', href: withBase('/') },
    { label: '地区', href: withBase('/regions/') },
    ...names.map((name, i) => ({ label: name, href: withBase(stats.regionPathByNames.get(names.slice(0, i + 1).join('/'))!) })),
  ];
}

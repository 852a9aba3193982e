import { slugify } from '../report/slug';

/** One administrative region of the tree: province → city → county (up to the 4 levels a report may name). */
export interface RegionNode<T> {
  name: string;
  /** ASCII pinyin slugs from the province down to this region; [] for the root. */
  slugs: string[];
  /** Names from the province down to this region. */
  names: string[];
  children: RegionNode<T>[];
  /** Items whose region path ends exactly here. */
  own: T[];
  /** Items here and in every region below. */
  all: T[];
}

const node = <T>(name: string, slugs: string[], names: string[]): RegionNode<T> => ({ name, slugs, names, children: [], own: [], all: [] });

/**
 * Builds the region tree over items that each name a region path. Sibling regions whose pinyin
 * collides (e.g. 长安区 / 常安区 would not, but homophones can) get -2, -3 … in order of name.
 */
export function buildRegionTree<T>(items: readonly T[], regionOf: (item: T) => readonly string[]): RegionNode<T> {
  const root = node<T>('全部地区', [], []);
  const childByName = new Map<RegionNode<T>, Map<string, RegionNode<T>>>();
  for (const item of items) {
    let here = root;
    here.all.push(item);
    for (const name of regionOf(item)) {
      const kids = childByName.get(here) ?? new Map<string, RegionNode<T>>();
      childByName.set(here, kids);
      let next = kids.get(name);
      if (!next) {
        next = node<T>(name, [], [...here.names, name]);
        kids.set(name, next);
        here.children.push(next);
      }
      here = next;
      here.all.push(item);
    }
    here.own.push(item);
  }
  assignSlugs(root);
  return root;
}

function assignSlugs<T>(parent: RegionNode<T>): void {
  parent.children.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const used = new Map<string, number>();
  for (const child of parent.children) {
    const base = slugify(child.name) || 'region';
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    child.slugs = [...parent.slugs, n === 1 ? base : `${base}-${n}`];
    assignSlugs(child);
  }
}

/** Every region of the tree below the root, parents before children. */
export function* walkRegions<T>(root: RegionNode<T>): Generator<RegionNode<T>> {
  for (const child of root.children) {
    yield child;
    yield* walkRegions(child);
  }
}

/** Page path of a region without the base path: `regions/shandongsheng/weifangshi/`. */
export const regionPath = (slugs: readonly string[]): string => `regions/${slugs.map((s) => `${s}/`).join('')}`;

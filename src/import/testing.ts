import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root; CI clones the repo with the shared inputs beside it, at <repo>/../shared. */
export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED = resolve(REPO, '../shared');
export const SEEDS = join(SHARED, 'seeds');
export const REAL = join(SHARED, 'fixtures/real');
/** Formats generated from the real reports by scripts/make-import-fixtures.sh. */
export const GENERATED = join(REPO, 'src/import/fixtures');

export const readJson = (file: string): Record<string, unknown> => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

/** Keys starting with _ in the fixtures' expected.json are notes, not data. */
export const withoutNotes = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([k]) => !k.startsWith('_')));

export const seedNames = (): string[] => readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => f.replace(/\.txt$/u, ''));
export const realNames = (): string[] => readdirSync(REAL, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

/** What the container of a real page states (its URL, and its title when the body has none), as the crawler passes it. */
export function realHints(name: string): { sourceUrl: string; title?: string } {
  const source = readJson(join(REAL, name, 'expected.json'))['_source'] as { original_url: string; path: string };
  const title = /\d+_(.+?)\/page\.html$/u.exec(source.path)?.[1];
  return { sourceUrl: source.original_url, ...(title && { title }) };
}

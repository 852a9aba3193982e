/**
 * Which shards can hold a phrase. A rare word's first hit otherwise waits for every shard before
 * the one that holds it to open and answer empty, one after another. So the build lists, for each
 * word that at most half of the shards hold, those shards, in files by a digest of the word; the
 * browser reads the file of a phrase's first word and searches only the shards that hold it (10,000
 * reports, cold, 16 alternating pairs: a number four reports mention, 358 → 307 ms). Where one page
 * only of a shard holds the word, its listing names that page too, which the browser can then read
 * alone (`listingFolder`). A word several pages of the newest shard hold, a common one among them,
 * comes with a sample: the first of those pages, which the browser reads likewise, as the shard's
 * first hit for a phrase it holds, before the shard has opened (政府信息公开, 16 alternating pairs:
 * 336 → 292 ms).
 *
 * A listed shard may still lack the phrase (its words apart); a shard left out never holds it, so
 * results and counts are those of every shard. That holds because both sides take words alike: the
 * document's and the query's letters and digits, folded (NFKD, without marks, lower case) so that a
 * word Pagefind matches (exact words: the query is quoted, src/search/query.ts) is one listed. Only
 * ASCII words are listed; a query whose words are all something else is searched everywhere.
 * Pagefind also indexes a word with inner punctuation joined (3.5 as 35, 0536-4641001 as 05364641001
 * beside its parts); a join is not listed, so a shard holding 35 only that way is left out for a
 * query of 35, whose check would reject that text anyway: it does not contain the query.
 */
import { bucketHash, listing, listingFolder, powerOfTwo } from './shards';
import { isHanToken } from './tokens';

const MARKS = /\p{M}/gu;
const WORD = /[a-z0-9]+/g;
/**
 * A character that folding may change the words by: any but ASCII, Chinese, and the punctuation and
 * symbols that are no marks and fold into no letter or digit (words.test.ts checks every character
 * of the Basic Multilingual Plane). A text holding one is folded whole, a document or a query alike,
 * so ①, ℃ or ㎡ fold whatever else the text holds. A plain range check: with Unicode properties the
 * test took longer than the words themselves. Chinese punctuation such as ： and ；, which most
 * reports use, made every document fold before (10,000 reports: 2–3 CPU-seconds of the build).
 */
const MAY_FOLD = /[^\x00-\x7f\xb0\xb1\xb7\xd7\xf7\u2000-\u206f\u3000-\u3029\u3030-\u303f\u3400-\u9fff\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]/;

/** Text as both sides compare it: compatibility forms (full-width digits, ①) and accents folded, lower case. */
const fold = (text: string): string => (MAY_FOLD.test(text) ? text.normalize('NFKD').replace(MARKS, '') : text).toLowerCase();

/** A shard's words, each with the first page holding it and whether that page is the only one. */
export type ShardWords = Map<string, { page: string; only: boolean }>;

/** A character of a `WORD` in folded text, which is lower case: tokens.ts tells letters of either case, and of any script, before folding. */
const isWordChar = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);

/** Adds to `into` the words of a search document, `page`'s (a superset of those Pagefind finds it by). */
export function addPageWords(document: string, page: string, into: ShardWords): void {
  const text = fold(document);
  // The runs of `WORD` found by a scan of the characters: some 2,000 words a report, for every report
  // indexed, and a match object for each took a third more time (1,000 reports: 310–390 → 190–300 ms).
  for (let i = 0; i < text.length; i++) {
    if (!isWordChar(text.charCodeAt(i))) continue;
    const start = i;
    while (i + 1 < text.length && isWordChar(text.charCodeAt(i + 1))) i++;
    const word = text.slice(start, i + 1);
    const held = into.get(word);
    if (held === undefined) into.set(word, { page, only: true });
    else if (held.only && held.page !== page) held.only = false;
  }
}

/** A word's sample in a directory file: a key no word has (words are letters and digits). */
export const sampleKey = (word: string): string => `+${word}`;

/**
 * The words of a term as `pagefindQuery` made it, to look up: none for an unquoted term, which
 * Pagefind matches as a prefix; words other than Chinese tokens first (numbers and names in Latin
 * letters are likelier to be rare).
 */
export function termWords(term: string): string[] {
  if (!term.startsWith('"')) return [];
  const words = [...new Set(fold(term).match(WORD) ?? [])];
  const later = (w: string) => (isHanToken(w) ? 1 : 0);
  return words.sort((a, b) => later(a) - later(b));
}

/** About this many words a file: a few kilobytes each. */
const WORDS_PER_FILE = 256;

/** The file listing a word's shards, among `files`. */
export const wordFile = (word: string, files: number): string => `words/${bucketHash(word) % files}.json`;

/**
 * The directory of a site's shards (their folders as `shards.json` lists them, e.g. `2024-2/`) by
 * their words: each word at most half of them hold (and at least one), with its listing in each of
 * those shards, in `files` files. Words more shards hold are left out: they would narrow a search
 * little. A shard's words come with the fragment file of the one page holding it, when one does.
 * `samples`, words several pages of the first shard hold with the first one's fragment, are written
 * in their word's file at `sampleKey`, listed in the first shard.
 */
export function wordDirectory(
  shards: readonly { folder: string; words: Iterable<readonly [word: string, fragment: string | undefined]> }[],
  samples: Iterable<readonly [word: string, fragment: string | undefined]> = [],
): {
  files: number;
  byFile: Map<string, Record<string, string[]>>;
} {
  const holders = new Map<string, string[]>();
  for (const { folder, words } of shards) {
    for (const [word, fragment] of words) {
      const list = holders.get(word);
      if (list) list.push(listing(folder, fragment));
      else holders.set(word, [listing(folder, fragment)]);
    }
  }
  const most = Math.floor(shards.length / 2);
  const entries: [key: string, word: string, listings: string[]][] = [];
  for (const [word, folders] of holders) if (folders.length <= most) entries.push([word, word, folders]);
  for (const [word, fragment] of samples) if (fragment) entries.push([sampleKey(word), word, [listing(shards[0]!.folder, fragment)]]);
  if (entries.length === 0) return { files: 0, byFile: new Map() };
  const files = powerOfTwo(entries.length / WORDS_PER_FILE);
  const byFile = new Map<string, Record<string, string[]>>();
  for (const [key, word, listings] of entries) {
    const file = wordFile(word, files);
    const words = byFile.get(file) ?? {};
    words[key] = listings;
    byFile.set(file, words);
  }
  return { files, byFile };
}

/** The shards (folders) holding every one of `words` the directory lists (`listed`: their listings); undefined when it lists none of them. */
export function holdingAll(words: readonly string[], listed: (word: string) => readonly string[] | undefined): Set<string> | undefined {
  let holding: Set<string> | undefined;
  for (const word of words) {
    const listings = listed(word);
    if (!listings) continue;
    const folders = listings.map(listingFolder);
    holding = new Set(holding ? folders.filter((f) => holding!.has(f)) : folders);
  }
  return holding;
}

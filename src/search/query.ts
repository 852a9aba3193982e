import { encodeText } from './tokens';

const HAN = /\p{Script=Han}/u;
/** Whitespace, including the ideographic space (U+3000) that reports use for indenting. */
const SPACE = /[\s\u3000]+/gu;

/** The query as it is searched: NFKC (full-width letters and digits to half-width), trimmed, no space between two Chinese characters. */
export function normalizeQuery(raw: string): string {
  const q = raw.normalize('NFKC').replace(SPACE, ' ').trim();
  return q.replace(/(\p{Script=Han}) (?=\p{Script=Han})/gu, '$1');
}

/** Punctuation and symbols: the index keeps their place between words, but pagefind drops them from a query, so no phrase spans them. */
const BREAK = /[^\p{L}\p{N}\s]+/gu;

/** The index tokens of some text, space-separated. */
const tokensOf = (text: string) => encodeText(text).replace(SPACE, ' ').trim();

/**
 * The string handed to pagefind: the query in index tokens, quoted so that pagefind matches the
 * tokens next to each other (a phrase). A query with punctuation is searched by its longest piece
 * between punctuation; the check of each candidate covers the whole query. A lone Chinese
 * character has no pair to match, so it is left unquoted and found as the first half of a pair.
 */
export function pagefindQuery(query: string): string {
  const pieces = normalizeQuery(query).split(BREAK).map((p) => p.trim());
  const length = (p: string) => (tokensOf(p) ? tokensOf(p).split(' ').length : 0);
  const piece = pieces.reduce((longest, p) => (length(p) > length(longest) ? p : longest), '');
  const tokens = tokensOf(piece);
  if (!tokens) return '';
  const loneChar = [...piece].length === 1 && HAN.test(piece);
  return loneChar ? tokens : `"${tokens}"`;
}

const WHITESPACE = /[\s\u200b]/u;
/** Whether the UTF-16 unit `c` is whitespace or a zero-width space: most are ASCII or Chinese, told apart without a regex. */
const isSpace = (c: number): boolean => (c < 0xa0 ? c === 0x20 || (c >= 0x09 && c <= 0x0d) : c < 0x3400 || c > 0x9fff ? WHITESPACE.test(String.fromCharCode(c)) : false);

/** Text without whitespace, and for each of its characters the index it had in the text. */
function compact(text: string): { chars: string; at: number[] } {
  let chars = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (isSpace(text.charCodeAt(i))) continue;
    chars += text[i];
    at.push(i);
  }
  return { chars, at };
}

/** Where the query first occurs in the text, whitespace ignored on both sides, letters compared case-insensitively. */
export function findPhrase(text: string, query: string): { start: number; end: number } | undefined {
  const needle = compact(normalizeQuery(query).toLowerCase()).chars;
  if (!needle) return undefined;
  const hay = compact(text.normalize('NFKC').toLowerCase());
  // NFKC keeps the length of CJK text and ASCII; where it would not, fall back to the raw text.
  const source = hay.at.length === compact(text).at.length ? hay : compact(text.toLowerCase());
  const i = source.chars.indexOf(needle);
  if (i < 0) return undefined;
  return { start: source.at[i]!, end: source.at[i + needle.length - 1]! + 1 };
}

/** Whether the text contains the whole query (the check each pagefind candidate must pass before it is shown). */
export const containsPhrase = (text: string, query: string): boolean => findPhrase(text, query) !== undefined;

export interface Excerpt {
  before: string;
  hit: string;
  after: string;
}

/** The words around the first occurrence of the query, with the occurrence itself apart so it can be marked. */
export function excerptAround(text: string, query: string, radius = 40): Excerpt | undefined {
  const found = findPhrase(text, query);
  if (!found) return undefined;
  const from = Math.max(0, found.start - radius);
  const to = Math.min(text.length, found.end + radius);
  const tidy = (s: string) => s.replace(SPACE, ' ');
  return {
    before: (from > 0 ? '…' : '') + tidy(text.slice(from, found.start)).trimStart(),
    hit: text.slice(found.start, found.end),
    after: tidy(text.slice(found.end, to)).trimEnd() + (to < text.length ? '…' : ''),
  };
}

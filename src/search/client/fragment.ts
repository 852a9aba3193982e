import type { Fragment } from '../fragment-file';
import type { PagefindData } from './pagefind';

/** The forms Pagefind finds a stored word by: lower case without punctuation, and each of its parts. */
function forms(word: string): string[] {
  const parts = word.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return [parts.join(''), ...parts];
}

/** Where the words `tokens` first stand in a row among `words`, or -1. */
function firstRun(words: readonly string[], tokens: readonly string[]): number {
  for (let i = 0; i + tokens.length <= words.length; i++) {
    if (tokens.every((token, j) => forms(words[i + j]!).includes(token))) return i;
  }
  return -1;
}

/** A URL as Pagefind makes it from the page's path and the site it belongs to (pagefind.js 1.6: `fullUrl`). */
function fullUrl(raw: string, basePath: string): string {
  if (/^(https?:)?\/\//u.test(raw)) return raw;
  let base = /^(.*\/)_?pagefind/u.exec(basePath)?.[1] || '/';
  if (!/^(\/|https?:\/\/)/u.test(base)) base = `/${base}`;
  return `${base}/${raw}`.replace(/\/+/gu, '/').replace(/^(https?:\/)/u, '$1/');
}

/** The page's URL at a heading (pagefind.js 1.6: `calculate_sub_results`). */
function anchored(url: string, id: string): string {
  if (/^((https?:)?\/\/)/u.test(url)) {
    const full = new URL(url);
    full.hash = id;
    return full.toString();
  }
  const full = new URL(`https://example.com${url.startsWith('/') ? url : `/${url}`}`);
  full.hash = id;
  return full.toString().replace(/^https:\/\/example\.com/u, '');
}

/**
 * The data a search for `term` (a quoted phrase of index tokens, src/search/query.ts) gives the page
 * of `fragment`, in the shard at `basePath`, as Pagefind itself would give it: the page's URL on its
 * site, the location of the phrase's first occurrence (the index of its first word among the stored
 * words) and the section holding it (the last heading at or before it). Undefined when the page does
 * not hold the phrase's tokens in a row, or `term` is no phrase. The search page reads a page this
 * way when the word directory says it is the only one of its shard holding a word of the phrase, so
 * that its hit shows without the shard being opened (./engine.ts).
 */
export function phraseData(fragment: Fragment, term: string, basePath: string): PagefindData | undefined {
  if (!/^".+"$/u.test(term)) return undefined;
  // Pagefind compares words in lower case.
  const tokens = term.slice(1, -1).toLowerCase().split(' ').filter(Boolean);
  const words = fragment.content.split(/[\s\u200b]+/u).filter(Boolean);
  const first = firstRun(words, tokens);
  if (first < 0) return undefined;
  const url = fullUrl(fragment.url, basePath);
  const headings = fragment.anchors
    .filter((a) => (a.title && /\S/u.test(a.title)) || (/h\d/iu.test(a.element) && a.text && /\S/u.test(a.text)))
    .sort((a, b) => a.location - b.location);
  const heading = headings.filter((a) => a.location <= first).at(-1);
  const section = heading ? { title: heading.title || heading.text || '', url: anchored(url, heading.id) } : { title: fragment.meta['title'] ?? url, url };
  return {
    url,
    content: fragment.content.replace(/\u200b/gu, ''),
    meta: fragment.meta,
    filters: fragment.filters,
    locations: [first],
    sub_results: [{ ...section, locations: [first] }],
  };
}

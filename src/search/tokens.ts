/**
 * Chinese for the search index. Pagefind segments Chinese one way when indexing and the browser's
 * Intl.Segmenter another way when searching, so a name like 凌河 (indexed as one word, queried as
 * 凌 + 河) is never found. Instead every run of Chinese characters is written as overlapping
 * two-character tokens (凌河街道 → 凌河 河街 街道), each spelled in Latin letters and digits so that
 * neither side segments it again. A phrase is then a run of consecutive tokens, which pagefind's
 * exact (quoted) search matches, and the text can be read back from the tokens.
 */

/** CJK Unified Ideographs, Extension A and the main block: U+3400–U+9FFF. */
const HAN = /[\u3400-\u9fff]+/gu;
const FIRST = 0x3400;
const WIDTH = 3;
const PREFIX = 'h0';
/** Whether an index word is one of Chinese (`runTokens`), not a number or a Latin word. */
export const isHanToken = (word: string): boolean => word.startsWith(PREFIX);
/** A token: the prefix and one or two characters of three base-36 digits each. */
const TOKEN = /\bh0((?:[0-9a-z]{3}){1,2})\b/gu;

/**
 * Each character's digits, computed once each when first met: the build encodes some 5,000
 * characters a report page, and working them out for each took most of the time of writing a
 * shard's pages; the search page encodes a few, and making the whole table first took 4 ms in
 * Node.js, more in a phone's browser, before a cold search's first request.
 */
const codes: (string | undefined)[] = new Array<string | undefined>(0xa000 - FIRST).fill(undefined);
/** The digits of the UTF-16 unit at `i` (the Han range lies in the Basic Multilingual Plane: one unit a character). */
const code = (run: string, i: number): string => {
  const n = run.charCodeAt(i) - FIRST;
  return (codes[n] ??= n.toString(36).padStart(WIDTH, '0'));
};
const char = (digits: string): string => String.fromCodePoint(parseInt(digits, 36) + FIRST);

/** The tokens of one run of Chinese characters: overlapping pairs, or the single character. */
export function runTokens(run: string): string[] {
  if (run.length === 1) return [PREFIX + code(run, 0)];
  const tokens: string[] = [];
  for (let i = 1; i < run.length; i++) tokens.push(PREFIX + code(run, i - 1) + code(run, i));
  return tokens;
}

/**
 * Chinese punctuation and symbols (full-width forms, CJK symbols, curly quotes, ellipsis). Pagefind
 * keeps one as part of the word beside it: in 电话：0536-4641001 the area code was found by no query,
 * nor 2021 in 〔2021〕30号. So a space parts such a mark from letters or digits next to it.
 */
const MARK = '[\\u3001-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20\\uff3b-\\uff40\\uff5b-\\uff65\\u2018-\\u201f\\u2026]';
const MARK_BEFORE_WORD = new RegExp(`(${MARK})(?=[A-Za-z0-9])`, 'gu');
const WORD_BEFORE_MARK = new RegExp(`(?<=[A-Za-z0-9])(${MARK})`, 'gu');
const PARTED_AFTER = new RegExp(`(${MARK}) (?=[A-Za-z0-9])`, 'gu');
const PARTED_BEFORE = new RegExp(`(?<=[A-Za-z0-9]) (${MARK})`, 'gu');

/**
 * Text as the index stores it: each run of Chinese characters replaced by its tokens,
 * space-separated, and Chinese punctuation parted from letters and digits by a space.
 */
export function encodeText(text: string): string {
  return text
    .replace(HAN, (run) => ` ${runTokens(run).join(' ')} `)
    .replace(WORD_BEFORE_MARK, ' $1')
    .replace(MARK_BEFORE_WORD, '$1 ');
}

/** The text back from its encoded form (whitespace around former runs may differ). */
export function decodeText(stored: string): string {
  // Pagefind puts a zero-width space between the words it stores.
  const encoded = stored.replace(/\u200b/gu, '');
  let out = '';
  let pos = 0;
  let runEnd: string | undefined;
  for (const m of encoded.matchAll(TOKEN)) {
    const chars = m[1]!.match(/.{3}/gu)!.map(char);
    let between = encoded.slice(pos, m.index);
    // A pair continues the run before it when one space parts them and it starts with that run's last character.
    if (runEnd !== undefined && chars.length === 2 && between === ' ' && chars[0] === runEnd) {
      out += chars[1];
    } else {
      // encodeText put one space before and one after each run.
      if (runEnd !== undefined) between = between.replace(/^ /u, '');
      out += between.replace(/ $/u, '') + chars.join('');
    }
    runEnd = chars.at(-1);
    pos = m.index + m[0].length;
  }
  const tail = encoded.slice(pos);
  // The spaces encodeText put between Chinese punctuation and letters or digits (one written there goes too).
  return (out + (runEnd === undefined ? tail : tail.replace(/^ /u, ''))).replace(PARTED_BEFORE, '$1').replace(PARTED_AFTER, '$1');
}

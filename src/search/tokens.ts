/**
 * Chinese for the search index. Pagefind segments Chinese one way when indexing and the browser's
 * Intl.Segmenter another way when searching, so a name like 凌河 (indexed as one word, queried as
 * 凌 + 河) is never found. Instead every run of Chinese characters is written as overlapping
 * two-character tokens (凌河街道 → 凌河 河街 街道), each spelled in Latin letters and digits so that
 * neither side segments it again. A phrase is then a run of consecutive tokens, which pagefind's
 * exact (quoted) search matches, and the text can be read back from the tokens.
 *
 * A token's first digit is never above `l`; every other word (a run of letters, digits and marks of
 * any other script) is written after a `z`, so that `2023` or `report` is never read as Chinese. The
 * tokens had a prefix instead (`h0`), but words far fewer than the tokens carry the mark, and
 * Pagefind took a tenth less CPU without it (a 1,000-page shard, 6 alternating runs: 4.20 → 3.79 s).
 */

/** CJK Unified Ideographs, Extension A and the main block: U+3400–U+9FFF. */
const FIRST = 0x3400;
const WIDTH = 3;
/** The largest first digit of a character's: 21 (`l`), the last character being 0x9fff. */
const TOP_DIGIT = Math.floor((0x9fff - FIRST) / 36 ** (WIDTH - 1));
/** Leads every word other than Chinese: a letter no token starts with (above `l`). */
const WORD_LEAD = 'z';
/** A token: one or two characters of three base-36 digits each. */
const HAN_TOKEN = /^(?:[0-9a-l][0-9a-z]{2}){1,2}$/u;
/** Whether an index word is one of Chinese (`runTokens`), not a number or a word of letters. */
export const isHanToken = (word: string): boolean => HAN_TOKEN.test(word);

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

/** The tokens of the run of Chinese characters `text[start, end)`, space-separated: overlapping pairs, or the single character. */
function runText(text: string, start: number, end: number): string {
  if (end - start === 1) return code(text, start);
  let out = code(text, start) + code(text, start + 1);
  for (let i = start + 2; i < end; i++) out += ` ${code(text, i - 1)}${code(text, i)}`;
  return out;
}

/** The tokens of one run of Chinese characters: overlapping pairs, or the single character. */
export const runTokens = (run: string): string[] => runText(run, 0, run.length).split(' ');

/**
 * Chinese punctuation and symbols (full-width forms, CJK symbols, curly quotes, ellipsis). Pagefind
 * keeps one as part of the word beside it: in 电话：0536-4641001 the area code was found by no query,
 * nor 2021 in 〔2021〕30号. So a space parts such a mark from letters or digits next to it.
 */
const MARK_RANGES: readonly (readonly [number, number])[] = [
  [0x3001, 0x303f],
  [0xff01, 0xff0f],
  [0xff1a, 0xff20],
  [0xff3b, 0xff40],
  [0xff5b, 0xff65],
  [0x2018, 0x201f],
  [0x2026, 0x2026],
];
// Most characters are ASCII or Chinese, below the first range or taken as Chinese before.
const isMark = (c: number) => c >= 0x2018 && MARK_RANGES.some(([from, to]) => c >= from && c <= to);
const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
const MARK = `[${MARK_RANGES.map(([from, to]) => `${hex(from)}-${hex(to)}`).join('')}]`;
const isLetterOrDigit = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isHan = (c: number) => c >= FIRST && c <= 0x9fff;
const LETTER_DIGIT_MARK = /^[\p{L}\p{N}\p{M}]$/u;
/** Whether the code point at `i` (its first unit) is a letter, digit or mark, of any script: ASCII told without the regex. */
function letterDigitMarkAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  return c < 0x80 ? isLetterOrDigit(c) : LETTER_DIGIT_MARK.test(String.fromCodePoint(text.codePointAt(i)!));
}
/** Whether the character at `i` is part of a word other than Chinese: a letter, digit or mark, neither Chinese nor one of the marks. */
function isWordAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 0x80 ? isLetterOrDigit(c) : !isHan(c) && !isMark(c) && letterDigitMarkAt(text, i);
}
const WORD_CHAR = `(?![\\u3400-\\u9fff]|${MARK})[\\p{L}\\p{N}\\p{M}]`;
const PARTED_AFTER = new RegExp(`(${MARK}) (?=${WORD_CHAR})`, 'gu');
const PARTED_BEFORE = new RegExp(`(?<=${WORD_CHAR}) (${MARK})`, 'gu');

/**
 * Text as the index stores it: each run of Chinese characters replaced by its tokens,
 * space-separated, every other word after `WORD_LEAD`, and Chinese punctuation parted from other
 * words by a space. One pass over the characters: the build encodes some 5,000 a report page,
 * and a replace for the runs and one for each side of the marks took twice as long (20,000 texts of
 * reports, 1.2 million characters: 72–113 ms against 32–53).
 */
export function encodeText(text: string): string {
  let out = '';
  // Where the text not yet copied begins.
  let from = 0;
  // Whether the character before is part of a word, which is led already.
  let inWord = false;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (isHan(c)) {
      let end = i + 1;
      while (end < text.length && isHan(text.charCodeAt(end))) end++;
      out += `${text.slice(from, i)} ${runText(text, i, end)} `;
      i = from = end;
      inWord = false;
      continue;
    }
    if (isMark(c)) {
      const after = i + 1 < text.length && isWordAt(text, i + 1);
      if (inWord || after) {
        out += `${text.slice(from, i)}${inWord ? ' ' : ''}${text[i]}${after ? ' ' : ''}`;
        from = i + 1;
      }
      inWord = false;
      i++;
      continue;
    }
    const word = isWordAt(text, i);
    if (word && !inWord) {
      out += text.slice(from, i) + WORD_LEAD;
      from = i;
    }
    inWord = word;
    i += c >= 0xd800 && c <= 0xdbff && text.codePointAt(i)! > 0xffff ? 2 : 1;
  }
  return out + text.slice(from);
}

/** The first unit of the code point that ends before `i`: one back, or two for a surrogate pair. */
const pointBefore = (text: string, i: number): number =>
  i >= 2 && (text.charCodeAt(i - 1) & 0xfc00) === 0xdc00 && (text.charCodeAt(i - 2) & 0xfc00) === 0xd800 ? i - 2 : i - 1;

/**
 * Text between tokens: words other than Chinese, without their lead (no token starts with it), a
 * `WORD_LEAD` being one where no letter, digit or mark comes before it and one comes after. Found by
 * `indexOf`: a regex with those classes around it took a tenth of a cold search's script time.
 */
function unled(text: string): string {
  let out = '';
  let from = 0;
  for (let at = text.indexOf(WORD_LEAD); at >= 0; at = text.indexOf(WORD_LEAD, at + 1)) {
    if (letterDigitMarkAt(text, pointBefore(text, at)) || !letterDigitMarkAt(text, at + 1)) continue;
    out += text.slice(from, at);
    from = at + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** A base-36 digit's value; `max`, the largest allowed. */
function digit(c: number, max: number): number {
  const d = c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x61 && c <= 0x7a ? c - 0x57 : 36;
  return d <= max ? d : -1;
}

/** The character of the three digits at `at`, or -1 when they are none. */
function charAt(encoded: string, at: number): number {
  const a = digit(encoded.charCodeAt(at), TOP_DIGIT);
  const b = digit(encoded.charCodeAt(at + 1), 35);
  const c = digit(encoded.charCodeAt(at + 2), 35);
  return a < 0 || b < 0 || c < 0 ? -1 : FIRST + a * 1296 + b * 36 + c;
}

/**
 * The text back from its encoded form (whitespace around former runs may differ). Its words are read
 * between spaces, as `encodeText` writes each token: a scan of the characters, as a regex for the
 * tokens and a match for each one's characters took twice as long (10,000-character texts of
 * reports: about 1 ms each in Node.js), which the search page spends for every hit it shows.
 */
export function decodeText(stored: string): string {
  // Pagefind puts a zero-width space between the words it stores.
  const encoded = stored.includes('\u200b') ? stored.replace(/\u200b/gu, '') : stored;
  let out = '';
  // Where the text not yet written begins, and the last character of the run before (-1: none).
  let pos = 0;
  let runEnd = -1;
  for (let start = 0; start < encoded.length; ) {
    let end = encoded.indexOf(' ', start);
    if (end < 0) end = encoded.length;
    const length = end - start;
    const first = length === 3 || length === 6 ? charAt(encoded, start) : -1;
    const second = length === 6 && first >= 0 ? charAt(encoded, start + 3) : -1;
    if (first >= 0 && (length === 3 || second >= 0)) {
      const between = unled(encoded.slice(pos, start));
      // A pair continues the run before it when one space parts them and it starts with that run's last character.
      if (second >= 0 && between === ' ' && first === runEnd) {
        out += String.fromCharCode(second);
      } else {
        // encodeText put one space before and one after each run.
        const from = runEnd >= 0 && between.startsWith(' ') ? 1 : 0;
        const to = between.length > from && between.endsWith(' ') ? between.length - 1 : between.length;
        out += between.slice(from, to) + String.fromCharCode(first) + (second >= 0 ? String.fromCharCode(second) : '');
      }
      runEnd = second >= 0 ? second : first;
      pos = end;
    }
    start = end + 1;
  }
  const tail = unled(encoded.slice(pos));
  // The spaces encodeText put between Chinese punctuation and words (one written there goes too).
  return (out + (runEnd >= 0 && tail.startsWith(' ') ? tail.slice(1) : tail)).replace(PARTED_BEFORE, '$1').replace(PARTED_AFTER, '$1');
}

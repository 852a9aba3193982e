import { pinyin } from 'pinyin-pro';

/**
 * Administrative and organisational suffixes after which a name is cut into words, so a slug
 * reads `anqiushi-linghejiedao-banshichu` rather than one run of letters. Longer suffixes first.
 */
const WORD_END = /^(.{2,}?(?:特别行政区|自治区|自治州|自治县|办事处|委员会|管委会|街道|地区|省|市|州|盟|县|区|旗|镇|乡|局|厅|委|办))/u;

/** Splits an agency name into the words its administrative suffixes mark. */
function words(name: string): string[] {
  const parts: string[] = [];
  let rest = name.replace(/\s+/gu, '');
  for (let m = WORD_END.exec(rest); m && m[1]!.length < rest.length; m = WORD_END.exec(rest)) {
    parts.push(m[1]!);
    rest = rest.slice(m[1]!.length);
  }
  if (rest) parts.push(rest);
  return parts;
}

/** ASCII slug for a Chinese name: toneless pinyin (ü as v), one hyphen between words. */
export function slugify(name: string): string {
  return words(name)
    .map((w) =>
      pinyin(w, { toneType: 'none', type: 'array', v: true, nonZh: 'consecutive' })
        .join('')
        .toLowerCase()
        .replace(/[^a-z0-9]+/gu, ''),
    )
    .filter(Boolean)
    .join('-');
}

/** The agency's URL slug: the frontmatter `slug` when given, else the pinyin of the agency name. */
export const agencySlug = (report: { agency: string; slug?: string | undefined }): string =>
  report.slug ?? slugify(report.agency);

/** The six numbered parts of the official report; 二、三、四 are the tables. */
export const PART_NUMERALS = ['一', '二', '三', '四', '五', '六'] as const;
export type PartNumeral = (typeof PART_NUMERALS)[number];

export interface NarrativePart {
  /** The heading as the report words it, e.g. 一、总体情况. */
  heading: string;
  /** Markdown below the heading, up to the next part. */
  markdown: string;
}

export interface Narrative {
  /** Markdown before the first numbered part (the preface). */
  intro: string;
  /** The numbered parts the body has, by numeral. */
  parts: Partial<Record<PartNumeral, NarrativePart>>;
  /** Anything after 六 or under an unexpected numeral, in order, kept so nothing is lost. */
  rest: NarrativePart[];
}

const PART_HEADING = /^##\s+(([一二三四五六七八九十]+)、.*?)\s*$/u;

/**
 * Cuts a report body at its `## 一、…` headings so the page can put the tables
 * (parts 二–四) where the official document has them.
 */
export function splitNarrative(markdown: string): Narrative {
  const narrative: Narrative = { intro: '', parts: {}, rest: [] };
  let current: NarrativePart | undefined;
  const intro: string[] = [];
  let lines: string[] = intro;
  const close = () => {
    if (current) current.markdown = lines.join('\n').trim();
  };
  for (const line of markdown.split(/\r?\n/u)) {
    const m = PART_HEADING.exec(line);
    if (!m) {
      lines.push(line);
      continue;
    }
    close();
    current = { heading: m[1]!, markdown: '' };
    lines = [];
    const numeral = m[2] as PartNumeral;
    if ((PART_NUMERALS as readonly string[]).includes(numeral) && !narrative.parts[numeral]) {
      narrative.parts[numeral] = current;
    } else {
      narrative.rest.push(current);
    }
  }
  close();
  narrative.intro = intro.join('\n').trim();
  return narrative;
}

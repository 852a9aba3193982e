import { labelCore, labelKey } from '../normalize';

/** Shortest label prefix accepted when a label is cut by the numbers (PDF lines, split rows). */
const MIN_PREFIX = 4;
/** Foreign characters tolerated inside a wrapped label (fragments of the merged group cell beside it). */
const MAX_INSERTED = 8;

/**
 * Whether the label text read before a row's numbers names `label`. The text may carry header
 * cells, group labels (（三）不予公开) or the tail of the previous label, so it must contain the
 * label's core — or at least a third of its start (in order) when the source wrapped the label around its numbers.
 */
export function labelMatches(text: string, label: string): boolean {
  const t = labelKey(text);
  const core = labelCore(label);
  if (t.includes(core)) return true;
  return core.length > MIN_PREFIX && spreadPrefix(t, core) >= Math.max(MIN_PREFIX, Math.ceil(core.length / 3));
}

/**
 * How much of the label's start the text holds in order, allowing a few foreign characters in
 * between: a PDF line may put a merged group cell's fragment (（四）无 … 法提供) inside a wrapped label.
 */
function spreadPrefix(text: string, core: string): number {
  let best = 0;
  for (let start = text.indexOf(core[0]!); start >= 0; start = text.indexOf(core[0]!, start + 1)) {
    let k = 0;
    let i = start;
    let skipped = 0;
    while (i < text.length && k < core.length) {
      if (text[i] === core[k]) k++;
      else if (++skipped > MAX_INSERTED) break;
      i++;
    }
    best = Math.max(best, k);
  }
  return best;
}

/** The printed label text, shortened for messages. */
export const quote = (text: string): string => {
  const t = text.replace(/\s+/gu, '');
  return `“${t.length > 24 ? `…${t.slice(-24)}` : t}”`;
};
